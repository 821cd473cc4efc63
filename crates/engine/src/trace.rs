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
    AwaitGather { tasks: Vec<TaskId> },
    /// `await asyncio.wait_for(...)` on this task, with its timeout deadline.
    AwaitWaitFor { task: TaskId, deadline: f64 },
    /// Waiting for a cancelled task to finish (inside `wait_for`).
    AwaitCancel { task: TaskId },
    /// `await` of any other future (`loop.create_future()`...).
    AwaitFuture,
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
    /// A callback given to `loop.call_soon`/`call_later` or `add_done_callback`.
    Callback,
}

/// How a task ended.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskEnd {
    /// `repr` of the returned value.
    Returned(String),
    /// `TypeName: message` of the exception that escaped.
    Raised(String),
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
    Print {
        task: Option<TaskId>,
        text: String,
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
    /// A pending timer was cancelled before it was due.
    TimerCancelled {
        seq: u64,
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
    pub events: Vec<Event>,
    /// `None` while the run is going.
    pub outcome: Option<Outcome>,
    /// Set when the trace grew past [`Trace::DETAIL_CAP`] events: from this virtual time
    /// on, loop internals and steps are no longer recorded (prints, task creation and
    /// ends, and the outcome still are), which bounds a run's memory.
    pub detail_truncated_at: Option<f64>,
}

impl Trace {
    /// Events kept in full detail (about 40 bytes each: ~120 MB at most).
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
