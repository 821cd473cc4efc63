//! The event loop rebuilt from the trace (`loopview`) equals what CPython's own loop
//! holds — its `_ready` queue and pending `_scheduled` timers — at the start of every
//! iteration. Expectations come from `tests/loop_oracle/instrument.py`, which instruments
//! the oracle's loop (regenerate with `tests/loop_oracle/regenerate.sh`).

use loopscope_engine::loop_states::iteration_states;
use loopscope_engine::{Limits, native};
use serde_json::Value;
use std::path::Path;

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
        let got: Vec<Value> = iteration_states(&native::run(&src, Limits::default()))
            .iter()
            .map(|l| serde_json::from_str(l).expect("our own JSON"))
            .collect();
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
