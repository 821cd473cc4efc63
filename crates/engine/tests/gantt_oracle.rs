//! The Gantt chart's lanes ([`Timeline`]) against CPython's own run of the same program:
//! for every task, the time drawn sleeping, blocked and waiting adds up to what CPython's
//! loop measured, and no segment goes past the end of the waits it draws (a cancelled
//! sleep ends when the cancellation queued the task, not at its deadline).
//!
//! Expectations: `tests/gantt_oracle/NAME.intervals.json`, made by
//! `tests/gantt_oracle/intervals.py` (it instruments the oracle's loop; regenerate with
//! `tests/gantt_oracle/regenerate.sh`). Scenarios: the public ones (`tests/scenarios`),
//! the page's presets (`preset.ID`), the loop-state fixtures' (`loop.NAME`) and those kept
//! beside these fixtures (`NAME.py`, with the oracle's output `NAME.jsonl`, checked too).
//! When python3 and the oracle are at hand (`../shared/oracle`, or `LOOPSCOPE_ORACLE`),
//! the fixtures are also regenerated and compared, so they cannot go stale unnoticed.

use loopscope_engine::timeline::{Lane, Segment, State, Timeline};
use loopscope_engine::{Limits, native};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Sums are made in another order than CPython's: allow for rounding, nothing more.
const EPS: f64 = 1e-9;

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// Every fixture: (name, scenario path, fixture path).
fn fixtures() -> Vec<(String, PathBuf, PathBuf)> {
    let root = tests_dir();
    let dir = root.join("gantt_oracle");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_str().is_some_and(|s| s.ends_with(".intervals.json")))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let name =
                f.file_name().and_then(|n| n.to_str()).unwrap_or("").trim_end_matches(".intervals.json").to_string();
            let source = if let Some(id) = name.strip_prefix("preset.") {
                root.join("../../app/presets").join(format!("{id}.py"))
            } else if let Some(n) = name.strip_prefix("loop.") {
                root.join("loop_oracle").join(format!("{n}.py"))
            } else if dir.join(format!("{name}.py")).exists() {
                dir.join(format!("{name}.py"))
            } else {
                root.join("scenarios").join(format!("{name}.py"))
            };
            (name, source, f)
        })
        .collect()
}

fn pairs(v: &Value) -> Vec<(f64, f64)> {
    v.as_array()
        .map(|a| a.iter().filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?))).collect())
        .unwrap_or_default()
}

/// The intervals joined where they touch or overlap (a chart may draw two sleeps that
/// follow each other as one segment).
fn union(mut v: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<(f64, f64)> = Vec::new();
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 + EPS => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// What is wrong with one state of one lane: its total, and segments outside the waits.
fn compare(what: &str, segments: &[&Segment], expected: Vec<(f64, f64)>, problems: &mut Vec<String>) {
    let drawn: f64 = segments.iter().map(|s| s.end - s.start).sum();
    let real: f64 = expected.iter().map(|(a, b)| b - a).sum();
    if (drawn - real).abs() > EPS {
        problems.push(format!("{what}: {drawn} s drawn, CPython's run spent {real} s"));
    }
    let waits = union(expected);
    for s in segments {
        if !waits.iter().any(|&(a, b)| s.start >= a - EPS && s.end <= b + EPS) {
            problems.push(format!("{what}: the segment [{}, {}] is not inside one of {waits:?}", s.start, s.end));
        }
    }
}

fn check_lane(name: &str, lane: &Lane, expected: &Value, problems: &mut Vec<String>) {
    for (state, key) in [(State::Sleeping, "sleeping"), (State::Blocked, "blocked"), (State::Waiting, "waiting")] {
        let segs: Vec<&Segment> = lane.segments.iter().filter(|s| s.state == state).collect();
        let what = format!("{name}, task {} {}, {key}", lane.task, lane.label);
        compare(&what, &segs, pairs(&expected[key]), problems);
    }
}

#[test]
fn gantt_lanes_spend_the_time_cpython_spends() {
    let all = fixtures();
    assert!(all.len() >= 60, "fixtures missing: {}", all.len());
    let mut problems = Vec::new();
    for (name, source, fixture) in &all {
        let src = std::fs::read_to_string(source).expect("scenario");
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(fixture).expect("fixture")).expect("json");
        let trace = native::run(&src, Limits::default());
        let output = source.with_extension("jsonl");
        if source.starts_with(tests_dir().join("gantt_oracle"))
            && let Ok(want) = std::fs::read_to_string(&output)
            && want != trace.to_jsonl()
        {
            problems.push(format!("{name}: output differs:\n{}\n  vs CPython's\n{want}", trace.to_jsonl()));
        }
        let tl = Timeline::build(&trace, None);
        if Some(tl.end) != expected["end"].as_f64() {
            problems.push(format!("{name}: ends at {}, CPython's run at {}", tl.end, expected["end"]));
        }
        let tasks = expected["tasks"].as_array().cloned().unwrap_or_default();
        if tasks.len() != tl.lanes.len() {
            problems.push(format!("{name}: {} lanes, CPython's run made {} tasks", tl.lanes.len(), tasks.len()));
            continue;
        }
        for lane in &tl.lanes {
            match tasks.iter().find(|t| t["id"].as_u64() == Some(u64::from(lane.task))) {
                Some(t) => check_lane(name, lane, t, &mut problems),
                None => problems.push(format!("{name}: no task {} in CPython's run", lane.task)),
            }
        }
        let module: Vec<&Segment> = tl.module_segments.iter().collect();
        compare(&format!("{name}, module code, blocked"), &module, pairs(&expected["module"]), &mut problems);
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// The oracle's directory, when it is on this machine.
fn oracle_dir() -> Option<PathBuf> {
    let root = tests_dir().join("../../..");
    let candidates = [
        std::env::var_os("LOOPSCOPE_ORACLE").map(PathBuf::from),
        Some(root.join("../shared/oracle")),
        Some(root.join("../../shared/oracle")),
    ];
    candidates.into_iter().flatten().find(|d| d.join("oracle.py").is_file())
}

#[test]
fn fixtures_are_what_cpython_gives_today() {
    let Some(oracle) = oracle_dir() else {
        eprintln!("no oracle (../shared/oracle or LOOPSCOPE_ORACLE): fixtures not regenerated");
        return;
    };
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("no python3: fixtures not regenerated");
        return;
    }
    let script = tests_dir().join("../../../tests/gantt_oracle/intervals.py");
    let all = fixtures();
    // Two at a time: each is a CPython start-up.
    let problems: Vec<String> = std::thread::scope(|s| {
        let halves: Vec<_> = all
            .chunks(all.len().div_ceil(2).max(1))
            .map(|chunk| {
                let (oracle, script) = (&oracle, &script);
                s.spawn(move || {
                    let mut problems = Vec::new();
                    for (name, source, fixture) in chunk {
                        let out = Command::new("python3").arg(script).arg(oracle).arg(source).output();
                        let got: Option<Value> = out.ok().and_then(|o| serde_json::from_slice(&o.stdout).ok());
                        let want: Option<Value> =
                            std::fs::read_to_string(fixture).ok().and_then(|t| serde_json::from_str(&t).ok());
                        if got.is_none() || got != want {
                            problems.push(format!("{name}: intervals.py now gives {got:?}"));
                        }
                    }
                    problems
                })
            })
            .collect();
        halves.into_iter().flat_map(|h| h.join().unwrap_or_else(|_| vec!["a thread panicked".into()])).collect()
    });
    assert!(problems.is_empty(), "stale fixtures (run tests/gantt_oracle/regenerate.sh):\n{}", problems.join("\n"));
}
