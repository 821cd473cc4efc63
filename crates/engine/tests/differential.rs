//! Regressions of the differential test (tests/differential): each finding's minimal
//! program under tests/differential, with what CPython 3.11 printed for it through the
//! oracle, must give exactly the same JSON lines.

use loopscope_engine::{Limits, native};
use serde_json::Value;
use std::path::Path;

/// The first differing line of two JSON-lines outputs (values compared as JSON).
fn compare(expected: &str, got: &str) -> Result<(), String> {
    let exp: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
    let got: Vec<&str> = got.lines().filter(|l| !l.trim().is_empty()).collect();
    for i in 0..exp.len().max(got.len()) {
        let (Some(e), Some(g)) = (exp.get(i), got.get(i)) else {
            return Err(format!("line {}: expected {:?}, got {:?}", i + 1, exp.get(i), got.get(i)));
        };
        let ev: Value = serde_json::from_str(e).map_err(|x| format!("bad expectation {e}: {x}"))?;
        let gv: Value = serde_json::from_str(g).map_err(|x| format!("bad output {g}: {x}"))?;
        if ev != gv {
            return Err(format!("line {}:\n  expected {e}\n  got      {g}", i + 1));
        }
    }
    Ok(())
}

#[test]
fn differential_findings_match_the_oracle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/differential");
    let mut entries: Vec<_> =
        std::fs::read_dir(&dir).expect("tests/differential").flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for py in entries.iter().filter(|p| p.extension().is_some_and(|e| e == "py")) {
        let src = std::fs::read_to_string(py).expect("read program");
        let expected = std::fs::read_to_string(py.with_extension("jsonl")).expect("read expectation");
        let got = native::run(&src, Limits::default()).to_jsonl();
        count += 1;
        if let Err(why) = compare(&expected, &got) {
            failures.push(format!("{}: {why}", py.display()));
        }
    }
    assert!(count >= 1, "expected the findings' programs, found {count}");
    assert!(failures.is_empty(), "{} of {count} programs differ:\n{}", failures.len(), failures.join("\n"));
}
