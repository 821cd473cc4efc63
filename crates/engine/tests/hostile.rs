//! Hostile input: every case ends in a Python-style error or a clean limit message, never
//! a panic, a hang or unbounded memory. Memory is bounded by the limits: at most
//! `max_steps` interpreter steps (each records at most a few trace events), sequences of
//! at most 10 million items, 64 KiB of source.

use loopscope_engine::{Limits, Outcome, native};

fn outcome(src: &str) -> Outcome {
    outcome_with(src, Limits::default())
}

fn outcome_with(src: &str, limits: Limits) -> Outcome {
    native::run(src, limits).outcome.expect("a finished run has an outcome")
}

fn error(src: &str) -> String {
    match outcome(src) {
        Outcome::Error { message, .. } => message,
        other => panic!("expected an error, got {other:?}"),
    }
}

fn asyncio(body: &str) -> String {
    format!("import asyncio\nimport time\n{body}\n")
}

#[test]
fn infinite_loops_hit_the_step_limit() {
    assert_eq!(error("while True: pass"), "LimitError: step limit reached");
    let src = asyncio("async def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())");
    assert_eq!(error(&src), "LimitError: step limit reached");
    let src = asyncio("async def main():\n    while True:\n        pass\nasyncio.run(main())");
    assert_eq!(error(&src), "LimitError: step limit reached");
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    assert_eq!(error("def f(n):\n    return f(n + 1)\nf(0)"), "RecursionError: maximum recursion depth exceeded");
    let src = asyncio("async def f(n):\n    return await f(n + 1)\nasyncio.run(f(0))");
    assert_eq!(error(&src), "RecursionError: maximum recursion depth exceeded");
}

#[test]
fn huge_numbers_and_sequences_are_refused() {
    // Past the run's memory budget (256 MiB by default) a run stops, as CPython would
    // run out of memory; ints are arbitrary-precision as in CPython.
    assert!(error("print(10**10**10)").contains("too large"));
    assert_eq!(error("print(len('x' * 10**9))"), "LimitError: memory limit of 256 MiB reached");
    assert_eq!(error("a = [0] * 10**9"), "LimitError: memory limit of 256 MiB reached");
    let trace = native::run("print(9223372036854775807 + 1, 99999999999999999999999 * 10)", Limits::default());
    assert_eq!(trace.lines()[0].text, "9223372036854775808 999999999999999999999990");
}

#[test]
fn many_prints_hit_the_line_limit() {
    let src = "for i in range(200000):\n    print(i)";
    let trace = native::run(src, Limits::default());
    assert_eq!(trace.lines().len(), 100_000);
    assert!(matches!(trace.outcome, Some(Outcome::Error { ref message, .. })
        if message == "LimitError: printed line limit of 100000 reached"));
}

#[test]
fn too_many_tasks_hit_the_task_limit() {
    let src = asyncio(
        "async def w():\n    await asyncio.sleep(1)\nasync def main():\n    for i in range(100001):\n        asyncio.create_task(w())\nasyncio.run(main())",
    );
    assert_eq!(error(&src), "LimitError: task limit of 100000 live tasks reached");
}

#[test]
fn ten_thousand_tasks_within_the_limit_run() {
    let src = asyncio(
        "async def w(i):\n    await asyncio.sleep(1)\n    return i\nasync def main():\n    ts = []\n    for i in range(9999):\n        ts = ts + [asyncio.create_task(w(i))]\n    r = await asyncio.gather(*ts)\n    print(sum(r))\nasyncio.run(main())",
    );
    let limits = Limits { max_steps: 100_000_000, ..Limits::default() };
    let trace = native::run(&src, limits);
    assert_eq!(trace.lines()[0].text, "49985001");
}

#[test]
fn self_and_mutual_awaits() {
    let src = asyncio(
        "t = None\nasync def me():\n    await t\nasync def main():\n    global t\n    t = asyncio.create_task(me())\n    await t\nasyncio.run(main())",
    );
    assert!(error(&src).starts_with("RuntimeError: Task cannot await on itself"));
    let src = asyncio(
        "a = None\nb = None\nasync def wa():\n    await b\nasync def wb():\n    await a\nasync def main():\n    global a, b\n    a = asyncio.create_task(wa())\n    b = asyncio.create_task(wb())\n    await a\nasyncio.run(main())",
    );
    assert_eq!(error(&src), "Deadlock: no task can make progress");
}

#[test]
fn odd_durations() {
    let sleep = |d: &str| {
        asyncio(&format!("async def main():\n    await asyncio.sleep({d})\n    print('woke')\nasyncio.run(main())"))
    };
    assert_eq!(error(&sleep("1e308")), "LimitError: virtual time limit of 86400 s reached");
    assert_eq!(error(&sleep("float('inf')")), "LimitError: virtual time limit of 86400 s reached");
    assert!(matches!(outcome(&sleep("-5")), Outcome::End { t } if t == 0.0));
    assert!(matches!(outcome(&sleep("float('nan')")), Outcome::End { .. }));
    assert!(error(&sleep("'1'")).starts_with("TypeError"));
    let block = |d: &str| asyncio(&format!("time.sleep({d})"));
    assert_eq!(error(&block("-1")), "ValueError: sleep length must be non-negative");
    assert_eq!(error(&block("float('nan')")), "ValueError: Invalid value NaN (not a number)");
    assert_eq!(error(&block("1e308")), "LimitError: virtual time limit of 86400 s reached");
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_crash() {
    for depth in [50, 200, 1000, 100_000] {
        let src = format!("x = {}1{}", "(".repeat(depth), ")".repeat(depth));
        let _ = outcome(&src);
        let src = format!("x = {}1{}", "[".repeat(depth), "]".repeat(depth));
        let _ = outcome(&src);
        let src = format!("x = {}1", "-".repeat(depth));
        let _ = outcome(&src);
    }
    let mut src = String::new();
    for i in 0..300 {
        src.push_str(&" ".repeat(i));
        src.push_str("if True:\n");
    }
    src.push_str(&" ".repeat(300));
    src.push_str("pass\n");
    assert!(error(&src).starts_with("SyntaxError") || error(&src).starts_with("IndentationError"));
    let nested_f = format!("x = {}1{}", "f'{".repeat(50), "}'".repeat(50));
    let _ = outcome(&nested_f);
}

#[test]
fn long_lines_nul_bytes_and_odd_characters() {
    let long = format!("x = '{}'\nprint(len(x))", "a".repeat(60_000));
    assert!(matches!(outcome(&long), Outcome::End { .. }));
    let too_long = format!("x = '{}'", "a".repeat(70_000));
    assert!(error(&too_long).starts_with("LimitError: source size limit"));
    assert!(error("print(1)\0\n").starts_with("SyntaxError"));
    assert!(error("x = '\u{d7ff}\u{fffd}'\nprint(x +)").starts_with("SyntaxError"));
    assert!(error("print(\u{20ac})").starts_with("SyntaxError"));
}

#[test]
fn runtime_errors_keep_partial_output_and_say_where() {
    let src = "print('before')\nx = 1\nprint(x / 0)\n";
    let trace = native::run(src, Limits::default());
    assert_eq!(trace.lines()[0].text, "before");
    match trace.outcome {
        Some(Outcome::Error { message, line, .. }) => {
            assert_eq!(message, "ZeroDivisionError: division by zero");
            assert_eq!(line, Some(3));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(error("print(y)"), "NameError: name 'y' is not defined");
    assert_eq!(error("[1][5]"), "IndexError: list index out of range");
    assert_eq!(error("1 + 'a'"), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
}
