//! The event loop at an instant of a finished run, rebuilt from the trace alone: the
//! clock, the task running, the ready queue in order, the pending timers, a task blocking
//! the loop. The page's event-loop panel is a pure view of this (no re-execution).

pub mod waits;

use crate::trace::{
    Event, EventKind, HandleInfo, PrimId, PrimOp, PrimValue, Suspend, TaskEnd, TaskId, TimerKind, Trace, WakeCause,
};
use crate::views::timeline::State;
use std::collections::{BTreeMap, VecDeque};

/// A pending timer.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingTimer {
    pub seq: u64,
    pub deadline: f64,
    pub task: Option<TaskId>,
    pub kind: TimerKind,
}

/// A queue, lock, event, semaphore, condition or task group at an instant: its state and
/// the tasks waiting on it, in the order they will be let go (CPython's waiters that are
/// not done yet).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PrimLive {
    /// Its last recorded state (`None`: none yet, or a condition, whose state is its
    /// lock's).
    pub state: Option<PrimValue>,
    /// Waiting tasks, first first, and what each wants (a queue's getters and putters).
    pub waiters: VecDeque<(TaskId, PrimOp)>,
}

/// A primitive in a [`LoopSnapshot`].
#[derive(Debug, Clone, PartialEq)]
pub struct PrimSnapshot {
    pub id: PrimId,
    pub state: Option<PrimValue>,
    pub waiters: Vec<(TaskId, PrimOp)>,
}

/// The loop's state just after event `index` of the trace.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoopSnapshot {
    /// Index of the last event applied (`None`: before the first event).
    pub index: Option<usize>,
    pub now: f64,
    /// Loop iterations started so far (the current one is `iteration - 1`).
    pub iteration: u64,
    /// The task whose step is in progress.
    pub running: Option<TaskId>,
    /// The ready queue, front first.
    pub ready: Vec<HandleInfo>,
    /// Pending timers, by (deadline, scheduling order).
    pub timers: Vec<PendingTimer>,
    /// A task inside `time.sleep`, holding the loop until the given time.
    pub blocked: Option<(TaskId, f64)>,
    /// The primitives made so far, by number.
    pub prims: Vec<PrimSnapshot>,
}

/// A key that orders deadlines as `f64::total_cmp` does.
fn order(d: f64) -> i64 {
    let b = d.to_bits() as i64;
    b ^ (((b >> 63) as u64) >> 1) as i64
}

/// Replays a trace's events; `snapshot_at` is cheap to call repeatedly with growing
/// indices through [`LoopReplay`].
pub fn snapshot_at(trace: &Trace, index: usize) -> LoopSnapshot {
    let mut replay = LoopReplay::default();
    for i in 0..=index.min(trace.events.len().saturating_sub(1)) {
        if trace.events.is_empty() {
            break;
        }
        replay.apply(trace, i);
    }
    replay.snapshot()
}

/// Incremental replay of a trace, event by event.
#[derive(Debug, Default, Clone)]
pub struct LoopReplay {
    index: Option<usize>,
    now: f64,
    iteration: u64,
    running: Option<TaskId>,
    /// With whether the program cancelled it (it stays in the queue, skipped when run).
    ready: VecDeque<(HandleInfo, bool)>,
    /// Pending timers by (deadline, seq): in the order the panel lists them.
    timers: BTreeMap<(i64, u64), PendingTimer>,
    /// Deadlines by `seq` (dense in the engine), to find a timer when it fires.
    deadlines: Vec<f64>,
    blocked: Option<(TaskId, f64)>,
    /// By task: the 1-based line of the `await` where it stands (`None`: not started yet,
    /// or finished). A running task keeps the line of the `await` it resumed from.
    stands: Vec<Option<u32>>,
    /// The handle taken by the last `Dequeued` event.
    last_dequeued: Option<HandleInfo>,
    /// The primitives made so far, by number.
    prims: Vec<PrimLive>,
    /// By task: the primitive it waits on, while it does.
    waiting_on: Vec<Option<PrimId>>,
    /// The running task's wake-up was queued during its own step (it cancelled itself:
    /// the future it is about to wait on is cancelled at once).
    woken_in_step: bool,
}

impl LoopReplay {
    pub fn apply(&mut self, trace: &Trace, i: usize) {
        let Some(ev) = trace.events.get(i) else { return };
        self.index = Some(i);
        self.now = ev.t;
        if let Some((_, until)) = self.blocked
            && ev.t >= until
        {
            self.blocked = None;
        }
        match &ev.kind {
            EventKind::Queued { handle } => {
                match handle {
                    HandleInfo::Timer { seq } => self.remove_timer(*seq),
                    // Its future is done: it no longer waits on a primitive.
                    HandleInfo::Wakeup { task, .. } => {
                        self.stop_waiting(*task);
                        if self.running == Some(*task) {
                            self.woken_in_step = true;
                        }
                    }
                    _ => {}
                }
                self.ready.push_back((*handle, false));
            }
            EventKind::Dequeued => {
                self.last_dequeued = self.ready.pop_front().map(|h| h.0);
            }
            EventKind::TimerScheduled { seq, deadline, task, kind } => {
                if let Ok(k) = usize::try_from(*seq)
                    && k <= self.deadlines.len() + 1_000_000
                {
                    if self.deadlines.len() <= k {
                        self.deadlines.resize(k + 1, f64::NAN);
                    }
                    self.deadlines[k] = *deadline;
                    let timer = PendingTimer { seq: *seq, deadline: *deadline, task: *task, kind: *kind };
                    self.timers.insert((order(*deadline), *seq), timer);
                }
            }
            EventKind::TimerCancelled { seq } => {
                self.remove_timer(*seq);
                // Already due: CPython's loop skips it where it stands in the queue.
                self.cancel_ready(|h| *h == HandleInfo::Timer { seq: *seq });
            }
            EventKind::HandleCancelled { handle } => {
                self.cancel_ready(|h| matches!(h, HandleInfo::Callback { handle: Some(x), .. } if x == handle));
            }
            EventKind::Iteration { n } => self.iteration = n + 1,
            EventKind::StepStart { task } => {
                self.running = Some(*task);
                self.woken_in_step = false;
                self.stop_waiting(*task);
            }
            EventKind::StepEnd { task, line, reason } => {
                self.running = None;
                self.stand(trace, *task, *line);
                if let Suspend::AwaitPrim { prim, op } = reason
                    && !std::mem::take(&mut self.woken_in_step)
                {
                    self.start_waiting(trace, *task, *prim, *op);
                }
            }
            EventKind::TaskFinished { task, .. } => {
                self.running = None;
                self.stand(trace, *task, None);
                self.stop_waiting(*task);
            }
            EventKind::PrimCreated { prim } => {
                self.prim_mut(trace, *prim);
            }
            EventKind::PrimState { prim, state } => {
                if let Some(p) = self.prim_mut(trace, *prim) {
                    p.state = Some(*state);
                }
            }
            EventKind::Blocked { task, secs } => self.blocked = Some((*task, ev.t + secs)),
            _ => {}
        }
    }

    fn cancel_ready(&mut self, which: impl Fn(&HandleInfo) -> bool) {
        for h in self.ready.iter_mut() {
            if which(&h.0) {
                h.1 = true;
            }
        }
    }

    /// The primitive `id`, made known to the replay (ids beyond the trace's are ignored).
    fn prim_mut(&mut self, trace: &Trace, id: PrimId) -> Option<&mut PrimLive> {
        let i = id as usize;
        if i >= trace.prims.len() {
            return None;
        }
        if self.prims.len() <= i {
            self.prims.resize_with(i + 1, PrimLive::default);
        }
        self.prims.get_mut(i)
    }

    fn start_waiting(&mut self, trace: &Trace, task: TaskId, prim: PrimId, op: PrimOp) {
        let t = task as usize;
        if t >= trace.tasks.len() {
            return;
        }
        self.stop_waiting(task);
        let Some(p) = self.prim_mut(trace, prim) else { return };
        p.waiters.push_back((task, op));
        if self.waiting_on.len() <= t {
            self.waiting_on.resize(t + 1, None);
        }
        self.waiting_on[t] = Some(prim);
    }

    fn stop_waiting(&mut self, task: TaskId) {
        let Some(prim) = self.waiting_on.get_mut(task as usize).and_then(Option::take) else { return };
        if let Some(p) = self.prims.get_mut(prim as usize)
            && let Some(at) = p.waiters.iter().position(|w| w.0 == task)
        {
            p.waiters.remove(at);
        }
    }

    /// The primitives made so far, by number.
    pub fn prims(&self) -> &[PrimLive] {
        &self.prims
    }

    /// The primitive `task` waits on, if it does.
    pub fn waiting_on(&self, task: TaskId) -> Option<PrimId> {
        self.waiting_on.get(task as usize).copied().flatten()
    }

    fn remove_timer(&mut self, seq: u64) {
        if let Some(&d) = usize::try_from(seq).ok().and_then(|k| self.deadlines.get(k)) {
            self.timers.remove(&(order(d), seq));
        }
    }

    fn stand(&mut self, trace: &Trace, task: TaskId, line: Option<u32>) {
        let i = task as usize;
        if i >= trace.tasks.len() {
            return;
        }
        if self.stands.len() <= i {
            self.stands.resize(i + 1, None);
        }
        self.stands[i] = line;
    }

    /// The index of the last event applied (`None`: none yet).
    pub fn index(&self) -> Option<usize> {
        self.index
    }

    /// By task id: the line of the `await` where each task stands (see the field).
    pub fn stands(&self) -> &[Option<u32>] {
        &self.stands
    }

    /// The handle the last `Dequeued` event took from the ready queue.
    pub fn last_dequeued(&self) -> Option<HandleInfo> {
        self.last_dequeued
    }

    /// The loop's clock.
    pub fn now(&self) -> f64 {
        self.now
    }

    /// The task whose step is in progress.
    pub fn running(&self) -> Option<TaskId> {
        self.running
    }

    pub fn snapshot(&self) -> LoopSnapshot {
        let timers: Vec<PendingTimer> = self.timers.values().cloned().collect();
        LoopSnapshot {
            index: self.index,
            now: self.now,
            iteration: self.iteration,
            running: self.running,
            ready: self.ready.iter().filter(|h| !h.1).map(|h| h.0).collect(),
            timers,
            blocked: self.blocked,
            prims: self
                .prims
                .iter()
                .enumerate()
                .map(|(id, p)| PrimSnapshot {
                    id: id as PrimId,
                    state: p.state,
                    waiters: p.waiters.iter().copied().collect(),
                })
                .collect(),
        }
    }
}

/// The task a ready-queue entry concerns, if any (for colours and `data-task`).
pub fn handle_task(trace: &Trace, h: &HandleInfo) -> Option<TaskId> {
    match *h {
        HandleInfo::Timer { seq } => timer_task(trace, seq),
        _ => handle_task_direct(h),
    }
}

/// The task of a handle that names it (not a timer).
fn handle_task_direct(h: &HandleInfo) -> Option<TaskId> {
    match *h {
        HandleInfo::Start { task } | HandleInfo::Step { task, .. } | HandleInfo::Wakeup { task, .. } => Some(task),
        HandleInfo::GatherChild { child } => child,
        HandleInfo::Timer { .. }
        | HandleInfo::ReleaseWaiter
        | HandleInfo::Stop
        | HandleInfo::Internal
        | HandleInfo::Callback { .. } => None,
    }
}

fn timer_task(trace: &Trace, seq: u64) -> Option<TaskId> {
    trace.events.iter().find_map(|e| match e.kind {
        EventKind::TimerScheduled { seq: s, task, .. } if s == seq => task,
        _ => None,
    })
}

fn label(trace: &Trace, task: TaskId) -> String {
    trace.tasks.get(task as usize).map(|t| t.label.clone()).unwrap_or_else(|| format!("task {task}"))
}

/// A sentence a learner understands: what this entry of the ready queue will do.
pub fn describe_handle(trace: &Trace, h: &HandleInfo) -> String {
    describe_with(trace, h, |seq| timer_task(trace, seq))
}

fn describe_with(trace: &Trace, h: &HandleInfo, timer_task: impl Fn(u64) -> Option<TaskId>) -> String {
    match *h {
        HandleInfo::Start { task } => format!("start {}", label(trace, task)),
        HandleInfo::Step { task, cancel: false } => format!("resume {} after sleep(0)", label(trace, task)),
        HandleInfo::Step { task, cancel: true } => format!("throw into {} (cancelled)", label(trace, task)),
        HandleInfo::Wakeup { task, cause } => {
            let why = match cause {
                WakeCause::Sleep => "its sleep ended".to_string(),
                WakeCause::Task(t) => format!("{} finished", label(trace, t)),
                WakeCause::Gather => "gather finished".to_string(),
                WakeCause::Waiter => "wait_for is done waiting".to_string(),
                other => waits::wake_words(trace, other).unwrap_or_default(),
            };
            format!("wake {}: {why}", label(trace, task))
        }
        HandleInfo::GatherChild { child: Some(c) } => format!("gather: note that {} is done", label(trace, c)),
        HandleInfo::GatherChild { child: None } => "gather: a child is done".into(),
        HandleInfo::ReleaseWaiter => "wait_for: release the waiting task".into(),
        HandleInfo::Stop => "stop the loop after this iteration".into(),
        HandleInfo::Timer { seq } => match timer_task(seq) {
            Some(t) => format!("timer due: end the sleep of {}", label(trace, t)),
            None => "timer due".into(),
        },
        HandleInfo::Internal => "asyncio.run's shutdown step".into(),
        HandleInfo::Callback { name, .. } => waits::callback_words(trace.name(name)),
    }
}

/// Seconds for sentences: at least one decimal, at most three (`1.0`, `0.125`).
fn secs(t: f64) -> String {
    if !t.is_finite() {
        return t.to_string();
    }
    let s = format!("{t:.3}");
    let s = s.trim_end_matches('0');
    if s.ends_with('.') { format!("{s}0") } else { s.to_owned() }
}

/// A [`LoopReplay`] that can be moved anywhere in a trace cheaply: forward it replays
/// from where it is; backward it restarts from the nearest checkpoint (a copy of the
/// replay taken every `interval` events the first time it passes there), so no move
/// replays more than `interval` events unless it goes forward that far.
#[derive(Debug, Clone)]
pub struct LoopCursor {
    replay: LoopReplay,
    /// `checkpoints[k]`: the replay after the first `k * interval` events.
    checkpoints: Vec<LoopReplay>,
    interval: usize,
}

impl LoopCursor {
    /// At most this many checkpoints are kept (a checkpoint copies the loop's state).
    const MAX_CHECKPOINTS: usize = 16;
    const MIN_INTERVAL: usize = 4096;

    /// A cursor for a trace of `events` events.
    pub fn new(events: usize) -> LoopCursor {
        LoopCursor::with_interval(events.div_ceil(Self::MAX_CHECKPOINTS).max(Self::MIN_INTERVAL))
    }

    /// A cursor taking a checkpoint every `interval` events (at least 1).
    pub fn with_interval(interval: usize) -> LoopCursor {
        LoopCursor {
            replay: LoopReplay::default(),
            checkpoints: vec![LoopReplay::default()],
            interval: interval.max(1),
        }
    }

    /// The replay just after event `index` (or after the last event, if the trace is
    /// shorter).
    pub fn seek(&mut self, trace: &Trace, index: usize) -> &LoopReplay {
        let index = index.min(trace.events.len().saturating_sub(1));
        let applied = |r: &LoopReplay| r.index.map_or(0, |i| i + 1);
        let k = ((index + 1) / self.interval).min(self.checkpoints.len() - 1);
        let here = applied(&self.replay);
        // Restart from the checkpoint when going back, or when it is closer than here.
        if here > index + 1 || k * self.interval > here {
            self.replay = self.checkpoints[k].clone();
        }
        let mut at = applied(&self.replay);
        while at < index + 1 && at < trace.events.len() {
            self.replay.apply(trace, at);
            at += 1;
            if at.is_multiple_of(self.interval) && self.checkpoints.len() == at / self.interval {
                self.checkpoints.push(self.replay.clone());
            }
        }
        &self.replay
    }

    /// The replay where the cursor is.
    pub fn replay(&self) -> &LoopReplay {
        &self.replay
    }
}

/// A move of the playhead through a trace.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Seek {
    /// One event forward or back (live pacing records are skipped).
    Next,
    Prev,
    /// To the next or the previous start of a loop iteration.
    NextIteration,
    PrevIteration,
    /// The first event.
    Home,
    /// The end: the full view.
    End,
    /// The events of the instant nearest to this virtual time (the last of them).
    Time(f64),
}

/// A timer as scheduled: (task, deadline, kind).
type TimerRec = (Option<TaskId>, f64, TimerKind);

/// What the event-loop view needs to know about a whole trace, computed once.
#[derive(Debug, Clone, Default)]
pub struct LoopIndex {
    /// Indices of the `Iteration` events.
    pub iterations: Vec<usize>,
    /// For each printed line ([`Trace::lines`]), the index of the event that began it.
    pub line_starts: Vec<usize>,
    /// Timers by `seq` (the engine numbers them 0, 1, 2, ...): (task, deadline, kind).
    timers: Vec<Option<TimerRec>>,
    events: usize,
}

impl LoopIndex {
    pub fn build(trace: &Trace) -> LoopIndex {
        let mut iterations = Vec::new();
        let mut line_starts = Vec::new();
        let mut timers: Vec<Option<TimerRec>> = Vec::new();
        // Splits prints into lines exactly as `Trace::lines` does.
        let mut open_line = false;
        for (i, ev) in trace.events.iter().enumerate() {
            match &ev.kind {
                EventKind::Iteration { .. } => iterations.push(i),
                EventKind::TimerScheduled { seq, deadline, task, kind } => {
                    // Dense numbers in the engine; anything else is only skipped, never
                    // allowed to allocate without bound.
                    if let Ok(k) = usize::try_from(*seq)
                        && k <= timers.len() + 1_000_000
                    {
                        if timers.len() <= k {
                            timers.resize(k + 1, None);
                        }
                        timers[k] = Some((*task, *deadline, *kind));
                    }
                }
                EventKind::Print { text, .. } => {
                    let mut pieces = text.split('\n').peekable();
                    while let Some(piece) = pieces.next() {
                        let last = pieces.peek().is_none();
                        if last && piece.is_empty() {
                            break;
                        }
                        if !open_line {
                            line_starts.push(i);
                            open_line = true;
                        }
                        if !last {
                            open_line = false;
                        }
                    }
                }
                _ => {}
            }
        }
        LoopIndex { iterations, line_starts, timers, events: trace.events.len() }
    }

    /// Number of events indexed.
    pub fn events(&self) -> usize {
        self.events
    }

    /// How many printed lines had begun once event `index` happened.
    pub fn lines_upto(&self, index: usize) -> usize {
        self.line_starts.partition_point(|&e| e <= index)
    }

    /// Where `seek` takes a playhead that is at event `from` (`None`: at the end, the full
    /// view). `None` is the end.
    pub fn target(&self, trace: &Trace, from: Option<usize>, seek: Seek) -> Option<usize> {
        let n = trace.events.len().min(self.events);
        if n == 0 {
            return None;
        }
        let last = n - 1;
        let skip = |i: usize| matches!(trace.events.get(i).map(|e| &e.kind), Some(EventKind::Paced { .. }));
        match seek {
            Seek::Home => Some(0),
            Seek::End => None,
            Seek::Next => {
                let from = from?;
                (from + 1..n).find(|&i| !skip(i))
            }
            Seek::Prev => match from {
                None => (0..n).rev().find(|&i| !skip(i)),
                Some(from) => (0..from.min(n)).rev().find(|&i| !skip(i)).or(Some(0)),
            },
            Seek::NextIteration => {
                let from = from?;
                let k = self.iterations.partition_point(|&i| i <= from);
                self.iterations.get(k).copied().filter(|&i| i <= last)
            }
            Seek::PrevIteration => {
                let from = from.unwrap_or(n);
                let k = self.iterations.partition_point(|&i| i < from);
                Some(if k == 0 { 0 } else { self.iterations[k - 1].min(last) })
            }
            Seek::Time(t) => {
                let end = trace.end_time().unwrap_or(trace.events[last].t).max(trace.events[last].t);
                if !t.is_finite() || t >= end {
                    return if t.is_nan() { from } else { None };
                }
                let events = &trace.events[..n];
                let after = events.partition_point(|e| e.t <= t);
                // The instant nearest to `t` that has events.
                let before_t = after.checked_sub(1).map(|i| events[i].t);
                let after_t = events.get(after).map(|e| e.t);
                let instant = match (before_t, after_t) {
                    (Some(b), Some(a)) => {
                        if t - b <= a - t {
                            b
                        } else {
                            a
                        }
                    }
                    (Some(b), None) => b,
                    (None, Some(a)) => a,
                    (None, None) => return None,
                };
                let i = events.partition_point(|e| e.t <= instant).saturating_sub(1);
                (0..=i).rev().find(|&i| !skip(i)).or(Some(i))
            }
        }
    }

    /// The task a ready-queue entry concerns, if any.
    pub fn handle_task(&self, h: &HandleInfo) -> Option<TaskId> {
        match *h {
            HandleInfo::Timer { seq } => self.timer(seq).and_then(|t| t.0),
            _ => handle_task_direct(h),
        }
    }

    /// [`describe_handle`], without searching the trace for timers.
    pub fn describe(&self, trace: &Trace, h: &HandleInfo) -> String {
        describe_with(trace, h, |seq| self.timer(seq).and_then(|t| t.0))
    }

    fn timer(&self, seq: u64) -> Option<&TimerRec> {
        self.timers.get(usize::try_from(seq).ok()?)?.as_ref()
    }

    /// What event `index` is, in one sentence for a learner. `replay` is the loop just
    /// after it (for the handle a `Dequeued` took).
    pub fn describe_event(&self, trace: &Trace, index: usize, replay: &LoopReplay) -> String {
        let Some(ev) = trace.events.get(index) else {
            return String::new();
        };
        let l = |task: TaskId| label(trace, task);
        match &ev.kind {
            EventKind::TaskCreated { task } => match trace.tasks.get(*task as usize).and_then(|i| i.parent) {
                Some(_) => format!("{} is created: its first step joins the ready queue", l(*task)),
                None => format!("asyncio.run creates the main task, {}", l(*task)),
            },
            EventKind::Queued { handle } => {
                format!("Joins the back of the ready queue: {}", self.describe(trace, handle))
            }
            EventKind::Dequeued => match replay.last_dequeued() {
                Some(h) => format!("The loop runs the front of the ready queue: {}", self.describe(trace, &h)),
                None => "The loop runs the front of the ready queue".to_owned(),
            },
            EventKind::StepStart { task } => format!("{} runs a step, up to its next await", l(*task)),
            EventKind::StepEnd { task, reason, line } => {
                format!("{} stops at {}: {}", l(*task), at_line(*line), suspend_words(trace, reason))
            }
            EventKind::TaskFinished { task, end } => format!("{} {}", l(*task), end_words(end)),
            EventKind::Blocked { task, secs: d } => format!(
                "{} calls time.sleep({}): the whole loop is held until {} s",
                l(*task),
                secs(*d),
                secs(ev.t + d)
            ),
            EventKind::Print { task, text } => {
                let who = task.map_or_else(|| "Module code".to_owned(), l);
                let text = text.trim_end_matches('\n');
                let short: String = text.chars().take(60).collect();
                let more = if short.len() < text.len() { "…" } else { "" };
                format!("{who} prints \u{201c}{short}{more}\u{201d}")
            }
            EventKind::Iteration { n } => {
                let jumped = index > 0 && trace.events.get(index - 1).is_some_and(|p| ev.t > p.t);
                if jumped {
                    format!(
                        "Loop iteration {n} begins: nothing was ready, so the clock jumped to the earliest timer, {} s",
                        secs(ev.t)
                    )
                } else {
                    format!("Loop iteration {n} begins: it runs the handles that are in the ready queue now")
                }
            }
            EventKind::TimerScheduled { deadline, task, kind, .. } => {
                let whose = task.map(l).unwrap_or_else(|| "a task".to_owned());
                match kind {
                    TimerKind::SleepWake => {
                        format!("A timer is set for {} s to end the sleep of {whose}", secs(*deadline))
                    }
                    TimerKind::WaitForTimeout => {
                        format!("A timer is set for {} s: the wait_for timeout of {whose}", secs(*deadline))
                    }
                    TimerKind::Callback => format!("A timer is set for {} s to run a callback", secs(*deadline)),
                    TimerKind::Timeout => format!("A timer is set for {} s: the timeout of {whose}", secs(*deadline)),
                }
            }
            EventKind::HandleCancelled { .. } => {
                "A callback waiting in the ready queue is cancelled: the loop will skip it".to_owned()
            }
            EventKind::TimerCancelled { seq } => match self.timer(*seq) {
                Some((task, deadline, _)) => format!(
                    "The timer due at {} s{} is cancelled",
                    secs(*deadline),
                    task.map(|t| format!(" for {}", l(t))).unwrap_or_default()
                ),
                None => "A timer is cancelled".to_owned(),
            },
            EventKind::Paced { .. } => "Live pace: the page waited for the wall clock".to_owned(),
            EventKind::PrimCreated { prim } => waits::created_words(trace, *prim),
            EventKind::PrimState { prim, state } => waits::state_words(trace, *prim, *state),
        }
    }
}

fn at_line(line: Option<u32>) -> String {
    match line {
        Some(n) => format!("the await on line {n}"),
        None => "an await".to_owned(),
    }
}

/// What a suspended task waits for.
fn suspend_words(trace: &Trace, reason: &Suspend) -> String {
    let l = |task: &TaskId| label(trace, *task);
    match reason {
        Suspend::Sleep { until } => format!("it sleeps until {} s", secs(*until)),
        Suspend::Yield => "sleep(0) lets the other ready tasks run first".to_owned(),
        Suspend::AwaitTask { task } => format!("it waits for {} to finish", l(task)),
        Suspend::AwaitGather { tasks } => match tasks.len() {
            1 => format!("its gather waits for {}", l(&tasks[0])),
            n => format!("its gather waits for {n} tasks to finish"),
        },
        Suspend::AwaitWaitFor { task, deadline } => {
            format!("wait_for waits for {}, at most until {} s", l(task), secs(*deadline))
        }
        Suspend::AwaitCancel { task } => format!("it waits for the cancelled {} to end", l(task)),
        Suspend::AwaitFuture => "it waits for a future".to_owned(),
        other => format!("it waits {}", waits::wait_core(trace, other).unwrap_or_default()),
    }
}

fn end_words(end: &TaskEnd) -> String {
    match end {
        TaskEnd::Returned(v) if v == "None" => "finishes".to_owned(),
        TaskEnd::Returned(v) => format!("returns {v}"),
        TaskEnd::Raised(e) => format!("raises {e}"),
        TaskEnd::Cancelled => "ends cancelled".to_owned(),
    }
}

/// "X", "X and Y", "X and 3 other tasks".
fn names(trace: &Trace, tasks: &[TaskId]) -> String {
    match tasks {
        [] => String::new(),
        [a] => label(trace, *a),
        [a, b] => format!("{} and {}", label(trace, *a), label(trace, *b)),
        [a, rest @ ..] => format!("{} and {} other tasks", label(trace, *a), rest.len()),
    }
}

/// One sentence explaining a segment of a task's lane in the Gantt chart: what the task
/// does from `start` to `end`, and why (found in the trace's events around `start`).
pub fn explain_segment(trace: &Trace, task: TaskId, state: State, start: f64, end: f64) -> String {
    let who = label(trace, task);
    let events = &trace.events;
    let from = events.partition_point(|e| e.t < start);
    let until = events.partition_point(|e| e.t <= end);
    let window = || (from..until).map(|i| (i, &events[i]));
    let step_end = || {
        window().find_map(|(i, e)| match &e.kind {
            EventKind::StepEnd { task: t, reason, line } if *t == task => Some((i, reason, *line)),
            _ => None,
        })
    };
    let span = if end > start {
        format!("from {} s to {} s", secs(start), secs(end))
    } else {
        format!("at {} s", secs(start))
    };
    match state {
        State::Running => {
            let is_start = |e: &Event| matches!(e.kind, EventKind::StepStart { task: t } if t == task);
            let steps = window().filter(|(_, e)| is_start(e)).count();
            if steps > 1 {
                return format!("{who} runs {steps} steps {span}, each up to its next await.");
            }
            // The step that begins here, or the one that goes on after a time.sleep.
            let (at, resumed) = match window().find(|(_, e)| is_start(e)) {
                Some((i, _)) => (i, false),
                None => (from, true),
            };
            let ending = events.get(at..).unwrap_or_default().iter().find_map(|e| match &e.kind {
                EventKind::StepEnd { task: t, reason, line } if *t == task => {
                    Some(format!(", up to {}: {}", at_line(*line), suspend_words(trace, reason)))
                }
                EventKind::TaskFinished { task: t, end } if *t == task => Some(format!(" and {}", end_words(end))),
                _ => None,
            });
            let ending = ending.unwrap_or_default();
            if resumed {
                format!("{who} goes on with its step {span}, after time.sleep{ending}.")
            } else if ending.starts_with(" and") {
                format!("{who} runs its last step {span}{ending}.")
            } else {
                format!("{who} runs a step {span}{ending}.")
            }
        }
        State::Sleeping => match step_end() {
            Some((_, Suspend::Sleep { until }, line)) if *until > end => format!(
                "{who} sleeps {span} at {}: its timer was due at {} s, but the sleep is interrupted at {} s.",
                at_line(line),
                secs(*until),
                secs(end)
            ),
            Some((_, Suspend::Sleep { .. }, line)) => {
                format!("{who} sleeps {span} at {}: meanwhile the loop runs other tasks.", at_line(line))
            }
            _ => format!("{who} sleeps {span}: meanwhile the loop runs other tasks."),
        },
        State::Waiting => match step_end() {
            Some((_, reason, line)) => {
                let what = match reason {
                    Suspend::AwaitTask { task: t } | Suspend::AwaitCancel { task: t } => {
                        format!("until {} has finished", label(trace, *t))
                    }
                    Suspend::AwaitGather { tasks } => match tasks.len() {
                        1 => format!("until {} (its gather) has finished", label(trace, tasks[0])),
                        n => format!("until the {n} tasks of its gather have finished"),
                    },
                    Suspend::AwaitWaitFor { task: t, deadline } => {
                        format!("until {} finishes or wait_for times out at {} s", label(trace, *t), secs(*deadline))
                    }
                    Suspend::Sleep { .. } | Suspend::Yield => "for its turn".to_owned(),
                    Suspend::AwaitFuture => "until a future is done".to_owned(),
                    other => waits::wait_core(trace, other).unwrap_or_default(),
                };
                format!("{who} waits {span} at {} {what}.", at_line(line))
            }
            None => format!("{who} waits {span} for another task."),
        },
        State::Blocked => match window().find_map(|(_, e)| match e.kind {
            EventKind::Blocked { task: t, secs: d } if t == task => Some(d),
            _ => None,
        }) {
            Some(d) => format!(
                "{who} calls time.sleep({}) at {} s: it holds the whole loop until {} s, so no other task can run.",
                secs(d),
                secs(start),
                secs(start + d)
            ),
            None => format!("{who} holds the whole loop in time.sleep {span}: no other task can run."),
        },
        State::Ready => explain_ready(trace, task, start, end, from),
    }
}

/// Why a task is ready from `start` to `end`, and who runs before it.
fn explain_ready(trace: &Trace, task: TaskId, start: f64, end: f64, from: usize) -> String {
    let who = label(trace, task);
    let events = &trace.events;
    // Its next step: the first StepStart of the task at `end` or later.
    let resume = (from..events.len())
        .find(|&i| events[i].t >= end && matches!(events[i].kind, EventKind::StepStart { task: t } if t == task))
        .unwrap_or(events.len());
    // What made it ready: the handle queued for it, or (when the loop was blocked and the
    // timer could not fire yet) the end of its sleep.
    let queued = (from..resume).find_map(|i| match events[i].kind {
        EventKind::Queued { handle } if handle_task_direct(&handle) == Some(task) => Some(handle),
        _ => None,
    });
    let why = match queued {
        Some(HandleInfo::Start { .. }) => "it was just created".to_owned(),
        Some(HandleInfo::Step { cancel: false, .. }) => "it yielded with sleep(0)".to_owned(),
        Some(HandleInfo::Step { cancel: true, .. }) => "it was cancelled".to_owned(),
        Some(HandleInfo::Wakeup { cause, .. }) => match cause {
            WakeCause::Sleep => "its sleep ended".to_owned(),
            WakeCause::Task(t) => format!("{} finished", label(trace, t)),
            WakeCause::Gather => "its gather finished".to_owned(),
            WakeCause::Waiter => "its wait_for is over".to_owned(),
            other => waits::wake_words(trace, other).unwrap_or_else(|| "it was woken".to_owned()),
        },
        _ => "it was woken".to_owned(),
    };
    // Who runs in the meantime; a time.sleep holding the loop comes first. Nothing
    // happens while the loop is held, so a block that began before `start` is among the
    // events of the last instant before it.
    let last_before = from.checked_sub(1).map(|i| events[i].t);
    let mut blocker: Option<(TaskId, f64)> = last_before.and_then(|bt| {
        events[..from].iter().rev().take_while(|e| e.t == bt).find_map(|e| match e.kind {
            EventKind::Blocked { task: t, secs: d } if t != task && e.t + d > start => Some((t, e.t + d)),
            _ => None,
        })
    });
    let mut others: Vec<TaskId> = Vec::new();
    for ev in &events[from..resume] {
        match ev.kind {
            EventKind::Blocked { task: t, secs: d } if t != task && blocker.is_none() => blocker = Some((t, ev.t + d)),
            EventKind::StepStart { task: t } if t != task && !others.contains(&t) => others.push(t),
            _ => {}
        }
    }
    let but = match blocker {
        Some((b, until)) => {
            format!("but {} holds the loop in time.sleep until {} s", label(trace, b), secs(until))
        }
        None if others.len() == 1 => format!("but {} runs first", names(trace, &others)),
        None if others.is_empty() => "and waits for its turn in the ready queue".to_owned(),
        None => format!("but {} run first", names(trace, &others)),
    };
    format!("{who} is ready: {why} at {} s, {but}.", secs(start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::timeline::Timeline;
    use crate::{Limits, native};

    const SEED2: &str = "import asyncio\n\nasync def countdown(task_name, seconds):\n    for i in range(seconds, 0, -1):\n        print(task_name, i)\n        await asyncio.sleep(1)\n    print(\"done!\")\n\nasync def main():\n    taskA = asyncio.create_task(countdown(\"task A\", 3))\n    taskB = asyncio.create_task(countdown(\"task B\", 2))\n    await asyncio.sleep(1)\n    print(\"Everything, everywhere, all at once\")\n    await taskA\n    await taskB\n\nasyncio.run(main())\n";

    #[test]
    fn describes_handles_in_words() {
        let trace = native::run(SEED2, Limits::default());
        let texts: Vec<String> = trace
            .events
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::Queued { handle } => Some(describe_handle(&trace, handle)),
                _ => None,
            })
            .collect();
        assert_eq!(texts[0], "start main()");
        assert!(texts.contains(&"start countdown(\"task A\", 3)".to_string()), "{texts:?}");
        assert!(texts.iter().any(|t| t.starts_with("timer due: end the sleep of countdown(\"task B\", 2)")));
        assert!(texts.iter().any(|t| t == "wake main(): countdown(\"task A\", 3) finished"), "{texts:?}");
    }

    fn scenario(name: &str) -> Trace {
        let src = match name {
            "02" => SEED2,
            "06" => include_str!("../../tests/scenarios/06_blocking_sleep.py"),
            "08" => include_str!("../../tests/scenarios/08_cancel_finally.py"),
            "09" => include_str!("../../tests/scenarios/09_wait_for_timeout.py"),
            "12" => include_str!("../../tests/scenarios/12_many_tasks.py"),
            _ => include_str!("../../tests/scenarios/03_seed_gather.py"),
        };
        native::run(src, Limits::default())
    }

    /// The index of the first event at virtual time `t` or later.
    fn first_at(trace: &Trace, t: f64) -> usize {
        trace.events.iter().position(|e| e.t >= t).expect("an event at t")
    }

    #[test]
    fn the_first_event_at_one_second_shows_the_three_timers_due() {
        // The page's end-to-end test moves the playhead to this event: the loop's
        // iteration 2 begins, the clock has jumped to 1.0 s and the three sleeps' timers
        // are about to fire (CPython's `_scheduled`; `_ready` is empty).
        let trace = scenario("02");
        let i = first_at(&trace, 1.0);
        assert_eq!(trace.events[i].kind, EventKind::Iteration { n: 2 });
        let snap = snapshot_at(&trace, i);
        assert_eq!(snap.now, 1.0);
        assert_eq!(snap.iteration, 3);
        assert!(snap.ready.is_empty());
        let timers: Vec<(f64, Option<TaskId>)> = snap.timers.iter().map(|t| (t.deadline, t.task)).collect();
        assert_eq!(timers, [(1.0, Some(0)), (1.0, Some(1)), (1.0, Some(2))]);
        // main() stands at its `await asyncio.sleep(1)`, the countdowns at theirs.
        let mut replay = LoopReplay::default();
        for k in 0..=i {
            replay.apply(&trace, k);
        }
        assert_eq!(replay.stands(), [Some(12), Some(6), Some(6)]);
        // One iteration later the three wake-ups are queued, in deadline order.
        let next = LoopIndex::build(&trace).target(&trace, Some(i), Seek::NextIteration).expect("iteration 3");
        let snap = snapshot_at(&trace, next);
        assert_eq!(trace.events[next].kind, EventKind::Iteration { n: 3 });
        let tasks: Vec<Option<TaskId>> = snap.ready.iter().map(|h| handle_task(&trace, h)).collect();
        assert_eq!(tasks, [Some(0), Some(1), Some(2)]);
        assert!(snap.timers.is_empty());
    }

    #[test]
    fn an_iteration_event_changes_neither_the_queue_nor_the_timers() {
        // So the state just after an `Iteration` event is CPython's at the start of that
        // iteration too (tests/loop_oracle.rs checks the state just before it).
        for name in ["02", "03", "06", "08", "09"] {
            let trace = scenario(name);
            let mut replay = LoopReplay::default();
            for (i, ev) in trace.events.iter().enumerate() {
                let before = replay.snapshot();
                replay.apply(&trace, i);
                if let EventKind::Iteration { .. } = ev.kind {
                    let after = replay.snapshot();
                    assert_eq!((before.ready, before.timers), (after.ready, after.timers), "{name} event {i}");
                }
            }
        }
    }

    #[test]
    fn the_cursor_agrees_with_a_replay_from_the_start_wherever_it_goes() {
        for name in ["02", "06", "12"] {
            let trace = scenario(name);
            let n = trace.events.len();
            let mut cursor = LoopCursor::with_interval(7);
            // Forward, backward, jumps, past the end.
            let mut seed = 12345u64;
            let mut targets = vec![0, n / 2, 3, n - 1, n + 10, 0, 14, 13, 6, 7, 8];
            for _ in 0..60 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                targets.push((seed >> 33) as usize % n);
            }
            for &t in &targets {
                let got = cursor.seek(&trace, t).snapshot();
                assert_eq!(got, snapshot_at(&trace, t), "{name}: seek to {t}");
                assert_eq!(cursor.replay().stands(), replay_to(&trace, t).stands(), "{name}: stands at {t}");
            }
            assert!(cursor.checkpoints.len() <= n / 7 + 1);
        }
        // The default interval keeps few checkpoints.
        let cursor = LoopCursor::new(1_000_000);
        assert!(cursor.interval >= 1_000_000 / LoopCursor::MAX_CHECKPOINTS);
        assert_eq!(LoopCursor::new(10).interval, LoopCursor::MIN_INTERVAL);
        // An empty trace.
        let empty = Trace::default();
        assert_eq!(LoopCursor::new(0).seek(&empty, 5).snapshot(), LoopSnapshot::default());
    }

    fn replay_to(trace: &Trace, index: usize) -> LoopReplay {
        let mut r = LoopReplay::default();
        for i in 0..=index.min(trace.events.len() - 1) {
            r.apply(trace, i);
        }
        r
    }

    #[test]
    fn deadlines_order_as_total_cmp() {
        let xs = [f64::NEG_INFINITY, -2.5, -0.0, 0.0, 1e-300, 0.5, 1.0, 3.0, 1e300, f64::INFINITY];
        for a in xs {
            for b in xs {
                assert_eq!(order(a).cmp(&order(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }

    #[test]
    fn seeks_move_by_event_iteration_and_nearest_instant() {
        let trace = scenario("02");
        let idx = LoopIndex::build(&trace);
        let n = trace.events.len();
        let at1 = first_at(&trace, 1.0);
        let last_at = |t: f64| trace.events.iter().rposition(|e| e.t == t).expect("event");
        assert_eq!(idx.target(&trace, Some(5), Seek::Home), Some(0));
        assert_eq!(idx.target(&trace, Some(5), Seek::End), None);
        assert_eq!(idx.target(&trace, Some(at1 - 1), Seek::Next), Some(at1));
        assert_eq!(idx.target(&trace, Some(at1), Seek::Prev), Some(at1 - 1));
        assert_eq!(idx.target(&trace, Some(0), Seek::Prev), Some(0));
        assert_eq!(idx.target(&trace, Some(n - 1), Seek::Next), None, "past the last event: the full view");
        assert_eq!(idx.target(&trace, None, Seek::Next), None);
        assert_eq!(idx.target(&trace, None, Seek::Prev), Some(n - 1));
        // Iterations.
        assert_eq!(idx.iterations.len(), 14);
        assert_eq!(idx.target(&trace, Some(0), Seek::NextIteration), Some(idx.iterations[0]));
        assert_eq!(idx.target(&trace, Some(idx.iterations[2]), Seek::NextIteration), Some(idx.iterations[3]));
        assert_eq!(idx.target(&trace, Some(idx.iterations[2] + 1), Seek::PrevIteration), Some(idx.iterations[2]));
        assert_eq!(idx.target(&trace, Some(idx.iterations[2]), Seek::PrevIteration), Some(idx.iterations[1]));
        assert_eq!(idx.target(&trace, Some(1), Seek::PrevIteration), Some(0));
        assert_eq!(idx.target(&trace, None, Seek::PrevIteration), Some(idx.iterations[13]));
        assert_eq!(idx.target(&trace, Some(idx.iterations[13]), Seek::NextIteration), None);
        assert_eq!(idx.iterations[2], at1);
        // Times: the nearest instant that has events, its last event; the end is the full view.
        assert_eq!(idx.target(&trace, None, Seek::Time(0.4)), Some(last_at(0.0)));
        assert_eq!(idx.target(&trace, None, Seek::Time(0.6)), Some(last_at(1.0)));
        assert_eq!(idx.target(&trace, None, Seek::Time(1.0)), Some(last_at(1.0)));
        assert_eq!(idx.target(&trace, None, Seek::Time(-3.0)), Some(last_at(0.0)));
        assert_eq!(idx.target(&trace, None, Seek::Time(2.9)), Some(n - 1));
        assert_eq!(idx.target(&trace, Some(4), Seek::Time(3.0)), None);
        assert_eq!(idx.target(&trace, Some(4), Seek::Time(f64::INFINITY)), None);
        assert_eq!(idx.target(&trace, Some(4), Seek::Time(f64::NAN)), Some(4));
        // Nothing to seek in an empty trace.
        let empty = Trace::default();
        assert_eq!(LoopIndex::build(&empty).target(&empty, Some(3), Seek::Home), None);
    }

    #[test]
    fn printed_lines_begin_at_their_print_events() {
        let src = "import asyncio\n\nasync def main():\n    print(\"a\", end=\"\")\n    await asyncio.sleep(1)\n    print(\"b\")\n    print(\"c\\nd\")\n    print(\"\", end=\"\")\n    print(\"e\", end=\"\")\n\nasyncio.run(main())\n";
        let trace = native::run(src, Limits::default());
        let idx = LoopIndex::build(&trace);
        let lines = trace.lines();
        assert_eq!(lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["ab", "c", "d", "e"]);
        assert_eq!(idx.line_starts.len(), lines.len());
        for (line, &i) in lines.iter().zip(&idx.line_starts) {
            assert_eq!(trace.events[i].t, line.t);
            assert!(matches!(trace.events[i].kind, EventKind::Print { .. }));
        }
        assert_eq!(idx.lines_upto(0), 0);
        assert_eq!(idx.lines_upto(idx.line_starts[0]), 1);
        assert_eq!(idx.lines_upto(trace.events.len()), 4);
        let seed = scenario("02");
        let idx = LoopIndex::build(&seed);
        assert_eq!(idx.lines_upto(first_at(&seed, 1.0)), 2);
    }

    #[test]
    fn events_are_told_in_words() {
        let trace = scenario("02");
        let idx = LoopIndex::build(&trace);
        let mut replay = LoopReplay::default();
        let mut texts = Vec::new();
        for i in 0..trace.events.len() {
            replay.apply(&trace, i);
            texts.push(idx.describe_event(&trace, i, &replay));
        }
        let at1 = first_at(&trace, 1.0);
        assert_eq!(
            texts[at1],
            "Loop iteration 2 begins: nothing was ready, so the clock jumped to the earliest timer, 1.0 s"
        );
        assert_eq!(texts[0], "asyncio.run creates the main task, main()");
        assert!(texts.contains(&"The loop runs the front of the ready queue: wake main(): its sleep ended".to_owned()));
        assert!(
            texts.contains(&"countdown(\"task A\", 3) stops at the await on line 6: it sleeps until 1.0 s".to_owned())
        );
        assert!(texts.contains(
            &"main() stops at the await on line 14: it waits for countdown(\"task A\", 3) to finish".to_owned()
        ));
        assert!(texts.contains(&"countdown(\"task B\", 2) prints \u{201c}task B 2\u{201d}".to_owned()));
        assert!(texts.contains(&"A timer is set for 1.0 s to end the sleep of main()".to_owned()));
        assert!(texts.iter().all(|t| !t.is_empty()));
        assert_eq!(idx.describe_event(&trace, 10_000, &replay), "");
        // The indexed descriptions of handles are the plain ones.
        for ev in &trace.events {
            if let EventKind::Queued { handle } = &ev.kind {
                assert_eq!(idx.describe(&trace, handle), describe_handle(&trace, handle));
                assert_eq!(idx.handle_task(handle), handle_task(&trace, handle));
            }
        }
    }

    #[test]
    fn segments_are_explained_in_one_sentence() {
        let trace = scenario("02");
        let a = 1;
        assert_eq!(
            explain_segment(&trace, a, State::Sleeping, 0.0, 1.0),
            "countdown(\"task A\", 3) sleeps from 0.0 s to 1.0 s at the await on line 6: meanwhile the loop runs other tasks."
        );
        assert_eq!(
            explain_segment(&trace, 0, State::Waiting, 1.0, 3.0),
            "main() waits from 1.0 s to 3.0 s at the await on line 14 until countdown(\"task A\", 3) has finished."
        );
        assert_eq!(
            explain_segment(&trace, a, State::Running, 1.0, 1.0),
            "countdown(\"task A\", 3) runs a step at 1.0 s, up to the await on line 6: it sleeps until 2.0 s."
        );
        assert_eq!(
            explain_segment(&trace, 2, State::Running, 2.0, 2.0),
            "countdown(\"task B\", 2) runs its last step at 2.0 s and finishes."
        );

        // A blocking time.sleep: the ticker's sleep ends while the blocker holds the loop.
        let trace = scenario("06");
        let tl = crate::views::timeline::Timeline::build(&trace, None);
        let lane = |p: &str| tl.lanes.iter().find(|l| l.label.starts_with(p)).expect("lane");
        let ticker = lane("ticker");
        let ready = ticker.segments.iter().find(|s| s.state == State::Ready).expect("a ready stretch");
        assert_eq!((ready.start, ready.end), (1.0, 2.0));
        assert_eq!(
            explain_segment(&trace, ticker.task, State::Ready, ready.start, ready.end),
            "ticker(\"T\") is ready: its sleep ended at 1.0 s, but blocker() holds the loop in time.sleep until 2.0 s."
        );
        let blocker = lane("blocker");
        let blocked = blocker.segments.iter().find(|s| s.state == State::Blocked).expect("blocked");
        assert_eq!(
            explain_segment(&trace, blocker.task, State::Blocked, blocked.start, blocked.end),
            "blocker() calls time.sleep(1.5) at 0.5 s: it holds the whole loop until 2.0 s, so no other task can run."
        );
        // Every segment of every lane of a few scenarios gets a sentence.
        for name in ["02", "03", "06", "08", "09", "12"] {
            let trace = scenario(name);
            for lane in Timeline::build(&trace, None).lanes {
                for seg in lane.segments {
                    let s = explain_segment(&trace, lane.task, seg.state, seg.start, seg.end);
                    assert!(s.starts_with(&lane.label) && s.ends_with('.'), "{name}: {s}");
                }
            }
        }
        // Bad input does not panic.
        let _ = explain_segment(&trace, 999, State::Ready, f64::NAN, -1.0);
    }
}
