//! The event loop rebuilt from the trace (`loopview`) equals what CPython's own loop
//! holds — its `_ready` queue, pending `_scheduled` timers, and the waiters and state of
//! every queue, lock, event, semaphore, condition and task group — at the start of every
//! iteration. Expectations come from `tests/loop_oracle/instrument.py`, which instruments
//! the oracle's loop (regenerate with `tests/loop_oracle/regenerate.sh`). Scenarios are the
//! public ones (`tests/scenarios/NAME.py`), the page's presets (`preset.ID`:
//! `crates/app/presets/ID.py`), or kept beside their fixture (`tests/loop_oracle/NAME.py`);
//! the oracle's output `NAME.jsonl`, when beside the fixture, is checked too.

use loopscope_engine::loop_states::iteration_states;
use loopscope_engine::{Limits, native};
use serde_json::Value;
use std::path::Path;

#[test]
fn loop_state_matches_cpython_at_every_iteration() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let dir = root.join("loop_oracle");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_str().is_some_and(|s| s.ends_with(".loop.jsonl")))
        .collect();
    files.sort();
    assert!(files.len() >= 25, "fixtures missing");
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("").trim_end_matches(".loop.jsonl").to_string();
        let beside = dir.join(format!("{name}.py"));
        let path = match name.strip_prefix("preset.") {
            Some(id) => root.join("../../app/presets").join(format!("{id}.py")),
            None if beside.exists() => beside,
            None => root.join("scenarios").join(format!("{name}.py")),
        };
        let src = std::fs::read_to_string(&path).expect("scenario");
        let expected: Vec<Value> = std::fs::read_to_string(f)
            .expect("fixture")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        let trace = native::run(&src, Limits::default());
        if let Ok(output) = std::fs::read_to_string(dir.join(format!("{name}.jsonl")))
            && output != trace.to_jsonl()
        {
            failures.push(format!("{name}: output differs:\n{}\n  vs CPython's\n{output}", trace.to_jsonl()));
        }
        let got: Vec<Value> =
            iteration_states(&trace).iter().map(|l| serde_json::from_str(l).expect("our own JSON")).collect();
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
