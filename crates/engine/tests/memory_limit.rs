//! Issue 14: a program that allocates without end stops at the run's memory budget
//! (SPEC section 3, 256 MiB by default) with `LimitError: memory limit of 256 MiB
//! reached`, quickly, keeping what it printed before.

mod common;

use loopscope_engine::{Limits, Outcome, native};
use std::time::Duration;

/// Each prints a line first (the partial output that must survive the limit).
const HOGS: &[(&str, &str)] = &[
    ("lists of a million", "xs = []\nwhile True:\n    xs.append([0] * 10**6)\n"),
    ("string doubling", "s = 'x'\nwhile True:\n    s = s + s\n"),
    ("string doubling in place", "s = 'ab'\nwhile True:\n    s += s\n"),
    ("a dict that grows forever", "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 10\n    i += 1\n"),
    ("a dict of lists", "d = {}\nwhile True:\n    d[len(d)] = list(range(1000))\n"),
    ("list multiplication", "xs = [0]\nwhile True:\n    xs = xs * 2\n"),
    ("list extension", "xs = []\nwhile True:\n    xs.extend(range(10000))\n"),
    ("a list of strings", "parts = []\nwhile True:\n    parts.append('x' * 100000)\n"),
    ("a set that grows forever", "s = set()\nwhile True:\n    s.add(len(s) * 3.5)\n"),
    ("nested tuples", "t = ()\nwhile True:\n    t = (t, [0] * 1000)\n"),
    ("a comprehension", "xs = [[0] * 1000 for _ in range(10**9)]\n"),
    (
        "tasks that each hold a big list",
        "import asyncio\n\nasync def hold():\n    data = [0] * 10**5\n    await asyncio.sleep(1)\n    return len(data)\n\nasync def main():\n    tasks = []\n    while True:\n        tasks.append(asyncio.create_task(hold()))\n        await asyncio.sleep(0)\n\nasyncio.run(main())\n",
    ),
];

const MESSAGE: &str = "LimitError: memory limit of 256 MiB reached";

/// CPU time allowed to reach the limit: the 2 s for an optimised build
/// (`cargo test --release`); a debug build (the default `cargo test`) is 10 to 20 times
/// slower, so there the bound only catches a runaway.
fn allowed() -> Duration {
    if cfg!(debug_assertions) { Duration::from_secs(40) } else { Duration::from_secs(2) }
}

/// Runs `src` and returns its outcome, its printed lines, its wall time and its CPU time.
fn timed(src: &str) -> (Outcome, Vec<String>, Duration, Duration) {
    let (trace, wall, cpu) = common::timed_run(src, Limits::default());
    let outcome = trace.outcome.clone().expect("a finished run has an outcome");
    (outcome, trace.lines().into_iter().map(|l| l.text).collect(), wall, cpu)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[test]
fn programs_that_allocate_without_end_stop_at_the_memory_limit() {
    let mut report = Vec::new();
    for &(name, body) in HOGS {
        let src = format!("print('before')\n{body}");
        let (outcome, lines, wall, cpu) = timed(&src);
        match &outcome {
            Outcome::Error { message, .. } => assert_eq!(message, MESSAGE, "{name}"),
            other => panic!("{name}: expected the memory limit, got {other:?}"),
        }
        assert_eq!(lines, ["before"], "{name}: the partial output is kept");
        assert!(cpu < allowed(), "{name}: the memory limit took {cpu:?} of CPU (allowed {:?})", allowed());
        report.push(format!("{name}: {:.0} ms CPU, {:.0} ms wall", ms(cpu), ms(wall)));
    }
    println!("time to the memory limit:\n  {}", report.join("\n  "));
}

/// The budget is the run's, not the process's: a limit given in `Limits` is the one
/// named and applied, and a run after a hog starts with the whole budget again.
#[test]
fn the_budget_is_per_run_and_named_in_the_message() {
    let hog = "xs = []\nwhile True:\n    xs.append([0] * 10**4)\n";
    for mib in [1usize, 8, 64] {
        let limits = Limits { max_memory: mib * 1024 * 1024, ..Limits::default() };
        match native::run(hog, limits).outcome {
            Some(Outcome::Error { message, .. }) => {
                assert_eq!(message, format!("LimitError: memory limit of {mib} MiB reached"))
            }
            other => panic!("{mib} MiB: {other:?}"),
        }
    }
    // Just under 8 MiB, run after run on the same thread: never over the budget, since each
    // run's objects are freed when it ends.
    let fits = "xs = [[0] * 1000 for _ in range(400)]\nprint(len(xs))\n";
    let limits = Limits { max_memory: 8 * 1024 * 1024, ..Limits::default() };
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            for _ in 0..20 {
                let trace = native::run_here(fits, limits);
                assert!(matches!(trace.outcome, Some(Outcome::End { .. })), "{:?}", trace.outcome);
            }
        })
        .expect("spawn");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
}
