//! The event loop at an instant of a finished run, rebuilt from the trace alone: the
//! clock, the task running, the ready queue in order, the pending timers, a task blocking
//! the loop. The page's event-loop panel is a pure view of this (no re-execution).

use crate::trace::{EventKind, HandleInfo, TaskId, TimerKind, Trace, WakeCause};
use std::collections::{BTreeMap, VecDeque};

/// A pending timer.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingTimer {
    pub seq: u64,
    pub deadline: f64,
    pub task: Option<TaskId>,
    pub kind: TimerKind,
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
    ready: VecDeque<HandleInfo>,
    timers: BTreeMap<u64, PendingTimer>,
    blocked: Option<(TaskId, f64)>,
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
                if let HandleInfo::Timer { seq } = handle {
                    self.timers.remove(seq);
                }
                self.ready.push_back(*handle);
            }
            EventKind::Dequeued => {
                self.ready.pop_front();
            }
            EventKind::TimerScheduled { seq, deadline, task, kind } => {
                self.timers.insert(*seq, PendingTimer { seq: *seq, deadline: *deadline, task: *task, kind: *kind });
            }
            EventKind::TimerCancelled { seq } => {
                self.timers.remove(seq);
            }
            EventKind::Iteration { n } => self.iteration = n + 1,
            EventKind::StepStart { task } => self.running = Some(*task),
            EventKind::StepEnd { .. } | EventKind::TaskFinished { .. } => self.running = None,
            EventKind::Blocked { task, secs } => self.blocked = Some((*task, ev.t + secs)),
            _ => {}
        }
    }

    pub fn snapshot(&self) -> LoopSnapshot {
        let mut timers: Vec<PendingTimer> = self.timers.values().cloned().collect();
        timers.sort_by(|a, b| a.deadline.total_cmp(&b.deadline).then(a.seq.cmp(&b.seq)));
        LoopSnapshot {
            index: self.index,
            now: self.now,
            iteration: self.iteration,
            running: self.running,
            ready: self.ready.iter().copied().collect(),
            timers,
            blocked: self.blocked,
        }
    }
}

/// The task a ready-queue entry concerns, if any (for colours and `data-task`).
pub fn handle_task(trace: &Trace, h: &HandleInfo) -> Option<TaskId> {
    match *h {
        HandleInfo::Start { task } | HandleInfo::Step { task, .. } | HandleInfo::Wakeup { task, .. } => Some(task),
        HandleInfo::GatherChild { child } => child,
        HandleInfo::Timer { seq } => timer_task(trace, seq),
        HandleInfo::ReleaseWaiter | HandleInfo::Stop | HandleInfo::Internal => None,
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
            };
            format!("wake {}: {why}", label(trace, task))
        }
        HandleInfo::GatherChild { child: Some(c) } => format!("gather: note that {} is done", label(trace, c)),
        HandleInfo::GatherChild { child: None } => "gather: a child is done".into(),
        HandleInfo::ReleaseWaiter => "wait_for: release the waiting task".into(),
        HandleInfo::Stop => "stop the loop after this iteration".into(),
        HandleInfo::Timer { seq } => match timer_task(trace, seq) {
            Some(t) => format!("timer due: end the sleep of {}", label(trace, t)),
            None => "timer due".into(),
        },
        HandleInfo::Internal => "asyncio.run's shutdown step".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
}
