//! The loop's state at the start of every iteration, as JSON lines — the format of
//! `tests/loop_oracle/instrument.py`, which records the same from CPython's own loop
//! (`_ready`, `_scheduled`). `loopscope run --loop-states` prints it; the loop-state tests
//! and the differential runner compare the two.

use crate::format::float_repr;
use crate::loopview::LoopReplay;
use crate::trace::{EventKind, HandleInfo, TimerKind, Trace, WakeCause};

fn opt(t: Option<u32>) -> String {
    t.map(|t| t.to_string()).unwrap_or_else(|| "null".into())
}

fn handle_json(h: &HandleInfo) -> String {
    match *h {
        HandleInfo::Start { task } => format!(r#"["start", {task}]"#),
        HandleInfo::Step { task, cancel: false } => format!(r#"["step", {task}]"#),
        HandleInfo::Step { task, cancel: true } => format!(r#"["throw", {task}]"#),
        HandleInfo::Wakeup { task, cause } => {
            let cause = match cause {
                WakeCause::Task(t) => format!(r#"["task", {t}]"#),
                WakeCause::Gather => r#"["gather"]"#.into(),
                WakeCause::Sleep | WakeCause::Waiter => r#"["future"]"#.into(),
            };
            format!(r#"["wakeup", {task}, {cause}]"#)
        }
        HandleInfo::GatherChild { child } => format!(r#"["gather_child", {}]"#, opt(child)),
        HandleInfo::ReleaseWaiter => r#"["release_waiter"]"#.into(),
        HandleInfo::Stop => r#"["stop"]"#.into(),
        HandleInfo::Internal => r#"["internal"]"#.into(),
        HandleInfo::Callback => r#"["other"]"#.into(),
        HandleInfo::Timer { seq } => format!(r#"["timer", {seq}]"#),
    }
}

/// One JSON object per loop iteration: `{"n": N, "now": T, "ready": [...], "timers": [...]}`,
/// the state just before the iteration's `Iteration` event.
pub fn iteration_states(trace: &Trace) -> Vec<String> {
    let mut replay = LoopReplay::default();
    let mut out = Vec::new();
    for (i, ev) in trace.events.iter().enumerate() {
        if let EventKind::Iteration { n } = ev.kind {
            let snap = replay.snapshot();
            let ready: Vec<String> = snap.ready.iter().map(handle_json).collect();
            let timers: Vec<String> = snap
                .timers
                .iter()
                .map(|t| {
                    let kind = match t.kind {
                        TimerKind::SleepWake => "sleep",
                        TimerKind::WaitForTimeout => "wait_for",
                        TimerKind::Callback => "other",
                    };
                    format!(r#"[{}, "{kind}", {}]"#, float_repr(t.deadline), opt(t.task))
                })
                .collect();
            out.push(format!(
                r#"{{"n": {n}, "now": {}, "ready": [{}], "timers": [{}]}}"#,
                float_repr(snap.now),
                ready.join(", "),
                timers.join(", ")
            ));
        }
        replay.apply(trace, i);
    }
    out
}
