//! The event loop rebuilt from the trace (`loopview`) equals what CPython's own loop
//! holds — its `_ready` queue and pending `_scheduled` timers — at the start of every
//! iteration. Expectations come from `tests/loop_oracle/instrument.py`, which instruments
//! the oracle's loop (regenerate with `tests/loop_oracle/regenerate.sh`).

use loopscope_engine::loopview::LoopReplay;
use loopscope_engine::trace::{EventKind, HandleInfo, TimerKind, WakeCause};
use loopscope_engine::{Limits, Trace, native};
use serde_json::{Value, json};
use std::path::Path;

fn handle_json(h: &HandleInfo) -> Value {
    match *h {
        HandleInfo::Start { task } => json!(["start", task]),
        HandleInfo::Step { task, cancel: false } => json!(["step", task]),
        HandleInfo::Step { task, cancel: true } => json!(["throw", task]),
        HandleInfo::Wakeup { task, cause } => {
            let cause = match cause {
                WakeCause::Task(t) => json!(["task", t]),
                WakeCause::Gather => json!(["gather"]),
                WakeCause::Sleep | WakeCause::Waiter => json!(["future"]),
            };
            json!(["wakeup", task, cause])
        }
        HandleInfo::GatherChild { child } => json!(["gather_child", child]),
        HandleInfo::ReleaseWaiter => json!(["release_waiter"]),
        HandleInfo::Stop => json!(["stop"]),
        HandleInfo::Internal => json!(["internal"]),
        HandleInfo::Timer { seq } => json!(["timer", seq]),
    }
}

/// One record per loop iteration: the state just before its `Iteration` event.
fn iterations(trace: &Trace) -> Vec<Value> {
    let mut replay = LoopReplay::default();
    let mut out = Vec::new();
    for (i, ev) in trace.events.iter().enumerate() {
        if let EventKind::Iteration { n } = ev.kind {
            let snap = replay.snapshot();
            let timers: Vec<Value> = snap
                .timers
                .iter()
                .map(|t| {
                    let kind = match t.kind {
                        TimerKind::SleepWake => "sleep",
                        TimerKind::WaitForTimeout => "wait_for",
                    };
                    json!([t.deadline, kind, t.task])
                })
                .collect();
            let ready: Vec<Value> = snap.ready.iter().map(handle_json).collect();
            out.push(json!({"n": n, "now": snap.now, "ready": ready, "timers": timers}));
        }
        replay.apply(trace, i);
    }
    out
}

#[test]
fn loop_state_matches_cpython_at_every_iteration() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files: Vec<_> =
        std::fs::read_dir(root.join("loop_oracle")).expect("fixtures").flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(files.len() >= 10, "fixtures missing");
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("").trim_end_matches(".loop.jsonl").to_string();
        let src = std::fs::read_to_string(root.join("scenarios").join(format!("{name}.py"))).expect("scenario");
        let expected: Vec<Value> = std::fs::read_to_string(f)
            .expect("fixture")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        let got = iterations(&native::run(&src, Limits::default()));
        for i in 0..expected.len().max(got.len()) {
            if expected.get(i) != got.get(i) {
                failures.push(format!(
                    "{name}, iteration {i}:\n  CPython:   {}\n  Loopscope: {}",
                    expected.get(i).map(|v| v.to_string()).unwrap_or_default(),
                    got.get(i).map(|v| v.to_string()).unwrap_or_default()
                ));
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
