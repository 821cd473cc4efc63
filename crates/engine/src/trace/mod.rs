//! The trace: the one record of a run. The CLI's JSON lines, the page's output pane,
//! Gantt chart and summary, and the Chrome trace export are all views of it.

/// A task's index in [`Trace::tasks`]. Task 0 is `main()` (the coroutine given to
/// `asyncio.run`); module-level code has no task.
pub type TaskId = u32;

#[derive(Debug, Clone, PartialEq)]
pub struct TaskInfo {
    pub id: TaskId,
    /// The task that called `create_task`/`gather`/`wait_for`; `None` for main.
    pub parent: Option<TaskId>,
    /// `countdown("task A", 3)`, or the `name=` given to `create_task`.
    pub label: String,
    /// Virtual time of creation.
    pub created: f64,
}

/// Why a task's step ended without finishing it.
#[derive(Debug, Clone, PartialEq)]
pub enum Suspend {
    /// `await asyncio.sleep(d)` with `d > 0`: wakes at `until`.
    Sleep { until: f64 },
    /// `await asyncio.sleep(0)` (or a negative delay): back of the ready queue.
    Yield,
    /// `await task`.
    AwaitTask { task: TaskId },
    /// `await asyncio.gather(...)` of these tasks.
    AwaitGather { tasks: TaskList },
    /// `await asyncio.wait_for(...)` on this task, with its timeout deadline.
    AwaitWaitFor { task: TaskId, deadline: f64 },
    /// Waiting for a cancelled task to finish (inside `wait_for`).
    AwaitCancel { task: TaskId },
    /// `await` of any other future (`loop.create_future()`...).
    AwaitFuture,
    /// Waiting on a queue, a lock, an event, a semaphore, a condition or a task group.
    AwaitPrim { prim: PrimId, op: PrimOp },
    /// `await asyncio.wait(...)`: see [`WaitSpec`].
    AwaitWait(Box<WaitSpec>),
    /// `await asyncio.shield(x)`: the outer future, done when `x` (a task, if known) is.
    AwaitShield { task: Option<TaskId> },
}

/// `await asyncio.wait(...)` on these tasks (sorted by id), until `mode` is met or the
/// `timeout` deadline. Boxed in [`Suspend`]: it is rare, and inline it made every trace
/// event 72 bytes instead of 40.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitSpec {
    pub tasks: Vec<TaskId>,
    pub mode: WaitMode,
    pub deadline: Option<f64>,
}

/// The tasks of a gather, behind one thin pointer: a `Vec` inline would make
/// [`Suspend`], and so every trace event, bigger (a run records millions of events).
#[derive(Debug, Clone, PartialEq, Default)]
#[allow(clippy::box_collection)] // on purpose: 8 bytes in every event, not 16 or 24
pub struct TaskList(Box<Vec<TaskId>>);

impl TaskList {
    pub fn as_slice(&self) -> &[TaskId] {
        &self.0
    }
}

impl From<Vec<TaskId>> for TaskList {
    fn from(tasks: Vec<TaskId>) -> TaskList {
        TaskList(Box::new(tasks))
    }
}

impl std::ops::Deref for TaskList {
    type Target = [TaskId];
    fn deref(&self) -> &[TaskId] {
        &self.0
    }
}

impl FromIterator<TaskId> for TaskList {
    fn from_iter<I: IntoIterator<Item = TaskId>>(iter: I) -> TaskList {
        TaskList(Box::new(iter.into_iter().collect()))
    }
}

/// A synchronization primitive's (or queue's, or task group's) number in
/// [`Trace::prims`]: creation order, internal ones included (a queue's `join` event).
pub type PrimId = u32;

/// What a task waiting on a primitive wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrimOp {
    /// `await queue.get()` on an empty queue.
    Get,
    /// `await queue.put(x)` on a full queue.
    Put,
    /// `acquire()` of a lock or a semaphore (`async with`).
    Acquire,
    /// `event.wait()`, `condition.wait()` (a queue's `join()` waits on its event).
    Wait,
    /// The end of `async with TaskGroup()`: its tasks are not all done.
    Exit,
}

/// `asyncio.wait`'s `return_when`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitMode {
    FirstCompleted,
    FirstException,
    AllCompleted,
}

impl WaitMode {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitMode::FirstCompleted => "FIRST_COMPLETED",
            WaitMode::FirstException => "FIRST_EXCEPTION",
            WaitMode::AllCompleted => "ALL_COMPLETED",
        }
    }
}

/// The asyncio class of a primitive (a subclass made by the program counts as its
/// asyncio base).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrimKind {
    Queue,
    LifoQueue,
    PriorityQueue,
    Lock,
    Event,
    Semaphore,
    BoundedSemaphore,
    Condition,
    TaskGroup,
}

impl PrimKind {
    pub const ALL: [PrimKind; 9] = [
        PrimKind::Queue,
        PrimKind::LifoQueue,
        PrimKind::PriorityQueue,
        PrimKind::Lock,
        PrimKind::Event,
        PrimKind::Semaphore,
        PrimKind::BoundedSemaphore,
        PrimKind::Condition,
        PrimKind::TaskGroup,
    ];

    /// The class's `__name__`.
    pub fn class_name(self) -> &'static str {
        match self {
            PrimKind::Queue => "Queue",
            PrimKind::LifoQueue => "LifoQueue",
            PrimKind::PriorityQueue => "PriorityQueue",
            PrimKind::Lock => "Lock",
            PrimKind::Event => "Event",
            PrimKind::Semaphore => "Semaphore",
            PrimKind::BoundedSemaphore => "BoundedSemaphore",
            PrimKind::Condition => "Condition",
            PrimKind::TaskGroup => "TaskGroup",
        }
    }

    /// How a sentence names the kind: `queue`, `LIFO queue`, `task group`...
    pub fn word(self) -> &'static str {
        match self {
            PrimKind::Queue => "queue",
            PrimKind::LifoQueue => "LIFO queue",
            PrimKind::PriorityQueue => "priority queue",
            PrimKind::Lock => "lock",
            PrimKind::Event => "event",
            PrimKind::Semaphore => "semaphore",
            PrimKind::BoundedSemaphore => "bounded semaphore",
            PrimKind::Condition => "condition",
            PrimKind::TaskGroup => "task group",
        }
    }

    /// The family, as the page's `data-on` names it: `queue`, `lock`, `event`,
    /// `semaphore`, `condition`, `taskgroup`.
    pub fn family(self) -> &'static str {
        match self {
            PrimKind::Queue | PrimKind::LifoQueue | PrimKind::PriorityQueue => "queue",
            PrimKind::Lock => "lock",
            PrimKind::Event => "event",
            PrimKind::Semaphore | PrimKind::BoundedSemaphore => "semaphore",
            PrimKind::Condition => "condition",
            PrimKind::TaskGroup => "taskgroup",
        }
    }
}

/// What a primitive is for: the program's own, or a part of another one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrimRole {
    /// Made by the program.
    Own,
    /// The event behind this queue's `join()` (`Queue._finished`).
    JoinOf(PrimId),
    /// The lock a condition made for itself.
    LockOf(PrimId),
    /// The queue inside `asyncio.as_completed`.
    AsCompleted,
}

/// A primitive, for the views.
#[derive(Debug, Clone, PartialEq)]
pub struct PrimInfo {
    pub id: PrimId,
    pub kind: PrimKind,
    pub role: PrimRole,
    /// The program's name for it, when one was found (`q`, `self.lock`): the variable
    /// that held it when a task that used it suspended. Set once found.
    pub name: Option<String>,
    /// 1-based among the program's own primitives of the same family (`queue #2`).
    pub number: u32,
    /// A queue's `maxsize`, a semaphore's initial value.
    pub size: Option<i64>,
    /// The task that made it (`None`: module level) and when.
    pub task: Option<TaskId>,
    pub created: f64,
}

/// A primitive's state after a change (its waiters are the tasks suspended on it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PrimValue {
    /// Items in the queue, and items put but not yet `task_done()`.
    Queue {
        size: u32,
        unfinished: u32,
    },
    /// `owner`: the task that acquired it (`None` outside a task).
    Lock {
        locked: bool,
        owner: Option<TaskId>,
    },
    Event {
        set: bool,
    },
    Semaphore {
        value: i64,
    },
    /// Tasks of the group not finished yet.
    TaskGroup {
        tasks: u32,
    },
}

/// What a timer does when it is due.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimerKind {
    /// `asyncio.sleep`'s wake-up of the sleeping task.
    SleepWake,
    /// `asyncio.wait_for`'s timeout.
    WaitForTimeout,
    /// A callback scheduled with `loop.call_later`/`call_at`.
    Callback,
    /// `asyncio.timeout`'s (or `as_completed`'s) deadline.
    Timeout,
}

/// What finished, when a task is woken (`Task.__wakeup`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WakeCause {
    /// Its `asyncio.sleep` future.
    Sleep,
    /// The task it awaited.
    Task(TaskId),
    /// The gather it awaited.
    Gather,
    /// `wait_for`'s waiter (the inner task finished, the timeout fired, or the
    /// cancelled inner task ended).
    Waiter,
    /// The primitive it waited on let it go (an item arrived, the lock was released...).
    Prim { prim: PrimId, op: PrimOp },
    /// `asyncio.wait`'s condition is met (or its timeout).
    Wait,
    /// A shielded awaitable is done.
    Shield,
    /// A future of the program's is done.
    Future,
    /// What it waited on was cancelled (the task itself is being cancelled).
    Cancelled,
}

/// A handle of the ready queue, described for the event-loop panel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HandleInfo {
    /// The first step of a new task.
    Start { task: TaskId },
    /// Another step of a task: after `sleep(0)`, or to throw a cancellation into it.
    Step { task: TaskId, cancel: bool },
    /// Resume a task because what it awaited finished.
    Wakeup { task: TaskId, cause: WakeCause },
    /// `gather`'s callback: one of its children finished.
    GatherChild { child: Option<TaskId> },
    /// `wait_for`'s callback: release the waiting task.
    ReleaseWaiter,
    /// `run_until_complete`'s callback: stop the loop after this iteration.
    Stop,
    /// A due timer.
    Timer { seq: u64 },
    /// A step of asyncio's own shutdown coroutines at the end of `asyncio.run`.
    Internal,
    /// A callback given to `loop.call_soon`/`call_later` or `add_done_callback`, or one
    /// of asyncio's own (`TaskGroup._on_task_done`): its `__name__` in [`Trace::names`]
    /// (`None`: unknown); `handle`: the number of a `call_soon` handle, which the program
    /// may cancel ([`EventKind::HandleCancelled`]).
    Callback { name: Option<u32>, handle: Option<u64> },
}

/// How a task ended.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskEnd {
    /// `repr` of the returned value. (`Box<str>`s: with `String`s a `TaskFinished` event
    /// made every event 48 bytes.)
    Returned(Box<str>),
    /// `TypeName: message` of the exception that escaped.
    Raised(Box<str>),
    Cancelled,
}

/// What happened, in order. Every event carries the virtual time in [`Event::t`].
#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    TaskCreated {
        task: TaskId,
    },
    /// The loop started (or resumed) a step of `task`.
    StepStart {
        task: TaskId,
    },
    /// The step ended with the task suspended.
    StepEnd {
        /// The 1-based source line of the `await` where the task stands now.
        line: Option<u32>,
        task: TaskId,
        reason: Suspend,
    },
    /// The step ended with the task finished.
    TaskFinished {
        task: TaskId,
        end: TaskEnd,
    },
    /// `time.sleep(secs)` inside `task`: the loop is held from `t` to `t + secs`.
    Blocked {
        task: TaskId,
        secs: f64,
    },
    /// Text written by one `print` call (with its `end`), by `task` (`None`: module level).
    /// A `Box<str>`, not a `String`: 16 bytes instead of 24 keeps every event at 40.
    Print {
        task: Option<TaskId>,
        text: Box<str>,
    },
    /// A new loop iteration begins (`n` counts from 0).
    Iteration {
        n: u64,
    },
    /// A handle joined the back of the loop's ready queue.
    Queued {
        handle: HandleInfo,
    },
    /// The handle at the front of the ready queue was taken and run.
    Dequeued,
    /// A timer was scheduled (`loop.call_later`): `seq` identifies it.
    TimerScheduled {
        seq: u64,
        deadline: f64,
        task: Option<TaskId>,
        kind: TimerKind,
    },
    /// A pending timer was cancelled before it ran (while waiting, or already due in the
    /// ready queue).
    TimerCancelled {
        seq: u64,
    },
    /// A `call_soon` handle was cancelled: it stays in the ready queue but does nothing
    /// (CPython's loop skips it; the views leave it out).
    HandleCancelled {
        handle: u64,
    },
    /// A queue, lock, event, semaphore, condition or task group was made
    /// ([`Trace::prims`]).
    PrimCreated {
        prim: PrimId,
    },
    /// A primitive's state changed (its initial state comes right after `PrimCreated`).
    PrimState {
        prim: PrimId,
        state: PrimValue,
    },
    /// Live pacing: the loop wanted to reach virtual time `t` at wall time `planned_ms`
    /// and got there at `actual_ms` (milliseconds since the run started).
    Paced {
        planned_ms: f64,
        actual_ms: f64,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Virtual seconds.
    pub t: f64,
    pub kind: EventKind,
}

/// How the whole run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// `asyncio.run` returned and the module finished at virtual time `t`.
    End { t: f64 },
    /// An error ended the run: `TypeName: message` (SPEC section 4) at virtual time `t`.
    /// `line`/`col` (1-based) locate it in the source when known.
    Error { message: String, t: f64, line: Option<u32>, col: Option<u32> },
    /// The user stopped the run.
    Stopped { t: f64 },
}

/// One printed line, as the CLI and the output pane show it.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputLine {
    /// Virtual time of the first `print` that wrote to this line.
    pub t: f64,
    pub text: String,
    /// The task of that first `print` (`None`: module level).
    pub task: Option<TaskId>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Trace {
    pub tasks: Vec<TaskInfo>,
    /// Queues, locks, events, semaphores, conditions and task groups, by [`PrimId`].
    pub prims: Vec<PrimInfo>,
    /// Names of callbacks ([`HandleInfo::Callback`]), each once.
    pub names: Vec<String>,
    pub events: Vec<Event>,
    /// `None` while the run is going.
    pub outcome: Option<Outcome>,
    /// Set when the trace grew past [`Trace::DETAIL_CAP`] events: from this virtual time
    /// on, loop internals and steps are no longer recorded (prints, task creation and
    /// ends, and the outcome still are), which bounds a run's memory.
    pub detail_truncated_at: Option<f64>,
}

impl Trace {
    /// Events kept in full detail (40 bytes each: ~120 MB at most).
    pub const DETAIL_CAP: usize = 3_000_000;

    /// The printed lines: `print` texts joined and split at `\n` exactly as a terminal
    /// shows them; an unterminated last line is included.
    pub fn lines(&self) -> Vec<OutputLine> {
        let mut lines = Vec::new();
        let mut current: Option<OutputLine> = None;
        for event in &self.events {
            let EventKind::Print { task, text } = &event.kind else {
                continue;
            };
            let mut pieces = text.split('\n').peekable();
            while let Some(piece) = pieces.next() {
                let last = pieces.peek().is_none();
                if last && piece.is_empty() {
                    break;
                }
                let line = current.get_or_insert_with(|| OutputLine { t: event.t, text: String::new(), task: *task });
                line.text.push_str(piece);
                if !last {
                    lines.extend(current.take());
                }
            }
        }
        lines.extend(current);
        lines
    }

    /// Most distinct callback names kept (a program making functions in a loop).
    pub const MAX_NAMES: usize = 4096;

    /// The number of a callback's name in [`Trace::names`] (`None` past the cap).
    pub fn intern(&mut self, name: &str) -> Option<u32> {
        if let Some(i) = self.names.iter().position(|n| n == name) {
            return u32::try_from(i).ok();
        }
        if self.names.len() >= Self::MAX_NAMES {
            return None;
        }
        self.names.push(name.to_owned());
        u32::try_from(self.names.len() - 1).ok()
    }

    /// A callback's name.
    pub fn name(&self, n: Option<u32>) -> Option<&str> {
        self.names.get(n? as usize).map(String::as_str)
    }

    /// How a sentence names a primitive: `queue q`, `lock` (a variable named as its
    /// kind), `semaphore #2` (no name found), `the lock of condition cond`,
    /// `as_completed`.
    pub fn prim_title(&self, id: PrimId) -> String {
        self.prim_title_depth(id, 0)
    }

    fn prim_title_depth(&self, id: PrimId, depth: u32) -> String {
        let Some(p) = self.prims.get(id as usize) else { return format!("primitive #{id}") };
        match p.role {
            PrimRole::JoinOf(q) if depth < 4 => self.prim_title_depth(q, depth + 1),
            PrimRole::LockOf(c) if depth < 4 => format!("the lock of {}", self.prim_title_depth(c, depth + 1)),
            PrimRole::AsCompleted => "as_completed".to_owned(),
            _ => {
                let word = p.kind.word();
                match &p.name {
                    Some(n) if n.eq_ignore_ascii_case(word) => word.to_owned(),
                    // `box.lock`, `self.queue`: the attribute names the kind already.
                    Some(n) if n.rsplit('.').next().is_some_and(|a| a.eq_ignore_ascii_case(word)) => n.clone(),
                    Some(n) => format!("{word} {n}"),
                    None => format!("{word} #{}", p.number),
                }
            }
        }
    }

    /// The run's end time (or error time), if it has ended.
    pub fn end_time(&self) -> Option<f64> {
        match self.outcome.as_ref()? {
            Outcome::End { t } | Outcome::Error { t, .. } | Outcome::Stopped { t } => Some(*t),
        }
    }
}

impl Trace {
    /// The CLI's `--jsonl` output (SPEC section 4), the oracle's exact format:
    /// `{"t": T, "text": LINE}` per line, then `{"end": T}` or `{"error": ..., "t": T}`.
    pub fn to_jsonl(&self) -> String {
        use crate::format::float_repr;
        let mut out = String::new();
        for line in self.lines() {
            out.push_str(&format!("{{\"t\": {}, \"text\": {}}}\n", float_repr(line.t), json_string(&line.text)));
        }
        match &self.outcome {
            Some(Outcome::End { t }) => out.push_str(&format!("{{\"end\": {}}}\n", float_repr(*t))),
            Some(Outcome::Error { message, t, .. }) => {
                out.push_str(&format!("{{\"error\": {}, \"t\": {}}}\n", json_string(message), float_repr(*t)))
            }
            Some(Outcome::Stopped { t }) => {
                out.push_str(&format!("{{\"error\": \"Stopped\", \"t\": {}}}\n", float_repr(*t)))
            }
            None => {}
        }
        out
    }
}

/// A JSON string literal, escaping as Python's `json.dumps` does (non-ASCII as `\uXXXX`).
pub fn json_string(s: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || (c as u32) >= 0x7f => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{:04x}", unit);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Live pacing's punctuality over a run: how late each wake-up came, and the drift of the
/// last one (absolute deadlines mean the drift does not accumulate).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lateness {
    /// Wake-ups measured.
    pub count: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// Lateness of the last wake-up.
    pub drift_ms: f64,
}

impl Trace {
    /// Lateness of the live run's timer wake-ups (`None` for an instant run).
    pub fn lateness(&self) -> Option<Lateness> {
        let mut late: Vec<f64> = self
            .events
            .iter()
            .filter_map(|e| match e.kind {
                EventKind::Paced { planned_ms, actual_ms } => Some(actual_ms - planned_ms),
                _ => None,
            })
            .collect();
        let drift_ms = *late.last()?;
        late.sort_by(f64::total_cmp);
        let at = |q: f64| late[((late.len() - 1) as f64 * q).round() as usize];
        Some(Lateness { count: late.len(), p50_ms: at(0.5), p99_ms: at(0.99), max_ms: at(1.0), drift_ms })
    }
}

#[cfg(test)]
mod lateness_tests {
    use super::*;

    #[test]
    fn events_stay_small() {
        // Millions of events per run: their size is the trace's memory (and, natively,
        // most of the time of a task switch is the kernel clearing the pages it takes).
        assert!(std::mem::size_of::<Suspend>() <= 16);
        assert!(std::mem::size_of::<Event>() <= 40);
    }

    #[test]
    fn lateness_percentiles_and_drift() {
        let mut t = Trace::default();
        assert_eq!(t.lateness(), None);
        for (i, late) in [2.0, 1.0, 3.0, 10.0, 1.5].iter().enumerate() {
            let planned = 1000.0 * (i + 1) as f64;
            t.events
                .push(Event { t: i as f64, kind: EventKind::Paced { planned_ms: planned, actual_ms: planned + late } });
        }
        let l = t.lateness().unwrap();
        assert_eq!((l.count, l.p50_ms, l.max_ms, l.drift_ms), (5, 2.0, 10.0, 1.5));
    }
}
