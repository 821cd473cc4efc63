//! The loop's state at the start of every iteration, as JSON lines — the format of
//! `tests/loop_oracle/instrument.py`, which records the same from CPython's own loop
//! (`_ready`, `_scheduled`, and the waiters of every queue, lock, event, semaphore,
//! condition and task group). `loopscope run --loop-states` prints it; the loop-state
//! tests and the differential runner compare the two.

use crate::format::float_repr;
use crate::trace::{
    EventKind, HandleInfo, PrimInfo, PrimKind, PrimOp, PrimRole, PrimValue, TaskId, TimerKind, Trace, WakeCause,
    json_string,
};
use crate::views::loopview::{LoopReplay, PrimLive};

fn opt(t: Option<u32>) -> String {
    t.map(|t| t.to_string()).unwrap_or_else(|| "null".into())
}

fn handle_json(trace: &Trace, h: &HandleInfo) -> String {
    match *h {
        HandleInfo::Start { task } => format!(r#"["start", {task}]"#),
        HandleInfo::Step { task, cancel: false } => format!(r#"["step", {task}]"#),
        HandleInfo::Step { task, cancel: true } => format!(r#"["throw", {task}]"#),
        HandleInfo::Wakeup { task, cause } => {
            let cause = match cause {
                WakeCause::Task(t) => format!(r#"["task", {t}]"#),
                WakeCause::Gather => r#"["gather"]"#.into(),
                _ => r#"["future"]"#.into(),
            };
            format!(r#"["wakeup", {task}, {cause}]"#)
        }
        HandleInfo::GatherChild { child } => format!(r#"["gather_child", {}]"#, opt(child)),
        HandleInfo::ReleaseWaiter => r#"["release_waiter"]"#.into(),
        HandleInfo::Stop => r#"["stop"]"#.into(),
        HandleInfo::Internal => r#"["internal"]"#.into(),
        HandleInfo::Callback { name, .. } => match trace.name(name) {
            Some(n) => format!(r#"["callback", {}]"#, json_string(n)),
            None => r#"["callback", null]"#.into(),
        },
        HandleInfo::Timer { seq } => format!(r#"["timer", {seq}]"#),
    }
}

fn tasks_json<'a>(waiters: impl Iterator<Item = &'a (TaskId, PrimOp)>, op: Option<PrimOp>) -> String {
    let ids: Vec<String> = waiters.filter(|w| op.is_none_or(|o| w.1 == o)).map(|w| w.0.to_string()).collect();
    format!("[{}]", ids.join(", "))
}

/// A primitive as instrument.py describes CPython's: its number, class, what it is a part
/// of, its state, and its waiters (tasks whose waiter future is not done), in order.
fn prim_json(info: &PrimInfo, live: &PrimLive) -> String {
    let of = match info.role {
        PrimRole::Own => String::new(),
        PrimRole::JoinOf(q) => format!(r#", "of": ["join", {q}]"#),
        PrimRole::LockOf(c) => format!(r#", "of": ["lock", {c}]"#),
        PrimRole::AsCompleted => r#", "of": ["as_completed"]"#.to_owned(),
    };
    let w = |op| tasks_json(live.waiters.iter(), op);
    let rest = match (info.kind, live.state) {
        (PrimKind::Queue | PrimKind::LifoQueue | PrimKind::PriorityQueue, state) => {
            let (size, unfinished) = match state {
                Some(PrimValue::Queue { size, unfinished }) => (size, unfinished),
                _ => (0, 0),
            };
            format!(
                r#""maxsize": {}, "size": {size}, "unfinished": {unfinished}, "getters": {}, "putters": {}"#,
                info.size.unwrap_or(0),
                w(Some(PrimOp::Get)),
                w(Some(PrimOp::Put))
            )
        }
        (PrimKind::Lock, state) => {
            let (locked, owner) = match state {
                Some(PrimValue::Lock { locked, owner }) => (locked, owner),
                _ => (false, None),
            };
            format!(r#""locked": {}, "owner": {}, "waiters": {}"#, py_bool(locked), opt(owner), w(None))
        }
        (PrimKind::Event, state) => {
            let set = matches!(state, Some(PrimValue::Event { set: true }));
            format!(r#""set": {}, "waiters": {}"#, py_bool(set), w(None))
        }
        (PrimKind::Semaphore | PrimKind::BoundedSemaphore, state) => {
            let value = match state {
                Some(PrimValue::Semaphore { value }) => value,
                _ => 0,
            };
            format!(r#""value": {value}, "waiters": {}"#, w(None))
        }
        (PrimKind::Condition, _) => format!(r#""waiters": {}"#, w(None)),
        (PrimKind::TaskGroup, state) => {
            let tasks = match state {
                Some(PrimValue::TaskGroup { tasks }) => tasks,
                _ => 0,
            };
            format!(r#""tasks": {tasks}, "waiters": {}"#, w(None))
        }
    };
    format!(r#"{{"id": {}, "kind": "{}"{of}, {rest}}}"#, info.id, info.kind.class_name())
}

fn py_bool(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// One JSON object per loop iteration: `{"n": N, "now": T, "ready": [...], "timers": [...]}`
/// (plus `"prims": [...]` once the program has made a primitive), the state just before
/// the iteration's `Iteration` event.
pub fn iteration_states(trace: &Trace) -> Vec<String> {
    let mut replay = LoopReplay::default();
    let mut out = Vec::new();
    for (i, ev) in trace.events.iter().enumerate() {
        if let EventKind::Iteration { n } = ev.kind {
            let snap = replay.snapshot();
            let ready: Vec<String> = snap.ready.iter().map(|h| handle_json(trace, h)).collect();
            let timers: Vec<String> = snap
                .timers
                .iter()
                .map(|t| {
                    let kind = match t.kind {
                        TimerKind::SleepWake => "sleep",
                        TimerKind::WaitForTimeout => "wait_for",
                        TimerKind::Callback => "other",
                        TimerKind::Timeout => "timeout",
                    };
                    format!(r#"[{}, "{kind}", {}]"#, float_repr(t.deadline), opt(t.task))
                })
                .collect();
            let prims: Vec<String> =
                replay.prims().iter().zip(&trace.prims).map(|(live, info)| prim_json(info, live)).collect();
            let prims = if prims.is_empty() { String::new() } else { format!(r#", "prims": [{}]"#, prims.join(", ")) };
            out.push(format!(
                r#"{{"n": {n}, "now": {}, "ready": [{}], "timers": [{}]{prims}}}"#,
                float_repr(snap.now),
                ready.join(", "),
                timers.join(", ")
            ));
        }
        replay.apply(trace, i);
    }
    out
}
