//! Helpers shared by the integration tests (each test file that needs them says `mod common;`;
//! each compiles the whole module, hence the `allow`).
#![allow(dead_code)]

use loopscope_engine::{Limits, Trace, native};
use serde_json::Value;
use std::path::Path;
use std::time::{Duration, Instant};

/// Compares two JSON-lines outputs with the oracle's rules (compare.py): exact text,
/// exact floats; an expected SyntaxError only needs the same family and line.
pub fn compare_jsonl(expected: &str, got: &str) -> Result<(), String> {
    let exp: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
    let got: Vec<&str> = got.lines().filter(|l| !l.trim().is_empty()).collect();
    for i in 0..exp.len().max(got.len()) {
        let (Some(e), Some(g)) = (exp.get(i), got.get(i)) else {
            return Err(format!("line {}: expected {:?}, got {:?}", i + 1, exp.get(i), got.get(i)));
        };
        let ev: Value = serde_json::from_str(e).map_err(|x| format!("bad expectation {e}: {x}"))?;
        let gv: Value = serde_json::from_str(g).map_err(|x| format!("bad output {g}: {x}"))?;
        if ev == gv {
            continue;
        }
        if let (Some(ee), Some(ge)) = (ev["error"].as_str(), gv["error"].as_str())
            && ee.starts_with("SyntaxError")
            && ["SyntaxError", "IndentationError", "TabError"].iter().any(|k| ge.starts_with(k))
            && line_of(ee) == line_of(ge)
        {
            continue;
        }
        return Err(format!("line {}:\n  expected {e}\n  got      {g}", i + 1));
    }
    Ok(())
}

fn line_of(msg: &str) -> Option<&str> {
    let i = msg.rfind("(line ")?;
    msg[i + 6..].split(',').next()
}

/// Runs every `NAME.py` of `dir` (relative to the engine crate) and compares its JSON lines
/// with `NAME.jsonl` beside it (made by CPython through the oracle); fails listing every
/// program that differs, or when fewer than `at_least` programs were found.
pub fn check_against_oracle_outputs(dir: &str, at_least: usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut entries: Vec<_> =
        std::fs::read_dir(&dir).expect("the programs' folder").flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for py in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let src = std::fs::read_to_string(py).expect("read a program");
        let expected = std::fs::read_to_string(py.with_extension("jsonl")).expect("read its expected output");
        count += 1;
        if let Err(why) = compare_jsonl(&expected, &native::run(&src, Limits::default()).to_jsonl()) {
            failures.push(format!("{}: {why}", py.display()));
        }
    }
    assert!(count >= at_least, "expected at least {at_least} programs in {}, found {count}", dir.display());
    assert!(failures.is_empty(), "{} of {count} programs differ:\n{}", failures.len(), failures.join("\n"));
}

/// CPU time this thread has used, where Linux tells it (`/proc/thread-self/schedstat`,
/// nanoseconds on the CPU): unlike wall time, a busy shared machine does not inflate it.
pub fn thread_cpu() -> Option<Duration> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// Runs `src` on a thread of its own (with a run's stack) and returns its trace, its wall
/// time and its CPU time (the wall time where the CPU time is unknown).
pub fn timed_run(src: &str, limits: Limits) -> (Trace, Duration, Duration) {
    let src = src.to_owned();
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            let (wall, cpu) = (Instant::now(), thread_cpu());
            let trace = native::run_here(&src, limits);
            let wall = wall.elapsed();
            let cpu = cpu.zip(thread_cpu()).map_or(wall, |(a, b)| b.saturating_sub(a));
            (trace, wall, cpu)
        })
        .expect("spawn a run thread");
    worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
