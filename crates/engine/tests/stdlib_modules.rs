//! The `random` and `time` modules as programs see them.
//!
//! `tests/stdlib/*.py` are scenarios whose expected output (`*.jsonl` beside them) was
//! made by CPython 3.11 through the oracle (`python3 shared/oracle/oracle.py X.py >
//! X.jsonl`): every line must be the same, floats to the last bit. The tests below them
//! cover what the oracle cannot show: where its patched functions (plain Python
//! functions) answer differently from CPython's own (argument errors), what Loopscope
//! refuses, and the limits.

mod common;

use loopscope_engine::{Limits, Outcome, native};

#[test]
fn stdlib_scenarios_match_the_oracle() {
    common::check_against_oracle_outputs("tests/stdlib", 8);
}

/// The printed lines and the final outcome of a program.
fn run(src: &str) -> (Vec<String>, Outcome) {
    let trace = native::run(src, Limits::default());
    let lines = trace.lines().iter().map(|l| l.text.clone()).collect();
    (lines, trace.outcome.expect("a finished run has an outcome"))
}

fn error_of(src: &str) -> String {
    match run(src).1 {
        Outcome::Error { message, .. } => message,
        other => panic!("expected an error from {src:?}, got {other:?}"),
    }
}

/// What `print(repr(expr))` prints, or `Type: message` for the exception it raises.
fn eval(setup: &str, expr: &str) -> String {
    let src = format!(
        "{setup}\ntry:\n    print(repr({expr}))\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n"
    );
    let (lines, outcome) = run(&src);
    assert!(matches!(outcome, Outcome::End { .. }), "{expr}: {outcome:?}");
    lines.join("\n")
}

#[test]
fn argument_errors_are_cpythons_own() {
    // The oracle's patched functions are Python functions with other messages; these
    // are CPython 3.11's (checked with python3, unpatched).
    let r = "import random";
    for (expr, want) in [
        ("random.seed(1, 2, 3)", "TypeError: Random.seed() takes from 1 to 3 positional arguments but 4 were given"),
        ("random.seed(b=1)", "TypeError: Random.seed() got an unexpected keyword argument 'b'"),
        ("random.seed(1, a=2)", "TypeError: Random.seed() got multiple values for argument 'a'"),
        (
            "random.sample([1], 1, 2, counts=[1])",
            "TypeError: Random.sample() takes 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given",
        ),
        ("random.Random(1, 2)", "TypeError: Random.__init__() takes from 1 to 2 positional arguments but 3 were given"),
        ("random.Random().random(1)", "TypeError: Random.random() takes no arguments (1 given)"),
        ("random.Random().getrandbits()", "TypeError: Random.getrandbits() takes exactly one argument (0 given)"),
        (
            "random.Random.random(5)",
            "TypeError: descriptor 'random' for '_random.Random' objects doesn't apply to a 'int' object",
        ),
    ] {
        assert_eq!(eval(r, expr), want, "{expr}");
    }
    let t = "import time";
    for (expr, want) in [
        ("time.gmtime(1, 2)", "TypeError: gmtime() takes at most 1 argument (2 given)"),
        ("time.localtime(secs=1)", "TypeError: localtime() takes no keyword arguments"),
        ("time.ctime(1, 2)", "TypeError: ctime() takes at most 1 argument (2 given)"),
        ("time.strftime()", "TypeError: strftime() takes at least 1 argument (0 given)"),
        (
            "time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0), 3)",
            "TypeError: strftime() takes at most 2 arguments (3 given)",
        ),
        ("time.strftime(fmt='%Y')", "TypeError: strftime() takes no keyword arguments"),
        ("time.asctime(1, 2)", "TypeError: asctime expected at most 1 argument, got 2"),
        ("time.mktime()", "TypeError: time.mktime() takes exactly one argument (0 given)"),
        ("time.mktime(t=1)", "TypeError: time.mktime() takes no keyword arguments"),
        (
            "time.struct_time(range(9), sequence=range(9))",
            "TypeError: argument for structseq() given by name ('sequence') and position (1)",
        ),
    ] {
        assert_eq!(eval(t, expr), want, "{expr}");
    }
}

#[test]
fn time_constants_and_mktime() {
    let t = "import time";
    assert_eq!(eval(t, "(time.timezone, time.altzone, time.daylight, time.tzname)"), "(0, 0, 0, ('UTC', 'UTC'))");
    // glibc's mktime with TZ=UTC (values from python3 on the reference machine).
    for (expr, want) in [
        ("time.mktime((2020, 1, 1, 0, 0, 0, 0, 1, 0))", "1577836800.0"),
        ("time.mktime((1970, 1, 1, 0, 0, 0, 0, 1, 1))", "-3600.0"),
        ("time.mktime((1969, 12, 31, 23, 59, 59, 0, 1, 0))", "-1.0"),
        ("time.mktime((2024, 14, 40, 25, 61, 61, 0, 1, -1))", "1741831321.0"),
        ("time.mktime((2020, 100, -5, 30, -3, 99, 9, 999, 0))", "1837749519.0"),
        ("time.mktime((2**31 - 1, 13, 1, 0, 0, 0, 0, 1, 0))", "6.77679762335328e+16"),
        ("time.mktime((2**31 - 1, 12 * 2**20, 1, 0, 0, 0, 0, 1, 0))", "OverflowError: mktime argument out of range"),
        ("time.mktime((-2**31 + 1900, -5, 1, 0, 0, 0, 0, 1, 0))", "OverflowError: mktime argument out of range"),
        ("time.mktime((2020, -2**31, 1, 0, 0, 0, 0, 1, 0))", "5647338108576000.0"),
        ("time.mktime((2020, 1, 2**31 - 1, 2**31 - 1, 2**31 - 1, 2**31 - 1, 0, 1, 0))", "193406102482867.0"),
        ("time.mktime(time.gmtime(12345.6))", "12345.0"),
    ] {
        assert_eq!(eval(t, expr), want, "{expr}");
    }
}

#[test]
fn what_loopscope_refuses() {
    assert_eq!(
        error_of("import random\nrandom.randbytes(3)"),
        "NotImplementedError: random.randbytes() (bytes) is not supported by Loopscope"
    );
    assert_eq!(
        error_of("import random\nrandom.seed('abc', version=3)"),
        "NotImplementedError: random.seed() of a str with a version other than 1 or 2 is not supported by Loopscope"
    );
    // An int past Loopscope's size limit is an OverflowError, as everywhere in the VM.
    assert_eq!(eval("import random", "random.getrandbits(2**30)"), "OverflowError: integer is too large for Loopscope");
}

#[test]
fn endless_sampling_loops_stop_like_the_step_limit() {
    // CPython never returns from these (every draw is rejected).
    for call in ["random.gammavariate(float('nan'), 1)", "random.Random(3).vonmisesvariate(0, float('nan'))"] {
        assert_eq!(error_of(&format!("import random\n{call}")), "LimitError: step limit reached", "{call}");
    }
}

#[test]
fn huge_requests_hit_the_memory_limit() {
    for call in ["random.choices([1, 2], k=10**12)", "random.sample(range(10**15), 10**12)"] {
        let e = error_of(&format!("import random\n{call}"));
        assert!(e.starts_with("LimitError: memory limit"), "{call}: {e}");
    }
}

#[test]
fn each_run_starts_seeded_with_zero() {
    // random.seed(0); random.random() in CPython 3.11.
    let src = "import random\nprint(random.random())\nprint(random.Random().random())";
    let (lines, _) = run(src);
    assert_eq!(lines, ["0.8444218515250481", "0.8444218515250481"]);
    let (again, _) = run(src);
    assert_eq!(lines, again);
}

#[test]
fn struct_time_is_read_only() {
    let setup = "import time\nt = time.gmtime(0)";
    let src = format!("{setup}\ntry:\n    t.tm_year = 5\nexcept AttributeError as e:\n    print(e)\n");
    assert_eq!(run(&src).0, ["readonly attribute"]);
    let src = format!("{setup}\ntry:\n    t.year = 5\nexcept AttributeError as e:\n    print(e)\n");
    assert_eq!(run(&src).0, ["'time.struct_time' object has no attribute 'year'"]);
}
