//! A pure view of a [`Trace`] for the page's Gantt chart and summary: one lane per task
//! (nested under the task that created it), each a list of state segments over virtual
//! time plus the ticks of the lines it printed, and the summary numbers.
//!
//! Nothing here knows about the DOM; the page draws what this computes, and the native
//! tests below check it on hand-written traces.

use crate::trace::{EventKind, HandleInfo, PrimRole, Suspend, TaskEnd, TaskId, Trace};
use std::collections::HashMap;

/// What a task is doing during a [`Segment`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// A step of the task is executing (zero virtual time unless it blocks).
    Running,
    /// In the ready queue: it could run, but the loop is busy with others.
    Ready,
    /// Suspended in `await asyncio.sleep(d)`.
    Sleeping,
    /// Suspended awaiting another task, a gather, a `wait_for`, a queue, a lock... (see
    /// [`WaitOn`]).
    Waiting,
    /// Holding the whole loop in `time.sleep(x)`.
    Blocked,
}

impl State {
    pub const ALL: [State; 5] = [State::Running, State::Ready, State::Sleeping, State::Waiting, State::Blocked];

    /// The name used in the page's `data-state` and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Running => "running",
            State::Ready => "ready",
            State::Sleeping => "sleeping",
            State::Waiting => "waiting",
            State::Blocked => "blocked",
        }
    }
}

/// What a waiting task awaits, as the page's `data-on` names it (SPEC section 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WaitOn {
    /// A task (also through `wait_for` or `shield`).
    Task,
    Gather,
    /// A future of the program's (`loop.create_future()`).
    Future,
    /// A queue's `get`/`put`/`join`.
    Queue,
    Event,
    Lock,
    Semaphore,
    Condition,
    /// The end of `async with TaskGroup()`.
    TaskGroup,
    /// `asyncio.wait` or `as_completed`.
    Wait,
}

impl WaitOn {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitOn::Task => "task",
            WaitOn::Gather => "gather",
            WaitOn::Future => "future",
            WaitOn::Queue => "queue",
            WaitOn::Event => "event",
            WaitOn::Lock => "lock",
            WaitOn::Semaphore => "semaphore",
            WaitOn::Condition => "condition",
            WaitOn::TaskGroup => "taskgroup",
            WaitOn::Wait => "wait",
        }
    }

    /// What a task suspended for `reason` awaits (`None`: it sleeps or is ready).
    pub fn of(trace: &Trace, reason: &Suspend) -> Option<WaitOn> {
        Some(match reason {
            Suspend::Sleep { .. } | Suspend::Yield => return None,
            Suspend::AwaitTask { .. } | Suspend::AwaitCancel { .. } | Suspend::AwaitWaitFor { .. } => WaitOn::Task,
            Suspend::AwaitShield { task: Some(_) } => WaitOn::Task,
            Suspend::AwaitShield { task: None } | Suspend::AwaitFuture => WaitOn::Future,
            Suspend::AwaitGather { .. } => WaitOn::Gather,
            Suspend::AwaitWait(_) => WaitOn::Wait,
            Suspend::AwaitPrim { prim, .. } => {
                let Some(p) = trace.prims.get(*prim as usize) else { return Some(WaitOn::Future) };
                match p.role {
                    PrimRole::JoinOf(_) => WaitOn::Queue,
                    PrimRole::LockOf(_) => WaitOn::Lock,
                    PrimRole::AsCompleted => WaitOn::Wait,
                    PrimRole::Own => match p.kind.family() {
                        "queue" => WaitOn::Queue,
                        "lock" => WaitOn::Lock,
                        "event" => WaitOn::Event,
                        "semaphore" => WaitOn::Semaphore,
                        "condition" => WaitOn::Condition,
                        _ => WaitOn::TaskGroup,
                    },
                }
            }
        })
    }
}

/// A stretch `[start, end]` of virtual seconds in one state. Running segments are
/// usually instants (`start == end`): the chart draws them with a minimum width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub state: State,
    pub start: f64,
    pub end: f64,
    /// For a `waiting` segment: what the task awaits.
    pub on: Option<WaitOn>,
}

/// A printed line, as a mark on the lane of the task that printed it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tick {
    pub t: f64,
    /// Index in [`Trace::lines`].
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub task: TaskId,
    pub label: String,
    pub parent: Option<TaskId>,
    /// 0 for main, 1 for the tasks main created, ...
    pub depth: usize,
    pub created: f64,
    /// When and how the task ended; `None` while it is alive.
    pub finished: Option<(f64, TaskEnd)>,
    pub segments: Vec<Segment>,
    pub ticks: Vec<Tick>,
}

/// The summary line: the total virtual time against what the waits would cost one after
/// another.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Summary {
    /// Virtual seconds at the end of the run (the error's or the stop's time; while the run
    /// goes, the latest time reached).
    pub total: f64,
    /// Sum of every awaited `asyncio.sleep` (its deadline minus the time it began) and every
    /// blocking `time.sleep` (in tasks and at module level).
    pub awaited: f64,
    /// Number of tasks, main included.
    pub tasks: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Timeline {
    /// In tree order: each task followed by the tasks it created, by creation order.
    pub lanes: Vec<Lane>,
    /// Module-level code (outside any task): time it spent blocked in `time.sleep`.
    pub module_segments: Vec<Segment>,
    /// Lines printed at module level.
    pub module_ticks: Vec<Tick>,
    /// The right edge of the chart: the run's end, or `now` while it goes.
    pub end: f64,
    pub summary: Summary,
}

/// A task's open state while the events are replayed.
#[derive(Debug, Clone)]
enum Open {
    Ready(f64),
    Running(f64),
    /// `woke`: when its wake-up was queued before the deadline (the sleep was cancelled:
    /// CPython's task is ready from then on, not at `until`).
    Sleeping {
        start: f64,
        until: f64,
        woke: Option<f64>,
    },
    /// `woke`: when its wake-up was queued (it is ready from then on).
    Waiting {
        start: f64,
        on: Suspend,
        woke: Option<f64>,
    },
}

struct Builder {
    segments: Vec<Segment>,
    open: Option<Open>,
    /// What the task's cancelled sleeps did not sleep (counted as awaited when they began).
    unslept: f64,
}

impl Builder {
    fn push(&mut self, state: State, start: f64, end: f64) {
        self.push_on(state, start, end, None);
    }

    fn push_on(&mut self, state: State, start: f64, end: f64, on: Option<WaitOn>) {
        let end = end.max(start);
        // Zero-length waits between two steps at the same time say nothing: drop them.
        if state != State::Running && end <= start {
            return;
        }
        if let Some(last) = self.segments.last_mut()
            && last.state == state
            && last.on == on
            && last.end >= start
        {
            last.end = last.end.max(end);
            return;
        }
        self.segments.push(Segment { state, start, end, on });
    }

    /// Closes the open state at `t`, splitting a sleep or wait whose wake-up came earlier
    /// (the task was then ready while the loop was busy or blocked).
    fn close(&mut self, t: f64, finished: &HashMap<TaskId, (f64, bool)>, trace: &Trace) {
        let Some(open) = self.open.take() else {
            return;
        };
        match open {
            Open::Ready(start) => self.push(State::Ready, start, t),
            Open::Running(start) => self.push(State::Running, start, t),
            Open::Sleeping { start, until, woke } => {
                let over = woke.map_or(until, |w| w.max(start).min(until));
                self.unslept += until - over;
                if over < t {
                    self.push(State::Sleeping, start, over);
                    self.push(State::Ready, over, t);
                } else {
                    self.push(State::Sleeping, start, t);
                }
            }
            Open::Waiting { start, on, woke } => {
                let what = WaitOn::of(trace, &on);
                match woke.or_else(|| wake_time(&on, finished)) {
                    Some(wake) if wake >= start && wake < t => {
                        self.push_on(State::Waiting, start, wake, what);
                        self.push(State::Ready, wake, t);
                    }
                    _ => self.push_on(State::Waiting, start, t, what),
                }
            }
        }
    }
}

/// When what a waiting task awaits was over, if it is known (`finished`: task -> (time,
/// raised)).
fn wake_time(on: &Suspend, finished: &HashMap<TaskId, (f64, bool)>) -> Option<f64> {
    let done = |task: &TaskId| finished.get(task).copied();
    match on {
        Suspend::AwaitTask { task } | Suspend::AwaitCancel { task } => done(task).map(|d| d.0),
        Suspend::AwaitWaitFor { task, deadline } => Some(done(task).map_or(*deadline, |d| d.0.min(*deadline))),
        Suspend::AwaitGather { tasks } => {
            let ends: Vec<Option<(f64, bool)>> = tasks.iter().map(done).collect();
            if ends.iter().all(Option::is_some) {
                ends.iter().flatten().map(|d| d.0).reduce(f64::max)
            } else {
                ends.iter().flatten().filter(|d| d.1).map(|d| d.0).reduce(f64::min)
            }
        }
        Suspend::Sleep { until } => Some(*until),
        Suspend::AwaitWait(w) => w.deadline,
        Suspend::Yield | Suspend::AwaitFuture | Suspend::AwaitPrim { .. } | Suspend::AwaitShield { .. } => None,
    }
}

/// Time that passes while no task is alive is module-level code in `time.sleep`.
fn module_gap(segs: &mut Vec<Segment>, from: f64, to: f64, alive: usize) {
    if alive > 0 || to <= from {
        return;
    }
    match segs.last_mut() {
        Some(last) if last.end >= from => last.end = to,
        _ => segs.push(Segment { state: State::Blocked, start: from, end: to, on: None }),
    }
}

impl Timeline {
    /// Builds the view. `now` (virtual seconds) extends the open states of a run that is
    /// still going; once the trace has an outcome its time is the end.
    pub fn build(trace: &Trace, now: Option<f64>) -> Timeline {
        let n = trace.tasks.len();
        let mut builders: Vec<Builder> =
            (0..n).map(|_| Builder { segments: Vec::new(), open: None, unslept: 0.0 }).collect();
        let mut finished: HashMap<TaskId, (f64, bool)> = HashMap::new();
        let mut ends: Vec<Option<(f64, TaskEnd)>> = vec![None; n];
        let mut awaited = 0.0;
        let mut module_segments: Vec<Segment> = Vec::new();
        let mut alive = 0usize;
        let mut last_t = 0.0f64;

        for event in &trace.events {
            let t = event.t;
            module_gap(&mut module_segments, last_t, t, alive);
            last_t = last_t.max(t);
            let slot = |task: &TaskId| (*task as usize) < n;
            match &event.kind {
                EventKind::TaskCreated { task } if slot(task) => {
                    let b = &mut builders[*task as usize];
                    b.close(t, &finished, trace);
                    b.open = Some(Open::Ready(t));
                    alive += 1;
                }
                EventKind::StepStart { task } if slot(task) => {
                    let b = &mut builders[*task as usize];
                    b.close(t, &finished, trace);
                    b.open = Some(Open::Running(t));
                }
                EventKind::StepEnd { task, reason, .. } if slot(task) => {
                    let b = &mut builders[*task as usize];
                    b.close(t, &finished, trace);
                    b.open = Some(match reason {
                        Suspend::Sleep { until } => {
                            awaited += (until - t).max(0.0);
                            Open::Sleeping { start: t, until: *until, woke: None }
                        }
                        Suspend::Yield => Open::Ready(t),
                        other => Open::Waiting { start: t, on: other.clone(), woke: None },
                    });
                }
                EventKind::Blocked { task, secs } if slot(task) => {
                    let secs = secs.max(0.0);
                    awaited += secs;
                    let b = &mut builders[*task as usize];
                    b.close(t, &finished, trace);
                    b.push(State::Blocked, t, t + secs);
                    b.open = Some(Open::Running(t + secs));
                }
                // Its wake-up is queued: from now on it is ready (a sleep's timer firing, or
                // a cancellation ending the wait early).
                EventKind::Queued { handle: HandleInfo::Wakeup { task, .. } } if slot(task) => {
                    if let Some(Open::Waiting { woke, .. } | Open::Sleeping { woke, .. }) =
                        &mut builders[*task as usize].open
                    {
                        woke.get_or_insert(t);
                    }
                }
                EventKind::TaskFinished { task, end } if slot(task) => {
                    let b = &mut builders[*task as usize];
                    b.close(t, &finished, trace);
                    finished.insert(*task, (t, matches!(end, TaskEnd::Raised(_))));
                    if ends[*task as usize].is_none() {
                        alive = alive.saturating_sub(1);
                    }
                    ends[*task as usize] = Some((t, end.clone()));
                }
                _ => {}
            }
        }

        let end = trace.end_time().unwrap_or_else(|| now.unwrap_or(last_t).max(last_t)).max(last_t);
        module_gap(&mut module_segments, last_t, end, alive);
        // Module-level time only passes in time.sleep: it counts as awaited too.
        awaited += module_segments.iter().map(|s| s.end - s.start).sum::<f64>();
        for b in &mut builders {
            b.close(end, &finished, trace);
            awaited -= b.unslept;
        }

        // Ticks: one per printed line, on the lane of the task that began it.
        let mut ticks: Vec<Vec<Tick>> = vec![Vec::new(); n];
        let mut module_ticks = Vec::new();
        for (i, line) in trace.lines().iter().enumerate() {
            let tick = Tick { t: line.t, line: i };
            match line.task {
                Some(task) if (task as usize) < n => ticks[task as usize].push(tick),
                _ => module_ticks.push(tick),
            }
        }

        // Tree order: children listed under their parent, by creation (= id) order.
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut roots = Vec::new();
        for (i, info) in trace.tasks.iter().enumerate() {
            match info.parent {
                Some(p) if (p as usize) < n && (p as usize) != i => children[p as usize].push(i),
                _ => roots.push(i),
            }
        }
        let mut order: Vec<(usize, usize)> = Vec::with_capacity(n);
        let mut visited = vec![false; n];
        let mut stack: Vec<(usize, usize)> = roots.iter().rev().map(|&r| (r, 0)).collect();
        while let Some((i, depth)) = stack.pop() {
            if std::mem::replace(&mut visited[i], true) {
                continue;
            }
            order.push((i, depth));
            stack.extend(children[i].iter().rev().map(|&c| (c, depth + 1)));
        }
        // A parent cycle (never produced by the engine) would leave tasks out: keep them.
        for (i, seen) in visited.iter().enumerate() {
            if !seen {
                order.push((i, 0));
            }
        }

        let mut segments: Vec<Option<Vec<Segment>>> = builders.into_iter().map(|b| Some(b.segments)).collect();
        let lanes = order
            .into_iter()
            .map(|(i, depth)| {
                let info = &trace.tasks[i];
                Lane {
                    task: info.id,
                    label: info.label.clone(),
                    parent: info.parent,
                    depth,
                    created: info.created,
                    finished: ends[i].take(),
                    segments: segments[i].take().unwrap_or_default(),
                    ticks: std::mem::take(&mut ticks[i]),
                }
            })
            .collect();

        Timeline { lanes, module_segments, module_ticks, end, summary: Summary { total: end, awaited, tasks: n } }
    }
}

impl Summary {
    /// The summary of a finished (or partial) trace.
    pub fn of(trace: &Trace) -> Summary {
        Timeline::build(trace, None).summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::{Event, Outcome, TaskInfo};

    struct T {
        trace: Trace,
    }

    impl T {
        fn new() -> T {
            T { trace: Trace::default() }
        }
        fn task(&mut self, t: f64, parent: Option<TaskId>, label: &str) -> TaskId {
            let id = self.trace.tasks.len() as TaskId;
            self.trace.tasks.push(TaskInfo { id, parent, label: label.into(), created: t });
            self.ev(t, EventKind::TaskCreated { task: id });
            id
        }
        fn ev(&mut self, t: f64, kind: EventKind) {
            self.trace.events.push(Event { t, kind });
        }
        fn start(&mut self, t: f64, task: TaskId) {
            self.ev(t, EventKind::StepStart { task });
        }
        fn sleep(&mut self, t: f64, task: TaskId, d: f64) {
            self.ev(t, EventKind::StepEnd { task, reason: Suspend::Sleep { until: t + d }, line: None });
        }
        fn print(&mut self, t: f64, task: Option<TaskId>, text: &str) {
            self.ev(t, EventKind::Print { task, text: format!("{text}\n").into() });
        }
        fn finish(&mut self, t: f64, task: TaskId) {
            self.ev(t, EventKind::TaskFinished { task, end: TaskEnd::Returned("None".into()) });
        }
        fn end(mut self, t: f64) -> Trace {
            self.trace.outcome = Some(Outcome::End { t });
            self.trace
        }
    }

    fn states(lane: &Lane, state: State) -> Vec<(f64, f64)> {
        lane.segments.iter().filter(|s| s.state == state).map(|s| (s.start, s.end)).collect()
    }

    /// The trace of the second tutorial seed (create_task), written by hand.
    fn seed2() -> Trace {
        let mut t = T::new();
        let main = t.task(0.0, None, "main()");
        t.start(0.0, main);
        let a = t.task(0.0, Some(main), "countdown(\"task A\", 3)");
        let b = t.task(0.0, Some(main), "countdown(\"task B\", 2)");
        t.sleep(0.0, main, 1.0);
        t.start(0.0, a);
        t.print(0.0, Some(a), "task A 3");
        t.sleep(0.0, a, 1.0);
        t.start(0.0, b);
        t.print(0.0, Some(b), "task B 2");
        t.sleep(0.0, b, 1.0);
        t.start(1.0, main);
        t.print(1.0, Some(main), "Everything, everywhere, all at once");
        t.ev(1.0, EventKind::StepEnd { task: main, reason: Suspend::AwaitTask { task: a }, line: None });
        t.start(1.0, a);
        t.print(1.0, Some(a), "task A 2");
        t.sleep(1.0, a, 1.0);
        t.start(1.0, b);
        t.print(1.0, Some(b), "task B 1");
        t.sleep(1.0, b, 1.0);
        t.start(2.0, a);
        t.print(2.0, Some(a), "task A 1");
        t.sleep(2.0, a, 1.0);
        t.start(2.0, b);
        t.print(2.0, Some(b), "done!");
        t.finish(2.0, b);
        t.start(3.0, a);
        t.print(3.0, Some(a), "done!");
        t.finish(3.0, a);
        t.start(3.0, main);
        t.finish(3.0, main);
        t.end(3.0)
    }

    #[test]
    fn seed2_lanes_nest_under_main_with_sleeps_per_second() {
        let tl = Timeline::build(&seed2(), None);
        let labels: Vec<(&str, usize)> = tl.lanes.iter().map(|l| (l.label.as_str(), l.depth)).collect();
        assert_eq!(labels, [("main()", 0), ("countdown(\"task A\", 3)", 1), ("countdown(\"task B\", 2)", 1)]);
        assert_eq!(states(&tl.lanes[1], State::Sleeping), [(0.0, 1.0), (1.0, 2.0), (2.0, 3.0)]);
        assert_eq!(states(&tl.lanes[2], State::Sleeping), [(0.0, 1.0), (1.0, 2.0)]);
        assert_eq!(states(&tl.lanes[0], State::Sleeping), [(0.0, 1.0)]);
        // main waits for A from 1 to 3 (A finished at 3, main ran at 3).
        assert_eq!(states(&tl.lanes[0], State::Waiting), [(1.0, 3.0)]);
        // Running steps are instants, one per distinct time.
        assert_eq!(states(&tl.lanes[1], State::Running), [(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (3.0, 3.0)]);
        assert_eq!(tl.lanes[2].finished, Some((2.0, TaskEnd::Returned("None".into()))));
        assert_eq!(tl.summary, Summary { total: 3.0, awaited: 6.0, tasks: 3 });
    }

    #[test]
    fn ticks_point_at_output_lines() {
        let trace = seed2();
        let tl = Timeline::build(&trace, None);
        let lines = trace.lines();
        let mut all: Vec<(usize, f64)> = tl.lanes.iter().flat_map(|l| l.ticks.iter().map(|k| (k.line, k.t))).collect();
        all.sort_by_key(|x| x.0);
        assert_eq!(all.len(), lines.len());
        for (i, t) in all {
            assert_eq!(lines[i].t, t);
        }
        assert_eq!(tl.lanes[0].ticks, [Tick { t: 1.0, line: 2 }]);
    }

    #[test]
    fn blocking_sleep_blocks_and_others_turn_ready() {
        let mut t = T::new();
        let main = t.task(0.0, None, "main()");
        t.start(0.0, main);
        let x = t.task(0.0, Some(main), "ticker()");
        let y = t.task(0.0, Some(main), "blocker()");
        t.ev(
            0.0,
            EventKind::StepEnd { task: main, reason: Suspend::AwaitGather { tasks: vec![x, y].into() }, line: None },
        );
        t.start(0.0, x);
        t.sleep(0.0, x, 0.5);
        t.start(0.0, y);
        t.ev(0.0, EventKind::Blocked { task: y, secs: 1.5 });
        t.sleep(1.5, y, 0.5);
        t.start(1.5, x);
        t.finish(1.5, x);
        t.start(2.0, y);
        t.finish(2.0, y);
        t.start(2.0, main);
        t.finish(2.0, main);
        let tl = Timeline::build(&t.end(2.0), None);
        assert_eq!(states(&tl.lanes[2], State::Blocked), [(0.0, 1.5)]);
        assert_eq!(states(&tl.lanes[1], State::Sleeping), [(0.0, 0.5)]);
        assert_eq!(states(&tl.lanes[1], State::Ready), [(0.5, 1.5)]);
        // The gather is over when its last child finished (2.0): no ready stretch.
        assert_eq!(states(&tl.lanes[0], State::Waiting), [(0.0, 2.0)]);
        assert_eq!(tl.summary.awaited, 0.5 + 1.5 + 0.5);
        assert_eq!(tl.summary.total, 2.0);
        assert!(tl.module_segments.is_empty());
    }

    #[test]
    fn module_level_time_sleep_counts_and_shows() {
        let mut t = T::new();
        t.print(0.0, None, "A: start");
        t.print(1.0, None, "A: done");
        let main = t.task(1.0, None, "main()");
        t.start(1.0, main);
        t.sleep(1.0, main, 1.0);
        t.start(2.0, main);
        t.finish(2.0, main);
        t.print(2.5, None, "after");
        let tl = Timeline::build(&t.end(2.5), None);
        assert_eq!(
            tl.module_segments,
            [
                Segment { state: State::Blocked, start: 0.0, end: 1.0, on: None },
                Segment { state: State::Blocked, start: 2.0, end: 2.5, on: None }
            ]
        );
        assert_eq!(tl.module_ticks.len(), 3);
        assert_eq!(tl.summary.awaited, 1.0 + 1.0 + 0.5);
        assert_eq!(tl.summary.tasks, 1);
    }

    #[test]
    fn live_run_extends_open_states_to_now() {
        let mut t = T::new();
        let main = t.task(0.0, None, "main()");
        t.start(0.0, main);
        t.sleep(0.0, main, 5.0);
        let tl = Timeline::build(&t.trace, Some(2.0));
        assert_eq!(tl.end, 2.0);
        assert_eq!(states(&tl.lanes[0], State::Sleeping), [(0.0, 2.0)]);
        assert_eq!(tl.lanes[0].finished, None);
        // Not earlier than what the trace already reached.
        let tl = Timeline::build(&t.trace, None);
        assert_eq!(tl.end, 0.0);
    }

    #[test]
    fn sleep_zero_ping_pong_stays_compact() {
        let mut t = T::new();
        let main = t.task(0.0, None, "main()");
        t.start(0.0, main);
        let p = t.task(0.0, Some(main), "player()");
        t.ev(0.0, EventKind::StepEnd { task: main, reason: Suspend::AwaitTask { task: p }, line: None });
        for _ in 0..1000 {
            t.start(0.0, p);
            t.ev(0.0, EventKind::StepEnd { task: p, reason: Suspend::Yield, line: None });
        }
        t.start(0.0, p);
        t.finish(0.0, p);
        let tl = Timeline::build(&t.trace, None);
        assert_eq!(tl.lanes[1].segments.len(), 1);
        assert_eq!(tl.summary.awaited, 0.0);
    }

    #[test]
    fn gather_with_a_failing_child_wakes_at_the_failure() {
        let mut finished = HashMap::new();
        finished.insert(1, (1.0, false));
        finished.insert(2, (2.0, true));
        let on = Suspend::AwaitGather { tasks: vec![1, 2, 3].into() };
        assert_eq!(wake_time(&on, &finished), Some(2.0));
        finished.insert(3, (3.0, false));
        assert_eq!(wake_time(&on, &finished), Some(3.0));
        let on = Suspend::AwaitWaitFor { task: 4, deadline: 2.0 };
        assert_eq!(wake_time(&on, &finished), Some(2.0));
    }

    const SEED2: &str = "import asyncio

async def countdown(task_name, seconds):
    for i in range(seconds, 0, -1):
        print(task_name, i)
        await asyncio.sleep(1)
    print(\"done!\")


async def main():
    taskA = asyncio.create_task(countdown(\"task A\", 3))
    taskB = asyncio.create_task(countdown(\"task B\", 2))
    await asyncio.sleep(1)
    print(\"Everything, everywhere, all at once\")
    await taskA
    await taskB


asyncio.run(main())
";

    #[test]
    fn the_engine_trace_of_seed2_gives_the_expected_lanes() {
        let trace = crate::native::run(SEED2, crate::Limits::default());
        let tl = Timeline::build(&trace, None);
        assert_eq!(tl.lanes.len(), 3);
        assert_eq!(tl.lanes[0].depth, 0);
        assert!(tl.lanes[1].label.contains("task A") && tl.lanes[1].depth == 1);
        assert_eq!(states(&tl.lanes[1], State::Sleeping), [(0.0, 1.0), (1.0, 2.0), (2.0, 3.0)]);
        assert_eq!(states(&tl.lanes[2], State::Sleeping), [(0.0, 1.0), (1.0, 2.0)]);
        assert_eq!(tl.summary, Summary { total: 3.0, awaited: 6.0, tasks: 3 });
        let ticks: usize = tl.lanes.iter().map(|l| l.ticks.len()).sum();
        assert_eq!(ticks + tl.module_ticks.len(), trace.lines().len());
    }

    #[test]
    fn the_engine_trace_of_a_blocking_sleep_shows_blocked_and_ready() {
        let source = "import asyncio
import time

async def ticker():
    await asyncio.sleep(0.5)
    print(\"tick\")

async def blocker():
    time.sleep(1.5)

async def main():
    await asyncio.gather(ticker(), blocker())

asyncio.run(main())
";
        let trace = crate::native::run(source, crate::Limits::default());
        let tl = Timeline::build(&trace, None);
        let blocker = tl.lanes.iter().find(|l| l.label.starts_with("blocker")).expect("blocker lane");
        assert_eq!(states(blocker, State::Blocked), [(0.0, 1.5)]);
        let ticker = tl.lanes.iter().find(|l| l.label.starts_with("ticker")).expect("ticker lane");
        assert_eq!(states(ticker, State::Sleeping), [(0.0, 0.5)]);
        assert_eq!(states(ticker, State::Ready), [(0.5, 1.5)]);
        assert_eq!(tl.summary.awaited, 0.5 + 1.5);
    }

    /// Issue 13: `asyncio.run` cancels two sleeping tasks at 1.0; the first one's
    /// `finally` blocks the loop until 1.5. The second one's sleep ended at 1.0, when the
    /// cancellation queued its wake-up (CPython's loop holds it in `_ready` from then
    /// on): it is ready from 1.0 to 1.5, not sleeping until its timer's deadline (1.2).
    #[test]
    fn a_cancelled_sleep_ends_when_the_cancellation_queues_the_task() {
        let source = "import asyncio
import time

async def worker(name):
    try:
        while True:
            await asyncio.sleep(0.3)
    finally:
        if name == \"first\":
            time.sleep(0.5)

async def main():
    asyncio.create_task(worker(\"first\"))
    asyncio.create_task(worker(\"second\"))
    await asyncio.sleep(1.0)
    raise ValueError(\"boom\")

asyncio.run(main())
";
        let trace = crate::native::run(source, crate::Limits::default());
        let tl = Timeline::build(&trace, None);
        let lane = |word: &str| tl.lanes.iter().find(|l| l.label.contains(word)).expect("lane");
        let (first, second) = (lane("first"), lane("second"));
        // (Three sleeps of 0.3 s end at 0.8999999999999999, as in CPython.)
        assert_eq!(states(second, State::Sleeping).last().map(|s| s.1), Some(1.0));
        assert_eq!(states(second, State::Ready), [(1.0, 1.5)]);
        assert_eq!(states(first, State::Sleeping).last().map(|s| s.1), Some(1.0));
        assert_eq!(states(first, State::Blocked), [(1.0, 1.5)]);
        // Awaited: main's 1.0, each worker's three full sleeps and its cancelled 0.1, the
        // blocking 0.5.
        assert!((tl.summary.awaited - (1.0 + 2.0 * (0.9 + 0.1) + 0.5)).abs() < 1e-9, "{}", tl.summary.awaited);
    }

    #[test]
    fn errors_and_bad_ids_do_not_panic() {
        let mut t = T::new();
        t.ev(0.0, EventKind::StepStart { task: 7 });
        t.ev(0.0, EventKind::Blocked { task: 9, secs: 1.0 });
        let main = t.task(0.0, None, "main()");
        t.start(0.0, main);
        t.trace.tasks[0].parent = Some(0);
        t.trace.outcome = Some(Outcome::Error {
            message: "NameError: name 'x' is not defined".into(),
            t: 0.0,
            line: Some(3),
            col: None,
        });
        let tl = Timeline::build(&t.trace, Some(10.0));
        assert_eq!(tl.lanes.len(), 1);
        assert_eq!(tl.end, 0.0);
        assert_eq!(tl.summary.tasks, 1);
    }
}
