//! Every scenario under tests/scenarios (copied from the public set, expectations made by
//! CPython through the oracle) must produce exactly the oracle's JSON lines.

use loopscope_engine::{Limits, native};
use serde_json::Value;
use std::path::Path;

/// Compares two JSON-lines outputs with the oracle's rules (compare.py): exact text,
/// exact floats; an expected SyntaxError only needs the same family and line.
fn compare(expected: &str, got: &str) -> Result<(), String> {
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

#[test]
fn public_scenarios_match_the_oracle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("scenario dir").flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for py in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let src = std::fs::read_to_string(py).expect("read scenario");
        let expected = std::fs::read_to_string(py.with_extension("jsonl")).expect("read expectation");
        let got = native::run(&src, Limits::default()).to_jsonl();
        count += 1;
        if let Err(why) = compare(&expected, &got) {
            failures.push(format!("{}: {why}", py.display()));
        }
    }
    assert!(count >= 20, "expected the public scenarios, found {count}");
    assert!(failures.is_empty(), "{} of {count} scenarios differ:\n{}", failures.len(), failures.join("\n"));
}

/// The page's presets (crates/app/presets, each with the oracle's output beside it) run
/// exactly as CPython runs them: the gallery never shows a learner a wrong lesson.
#[test]
fn presets_match_the_oracle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/presets");
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("presets dir").flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for py in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let src = std::fs::read_to_string(py).expect("read preset");
        let expected = std::fs::read_to_string(py.with_extension("jsonl")).expect("read the preset's expectation");
        count += 1;
        if let Err(why) = compare(&expected, &native::run(&src, Limits::default()).to_jsonl()) {
            failures.push(format!("{}: {why}", py.display()));
        }
    }
    assert!(count >= 21, "expected every preset, found {count}");
    assert!(failures.is_empty(), "{} of {count} presets differ:\n{}", failures.len(), failures.join("\n"));
}
