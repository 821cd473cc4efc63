//! The durations panel's model (SPEC section 6): every numeric duration literal in a
//! scenario, where it is, what it is, and how editing it rewrites the source.
//!
//! The spans come from the parser (never from a regex in the UI). A duration is a numeric
//! literal (optionally with a unary minus or plus) that is:
//!
//! - the delay of `asyncio.sleep(d)` / `asyncio.sleep(delay=d)`;
//! - the argument of `time.sleep(d)`;
//! - the timeout of `asyncio.wait_for(aw, t)` / `asyncio.wait_for(aw, timeout=t)`;
//! - a numeric argument, positional or keyword, at a call site of an `async def` defined in
//!   the scenario (`countdown("task A", 3)`: the `3`, parameter `seconds`).
//!
//! Anything that is not a literal (`asyncio.sleep(seconds)`, `sleep(1 + 1)`) is skipped, and
//! so are `True`/`False`. Editing one duration rewrites exactly its bytes: [`rewrite`].

use crate::format::float_repr;
use crate::syntax::ast::{Arg, Expr, ExprKind, FunctionDef, Module, Name, Span, UnaryOp};
use crate::syntax::diag::{Diagnostic, LineIndex};
use crate::syntax::visit::{self, Visitor};
use std::collections::HashMap;

/// One numeric duration of the scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    /// The literal's bytes in the source, including a leading unary `-`/`+` if present.
    pub span: Span,
    /// 1-based line of the literal (of its sign, if any).
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
    /// Its value (negative for `-1`).
    pub value: f64,
    /// An `int` literal (`3`), not a `float` one (`3.0`, `1e3`).
    pub is_int: bool,
    /// The exact source text of `span`.
    pub text: String,
    /// What the field is, for its label and `aria-label`: `countdown("task A", 3) · seconds`,
    /// `line 6 · asyncio.sleep`, `line 9 · time.sleep`, `line 12 · wait_for timeout`.
    pub label: String,
    pub kind: DurationKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DurationKind {
    AsyncioSleep,
    TimeSleep,
    WaitForTimeout,
    /// An argument at a call site of a user coroutine: its function and parameter.
    CoroutineArg {
        func: String,
        param: String,
    },
}

impl Duration {
    /// Whether only whole numbers make sense here: an `int` argument of a user coroutine (it
    /// may feed a `range(...)`). Sleeps and timeouts take any number, even where the literal
    /// is an `int` today (`asyncio.sleep(1)` may become `asyncio.sleep(0.5)`).
    pub fn integer_only(&self) -> bool {
        self.is_int && matches!(self.kind, DurationKind::CoroutineArg { .. })
    }

    /// What the user typed in this duration's field, validated: [`parse_duration_input`] with
    /// [`Duration::integer_only`].
    pub fn input(&self, text: &str) -> Result<String, String> {
        parse_duration_input(text, self.integer_only())
    }
}

/// Parses and checks `source`, then lists its durations (an empty list is normal; a source
/// that does not parse gives its diagnostics).
pub fn durations_in(source: &str) -> Result<Vec<Duration>, Vec<Diagnostic>> {
    let module = crate::syntax::parse(source)?;
    Ok(durations(&module, source))
}

/// Every duration of the module, in source order.
pub fn durations(module: &Module, source: &str) -> Vec<Duration> {
    let mut defs = Coroutines::default();
    visit::walk_body(&mut defs, &module.body);
    let mut w = Walker { source, lines: LineIndex::new(source), coroutines: defs.by_name, found: Vec::new() };
    visit::walk_body(&mut w, &module.body);
    let mut found = w.found;
    found.sort_by_key(|d| (d.span.start, d.span.end));
    found.dedup_by_key(|d| d.span);
    found
}

/// The parameters of an `async def` that a call can fill.
#[derive(Clone, Debug)]
struct Params {
    /// By position: positional-only, then positional-or-keyword.
    positional: Vec<Name>,
    /// By name: positional-or-keyword, then keyword-only.
    keyword: Vec<Name>,
}

impl Params {
    fn of(def: &FunctionDef) -> Params {
        let p = &def.params;
        Params {
            positional: p.posonly.iter().chain(&p.args).map(|p| p.name.clone()).collect(),
            keyword: p.args.iter().chain(&p.kwonly).map(|p| p.name.clone()).collect(),
        }
    }
}

/// Every function `def`ined in the scenario (nested ones too, not methods), by name, in
/// source order: the last one of a name wins; only `async def`s are kept. `None` marks a
/// name last bound by a plain `def`.
#[derive(Default)]
struct Coroutines {
    by_name: HashMap<Name, Option<Params>>,
}

impl<'a> Visitor<'a> for Coroutines {
    fn visit_function(&mut self, def: &'a FunctionDef) {
        if !def.is_lambda {
            self.by_name.insert(def.name.clone(), def.is_async.then(|| Params::of(def)));
        }
        visit::walk_function(self, def);
    }

    fn visit_class(&mut self, _: &'a crate::syntax::ast::ClassDef) {
        // Methods are called as attributes, never by their bare name.
    }
}

struct Walker<'a> {
    source: &'a str,
    lines: LineIndex<'a>,
    coroutines: HashMap<Name, Option<Params>>,
    found: Vec<Duration>,
}

impl<'a> Visitor<'a> for Walker<'_> {
    fn visit_expr(&mut self, e: &'a Expr) {
        if let ExprKind::Call { func, args } = &e.kind {
            self.call(e.span, func, args);
        }
        visit::walk_expr(self, e);
    }
}

impl Walker<'_> {
    /// Records the durations among the arguments of one call.
    fn call(&mut self, call_span: Span, func: &Expr, args: &[Arg]) {
        match &func.kind {
            ExprKind::Attribute { value, attr, .. } => {
                let ExprKind::Name(module) = &value.kind else { return };
                let (position, keyword, kind, what) = match (&**module, &**attr) {
                    ("asyncio", "sleep") => (0, Some("delay"), DurationKind::AsyncioSleep, "asyncio.sleep"),
                    ("time", "sleep") => (0, None, DurationKind::TimeSleep, "time.sleep"),
                    ("asyncio", "wait_for") => (1, Some("timeout"), DurationKind::WaitForTimeout, "wait_for timeout"),
                    _ => return,
                };
                for (i, a) in positional(args) {
                    if i == position {
                        self.literal(a, kind.clone(), |line| format!("line {line} · {what}"));
                    }
                }
                for a in args {
                    if let Arg::Keyword(k) = a
                        && Some(&*k.name) == keyword
                    {
                        self.literal(&k.value, kind.clone(), |line| format!("line {line} · {what}"));
                    }
                }
            }
            ExprKind::Name(name) => {
                let Some(Some(params)) = self.coroutines.get(name).cloned() else { return };
                let call_text = call_label(self.source, call_span);
                let record = |w: &mut Self, value: &Expr, param: &str| {
                    let kind = DurationKind::CoroutineArg { func: name.to_string(), param: param.to_string() };
                    w.literal(value, kind, |_| format!("{call_text} · {param}"));
                };
                for (i, a) in positional(args) {
                    if let Some(p) = params.positional.get(i) {
                        record(self, a, p);
                    }
                }
                for a in args {
                    if let Arg::Keyword(k) = a
                        && params.keyword.contains(&k.name)
                    {
                        record(self, &k.value, &k.name);
                    }
                }
            }
            _ => {}
        }
    }

    /// Records `e` if it is a numeric literal, possibly signed.
    fn literal(&mut self, e: &Expr, kind: DurationKind, label: impl FnOnce(u32) -> String) {
        let (sign, inner) = match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Neg, operand } => (-1.0, &**operand),
            ExprKind::UnaryOp { op: UnaryOp::Pos, operand } => (1.0, &**operand),
            _ => (1.0, e),
        };
        let (value, is_int) = match inner.kind {
            ExprKind::Int(v) => (v as f64, true),
            ExprKind::Float(v) => (v, false),
            _ => return,
        };
        let Some(text) = self.source.get(e.span.start as usize..e.span.end as usize) else { return };
        let (line, col) = self.lines.line_col(e.span.start);
        self.found.push(Duration {
            span: e.span,
            line,
            col,
            value: sign * value,
            is_int,
            text: text.to_string(),
            label: label(line),
            kind,
        });
    }
}

/// The positional arguments with their positions, up to the first `*args` (after it, the
/// positions are unknown).
fn positional(args: &[Arg]) -> impl Iterator<Item = (usize, &Expr)> {
    args.iter()
        .take_while(|a| !matches!(a, Arg::Starred(_)))
        .filter_map(|a| match a {
            Arg::Positional(e) => Some(e),
            _ => None,
        })
        .enumerate()
}

/// The longest call label, in characters, before it is shortened in the middle.
const LABEL_MAX: usize = 40;

/// A call's source text on one line, comments dropped, shortened in the middle (with `…`)
/// past [`LABEL_MAX`] characters: `countdown("task A", 3)`.
fn call_label(source: &str, span: Span) -> String {
    let (start, end) = (span.start as usize, span.end as usize);
    let tokens = crate::syntax::lexer::tokenize_range_for_highlight(source, start, end);
    let mut text = String::new();
    let mut prev: Option<(&str, usize)> = None;
    for t in &tokens {
        use crate::syntax::lexer::TokenKind as K;
        if matches!(t.kind, K::Comment | K::Newline | K::Indent | K::Dedent | K::EndMarker) {
            continue;
        }
        let Some(tok) = source.get(t.span.start as usize..t.span.end as usize) else { continue };
        if let Some((p, p_end)) = prev {
            let gap = source.get(p_end..t.span.start as usize).unwrap_or("");
            let multiline = gap.contains('\n') || gap.contains('#');
            if multiline {
                // A trailing comma before the closing bracket of a multi-line call.
                if p == "," && matches!(tok, ")" | "]") {
                    text.pop();
                } else if !matches!(p, "(" | "[") && !matches!(tok, ")" | "]" | ",") {
                    text.push(' ');
                }
            } else if !gap.is_empty() {
                text.push(' ');
            }
        }
        text.push_str(tok);
        prev = Some((tok, t.span.end as usize));
    }
    if text.is_empty() {
        text = source.get(start..end).unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
    }
    shorten(&text, LABEL_MAX)
}

/// `text` if it has at most `max` characters, else its head and tail around a `…`.
fn shorten(text: &str, max: usize) -> String {
    let n = text.chars().count();
    if n <= max {
        return text.to_string();
    }
    let tail = max / 3;
    let head = max - tail - 1;
    let head: String = text.chars().take(head).collect();
    let tail: String = text.chars().skip(n - tail).collect();
    format!("{}…{}", head.trim_end(), tail.trim_start())
}

/// `source` with `d`'s span replaced by `new_text`, every other byte unchanged. If the source
/// no longer holds `d.text` at that span (a stale duration), the source is returned as it is.
pub fn rewrite(source: &str, d: &Duration, new_text: &str) -> String {
    let (start, end) = (d.span.start as usize, d.span.end as usize);
    if source.get(start..end) != Some(d.text.as_str()) {
        return source.to_string();
    }
    let mut out = String::with_capacity(source.len() + new_text.len());
    out.push_str(&source[..start]);
    out.push_str(new_text);
    out.push_str(&source[end..]);
    out
}

/// Validates what the user typed in a duration field and returns the Python literal to
/// write into the source, or a message for the user.
///
/// Accepted: surrounding spaces, a leading `+`, a decimal integer (`3`, `007`), a decimal
/// float (`1.5`, `.5`, `2.`, `1e-3`); not `1_000`, hex, `inf` or `nan`. Negative values are
/// refused (`-0` is zero and accepted). With `is_int`, only whole numbers (`3.0` counts).
///
/// The text written is the user's own when it is already a valid Python literal (`1.50`
/// stays `1.50`, so what is typed is what the source shows, as the user types it), else the
/// canonical one: integers lose leading zeros and the sign (`+007` → `7`), an integral float
/// typed in an integer-only field becomes an integer (`3.0` → `3`), `-0.0` becomes `0.0`.
/// An integer typed in a float field stays an integer (`2`): Python prints it as typed.
pub fn parse_duration_input(text: &str, is_int: bool) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("enter a number".into());
    }
    let (negative, body) = match t.as_bytes()[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let number = parse_decimal(body).ok_or_else(|| "not a number".to_string())?;
    match number {
        Decimal::Int(digits) => {
            let value: i64 = match digits.trim_start_matches('0') {
                "" => 0,
                d => d.parse().map_err(|_| "too large".to_string())?,
            };
            if negative && value != 0 {
                return Err("durations must be zero or more".into());
            }
            Ok(value.to_string())
        }
        Decimal::Float(value) => {
            if !value.is_finite() {
                return Err("too large".into());
            }
            if negative && value != 0.0 {
                return Err("durations must be zero or more".into());
            }
            if is_int {
                if value.fract() != 0.0 {
                    return Err("this one must be a whole number".into());
                }
                if value >= 9.2e18 {
                    return Err("too large".into());
                }
                return Ok((value as i64).to_string());
            }
            if negative {
                return Ok("0.0".into());
            }
            Ok(body.to_string())
        }
    }
}

enum Decimal<'a> {
    /// Only ASCII digits.
    Int(&'a str),
    Float(f64),
}

/// A Python decimal literal without sign or underscores: `digits`, or a float with a `.`
/// and/or an exponent and at least one mantissa digit.
fn parse_decimal(s: &str) -> Option<Decimal<'_>> {
    let b = s.as_bytes();
    let digits = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits(0);
    if int_end == b.len() {
        return (int_end > 0).then_some(Decimal::Int(s));
    }
    let mut i = int_end;
    let mut mantissa_digits = int_end;
    if b[i] == b'.' {
        let frac_end = digits(i + 1);
        mantissa_digits += frac_end - (i + 1);
        i = frac_end;
    }
    if mantissa_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_end = digits(i);
        if exp_end == i {
            return None;
        }
        i = exp_end;
    }
    if i != b.len() {
        return None;
    }
    s.parse().ok().map(Decimal::Float)
}

/// The text after one ArrowUp (`direction > 0`) or ArrowDown (`< 0`) press: ±1 for an `int`,
/// ±0.1 for a `float`, ten times that with Shift (`big`); never below zero. Floats are
/// rounded to 10 decimals and written as Python's `repr` (0.2 + 0.1 gives `0.3`, and a float
/// stays a float: `1.0`).
pub fn step(d: &Duration, direction: i32, big: bool) -> String {
    let sign = direction.signum();
    if sign == 0 {
        return d.text.clone();
    }
    if d.is_int {
        let delta: i64 = if big { 10 } else { 1 };
        let current = d.value as i64;
        let next = current.saturating_add(delta * sign as i64).max(0);
        return next.to_string();
    }
    let delta = if big { 1.0 } else { 0.1 };
    let mut next = d.value + delta * sign as f64;
    if next == f64::INFINITY {
        // A literal too large for a float (`1e999` is `inf`) cannot be stepped, and `inf`
        // is not a literal: leave it as it is written. (`-1e999` goes to 0.0 below.)
        return d.text.clone();
    }
    if next.abs() < 1e15 {
        next = (next * 1e10).round() / 1e10;
    }
    if next.is_nan() || next <= 0.0 {
        next = 0.0;
    }
    float_repr(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED1: &str = r#"# Tutorial example 1: one coroutine counting down, awaited directly (no concurrency).
import asyncio

async def countdown(task_name, seconds):
    for i in range(seconds, 0, -1):
        print(task_name, i)
        await asyncio.sleep(1)
    print("done!")


async def main():
    await countdown("simple count", 4)


asyncio.run(main())
"#;

    const SEED2: &str = r#"# Tutorial example 2: two countdowns scheduled with create_task run concurrently with main.
import asyncio

async def countdown(task_name, seconds):
    for i in range(seconds, 0, -1):
        print(task_name, i)
        await asyncio.sleep(1)
    print("done!")


async def main():
    # Scheduling and starting tasks
    taskA = asyncio.create_task(countdown("task A", 3))
    taskB = asyncio.create_task(countdown("task B", 2))

    # Doing something else while they run
    await asyncio.sleep(1)
    print("Everything, everywhere, all at once")

    # Awaiting for tasks to complete before ending main()
    # Try running this code without awaiting
    await taskA
    await taskB


asyncio.run(main())
"#;

    const SEED3: &str = r#"# Tutorial example 3: asyncio.gather runs two countdowns concurrently and waits for both.
import asyncio

async def countdown(task_name, seconds):
    for i in range(seconds, 0, -1):
        print(task_name, i)
        await asyncio.sleep(1)
    print("done!")


async def main():
    # Running and awaiting multiple coroutines

    await asyncio.gather(countdown("task A", 4), countdown("task B", 3))

    await asyncio.sleep(1)
    print("Everything, everywhere, all at once")


asyncio.run(main())
"#;

    /// Presets `09_wait_for_timeout` and `06_blocking_sleep`.
    const WAIT_FOR: &str = r#"# asyncio.wait_for gives up after the timeout: the inner coroutine is cancelled.
import asyncio


async def slow_job(seconds):
    try:
        print(f"job: needs {seconds} s")
        await asyncio.sleep(seconds)
        print("job: finished")
        return "result"
    finally:
        print("job: finally")


async def main():
    result = await asyncio.wait_for(slow_job(1), 2)
    print("fast enough:", result)
    try:
        await asyncio.wait_for(slow_job(5), timeout=2)
        print("never printed")
    except asyncio.TimeoutError:
        print("timed out after 2 s")
    try:
        await asyncio.wait_for(slow_job(3), 0.5)
    except TimeoutError:
        print("TimeoutError is asyncio.TimeoutError")
    print("main done")


asyncio.run(main())
"#;

    const BLOCKING: &str = r#"# A blocking time.sleep holds the event loop: no other task runs until it returns.
import asyncio
import time


async def ticker(name):
    for i in range(4):
        print(f"{name} tick {i} at {time.monotonic():.1f}")
        await asyncio.sleep(0.5)


async def blocker():
    await asyncio.sleep(0.5)
    print("blocker: time.sleep(1.5), the whole loop is frozen")
    time.sleep(1.5)
    print("blocker: awake again")
    await asyncio.sleep(0.5)
    print("blocker: done")


async def main():
    await asyncio.gather(ticker("T"), blocker())


asyncio.run(main())
"#;

    /// Every kind, keyword arguments, signs, comments, a non-literal, a plain `def`, Unicode
    /// before a literal on its line, a multi-line call.
    const MIXED: &str = r#"import asyncio
import time


def helper(n):  # a plain def: its call sites are not durations
    return n


async def job(name, delay, repeat=1):
    for _ in range(repeat):
        await asyncio.sleep(delay)  # not a literal: skipped
    time.sleep(0.25)
    return name


async def main():
    await asyncio.sleep(delay=0.5)
    await asyncio.sleep(-1)  # a negative literal (CPython returns at once)
    await asyncio.wait_for(job("é🎉", 2, repeat=3), 1.5)
    await asyncio.wait_for(job("b", delay=0.1), timeout=10)
    helper(5)
    await asyncio.sleep(True)
    await asyncio.sleep(helper(2))
    print(f"{await job('f', 7)}")
    await job(
        "long name for a task that does a lot",  # comment
        1e-3,
    )
    tasks = [job("x", 3), job(*["y", 4], 5)]
    await asyncio.gather(*tasks)


asyncio.run(main())
"#;

    fn list(source: &str) -> Vec<(String, u32, u32, f64, bool, String)> {
        durations_in(source).unwrap().into_iter().map(|d| (d.label, d.line, d.col, d.value, d.is_int, d.text)).collect()
    }

    fn row(
        label: &str,
        line: u32,
        col: u32,
        value: f64,
        is_int: bool,
        text: &str,
    ) -> (String, u32, u32, f64, bool, String) {
        (label.to_string(), line, col, value, is_int, text.to_string())
    }

    #[test]
    fn seed_scenarios() {
        assert_eq!(
            list(SEED1),
            vec![
                row("line 7 · asyncio.sleep", 7, 29, 1.0, true, "1"),
                row(r#"countdown("simple count", 4) · seconds"#, 12, 37, 4.0, true, "4"),
            ]
        );
        assert_eq!(
            list(SEED2),
            vec![
                row("line 7 · asyncio.sleep", 7, 29, 1.0, true, "1"),
                row(r#"countdown("task A", 3) · seconds"#, 13, 53, 3.0, true, "3"),
                row(r#"countdown("task B", 2) · seconds"#, 14, 53, 2.0, true, "2"),
                row("line 17 · asyncio.sleep", 17, 25, 1.0, true, "1"),
            ]
        );
        assert_eq!(
            list(SEED3),
            vec![
                row("line 7 · asyncio.sleep", 7, 29, 1.0, true, "1"),
                row(r#"countdown("task A", 4) · seconds"#, 14, 46, 4.0, true, "4"),
                row(r#"countdown("task B", 3) · seconds"#, 14, 70, 3.0, true, "3"),
                row("line 16 · asyncio.sleep", 16, 25, 1.0, true, "1"),
            ]
        );
        let d = &durations_in(SEED2).unwrap()[1];
        assert_eq!(d.kind, DurationKind::CoroutineArg { func: "countdown".into(), param: "seconds".into() });
        assert!(d.integer_only());
        assert_eq!(durations_in(SEED2).unwrap()[0].kind, DurationKind::AsyncioSleep);
        assert!(!durations_in(SEED2).unwrap()[0].integer_only());
    }

    #[test]
    fn every_kind_in_source_order() {
        let got = list(MIXED);
        let want = vec![
            row("line 12 · time.sleep", 12, 16, 0.25, false, "0.25"),
            row("line 17 · asyncio.sleep", 17, 31, 0.5, false, "0.5"),
            row("line 18 · asyncio.sleep", 18, 25, -1.0, true, "-1"),
            row(r#"job("é🎉", 2, repeat=3) · delay"#, 19, 38, 2.0, true, "2"),
            row(r#"job("é🎉", 2, repeat=3) · repeat"#, 19, 48, 3.0, true, "3"),
            row("line 19 · wait_for timeout", 19, 52, 1.5, false, "1.5"),
            row(r#"job("b", delay=0.1) · delay"#, 20, 43, 0.1, false, "0.1"),
            row("line 20 · wait_for timeout", 20, 57, 10.0, true, "10"),
            row("job('f', 7) · delay", 24, 29, 7.0, true, "7"),
            row(r#"job("long name for a task…a lot", 1e-3) · delay"#, 27, 9, 0.001, false, "1e-3"),
            row(r#"job("x", 3) · delay"#, 29, 23, 3.0, true, "3"),
        ];
        assert_eq!(got, want);
        let kinds: Vec<DurationKind> = durations_in(MIXED).unwrap().into_iter().map(|d| d.kind).collect();
        assert_eq!(kinds[0], DurationKind::TimeSleep);
        assert_eq!(kinds[5], DurationKind::WaitForTimeout);
        assert_eq!(kinds[4], DurationKind::CoroutineArg { func: "job".into(), param: "repeat".into() });
    }

    #[test]
    fn wait_for_and_blocking_presets() {
        assert_eq!(
            list(WAIT_FOR),
            vec![
                row("slow_job(1) · seconds", 16, 46, 1.0, true, "1"),
                row("line 16 · wait_for timeout", 16, 50, 2.0, true, "2"),
                row("slow_job(5) · seconds", 19, 41, 5.0, true, "5"),
                row("line 19 · wait_for timeout", 19, 53, 2.0, true, "2"),
                row("slow_job(3) · seconds", 24, 41, 3.0, true, "3"),
                row("line 24 · wait_for timeout", 24, 45, 0.5, false, "0.5"),
            ]
        );
        assert_eq!(
            list(BLOCKING),
            vec![
                row("line 9 · asyncio.sleep", 9, 29, 0.5, false, "0.5"),
                row("line 13 · asyncio.sleep", 13, 25, 0.5, false, "0.5"),
                row("line 15 · time.sleep", 15, 16, 1.5, false, "1.5"),
                row("line 17 · asyncio.sleep", 17, 25, 0.5, false, "0.5"),
            ]
        );
    }

    /// (Running the edited scenario, as the page does, is the VM's test; here, the edit
    /// lands in the call the panel names.)
    #[test]
    fn an_edited_duration_changes_the_call() {
        let d = durations_in(SEED2).unwrap().into_iter().find(|d| d.label.contains("task B")).unwrap();
        let edited = rewrite(SEED2, &d, &step(&d, 1, false));
        assert!(edited.contains(r#"countdown("task B", 3)"#));
        let again = durations_in(&edited).unwrap();
        let b = again.iter().find(|d| d.label.contains("task B")).unwrap();
        assert_eq!((b.value, b.label.as_str()), (3.0, r#"countdown("task B", 3) · seconds"#));
    }

    #[test]
    fn methods_lambdas_and_keyword_only_parameters() {
        let src = "import asyncio\n\nclass Job:\n    async def countdown(self, n):\n        await asyncio.sleep(n)\n\n\
                   async def countdown(name, /, seconds, *, pause=0.5):\n    await asyncio.sleep(pause)\n\n\
                   async def main():\n    await countdown('a', 2, pause=0.25)\n    f = lambda: asyncio.sleep(3)\n";
        let got: Vec<(String, f64)> = durations_in(src).unwrap().into_iter().map(|d| (d.label, d.value)).collect();
        assert_eq!(
            got,
            [
                ("countdown('a', 2, pause=0.25) · seconds".to_string(), 2.0),
                ("countdown('a', 2, pause=0.25) · pause".to_string(), 0.25),
                ("line 12 · asyncio.sleep".to_string(), 3.0),
            ]
        );
    }

    #[test]
    fn call_labels_are_one_line_and_short() {
        assert_eq!(shorten("abcdef", 6), "abcdef");
        assert_eq!(shorten("abcdefg", 6), "abc…fg");
        let long = "job(\n    \"long name for a task that does a lot\",  # comment\n    1e-3,\n)";
        let label = call_label(long, Span::new(0, long.len()));
        assert_eq!(label, r#"job("long name for a task…a lot", 1e-3)"#);
        assert!(label.chars().count() <= LABEL_MAX);
        assert_eq!(call_label("f( 1,  2 )", Span::new(0, 10)), "f( 1, 2 )");
    }

    #[test]
    fn rewrite_replaces_exactly_the_span() {
        for source in [SEED1, SEED2, SEED3, MIXED] {
            for d in durations_in(source).unwrap() {
                let new = rewrite(source, &d, "12.5");
                let (s, e) = (d.span.start as usize, d.span.end as usize);
                assert_eq!(&new[..s], &source[..s]);
                assert_eq!(&new[s..s + 4], "12.5");
                assert_eq!(&new[s + 4..], &source[e..]);
                // The new source still parses and the duration is found at the same place.
                let again = durations_in(&new).unwrap();
                let same = again.iter().find(|x| x.span.start == d.span.start).unwrap();
                assert_eq!((same.value, same.text.as_str(), same.line, same.col), (12.5, "12.5", d.line, d.col));
            }
        }
        // The second seed with task B's count changed.
        let d = durations_in(SEED2).unwrap().into_iter().find(|d| d.label.contains("task B")).unwrap();
        let new = rewrite(SEED2, &d, "5");
        assert_eq!(new, SEED2.replace(r#"countdown("task B", 2)"#, r#"countdown("task B", 5)"#));
        // A negative literal is replaced with its sign.
        let d = durations_in(MIXED).unwrap().into_iter().find(|d| d.text == "-1").unwrap();
        assert_eq!(rewrite(MIXED, &d, "0"), MIXED.replace("sleep(-1)", "sleep(0)"));
        // A stale duration does not touch the source.
        assert_eq!(rewrite(SEED1, &d, "0"), SEED1);
    }

    fn dur(text: &str, is_int: bool) -> Duration {
        let value = text.parse().unwrap();
        let span = Span::new(0, text.len());
        Duration {
            span,
            line: 1,
            col: 1,
            value,
            is_int,
            text: text.into(),
            label: String::new(),
            kind: DurationKind::AsyncioSleep,
        }
    }

    #[test]
    fn stepping() {
        assert_eq!(step(&dur("1", true), 1, false), "2");
        assert_eq!(step(&dur("1", true), -1, false), "0");
        assert_eq!(step(&dur("0", true), -1, false), "0");
        assert_eq!(step(&dur("3", true), 1, true), "13");
        assert_eq!(step(&dur("3", true), -1, true), "0");
        assert_eq!(step(&dur("-1", true), 1, false), "0");
        assert_eq!(step(&dur("0.2", false), 1, false), "0.3");
        assert_eq!(step(&dur("0.3", false), -1, false), "0.2");
        assert_eq!(step(&dur("0.1", false), -1, false), "0.0");
        assert_eq!(step(&dur("0.05", false), -1, false), "0.0");
        assert_eq!(step(&dur("0.9", false), 1, false), "1.0");
        assert_eq!(step(&dur("1.5", false), 1, true), "2.5");
        assert_eq!(step(&dur("1.5", false), -1, true), "0.5");
        assert_eq!(step(&dur("0.5", false), -1, true), "0.0");
        assert_eq!(step(&dur("1e-3", false), 1, false), "0.101");
        assert_eq!(step(&dur("1.5", false), 0, false), "1.5");
        assert_eq!(step(&dur("-2.5", false), 1, false), "0.0");
        // Many steps accumulate no binary noise.
        let mut d = dur("0.0", false);
        for i in 1..=100 {
            d.text = step(&d, 1, false);
            d.value = d.text.parse().unwrap();
            assert_eq!(d.text, float_repr(i as f64 / 10.0), "step {i}");
        }
    }

    #[test]
    fn typed_values() {
        let ok = |t: &str, is_int: bool| parse_duration_input(t, is_int);
        assert_eq!(ok("3", true), Ok("3".into()));
        assert_eq!(ok(" 3 ", true), Ok("3".into()));
        assert_eq!(ok("+007", true), Ok("7".into()));
        assert_eq!(ok("00", true), Ok("0".into()));
        assert_eq!(ok("-0", true), Ok("0".into()));
        assert_eq!(ok("3.0", true), Ok("3".into()));
        assert_eq!(ok("1e2", true), Ok("100".into()));
        assert_eq!(ok("1.50", false), Ok("1.50".into()));
        assert_eq!(ok(".5", false), Ok(".5".into()));
        assert_eq!(ok("2.", false), Ok("2.".into()));
        assert_eq!(ok("1e-3", false), Ok("1e-3".into()));
        assert_eq!(ok("1E+3", false), Ok("1E+3".into()));
        assert_eq!(ok("2", false), Ok("2".into()));
        assert_eq!(ok("-0.0", false), Ok("0.0".into()));
        assert_eq!(ok("+0.5", false), Ok("0.5".into()));
        assert_eq!(ok("1.5", true), Err("this one must be a whole number".into()));
        assert_eq!(ok("-1", true), Err("durations must be zero or more".into()));
        assert_eq!(ok("-0.5", false), Err("durations must be zero or more".into()));
        assert_eq!(ok("", false), Err("enter a number".into()));
        assert_eq!(ok("   ", false), Err("enter a number".into()));
        for bad in
            ["abc", "1.2.3", "1e", "e3", ".", "-", "1_000", "0x10", "inf", "nan", "Infinity", "1,5", "1 2", "--1"]
        {
            assert_eq!(ok(bad, false), Err("not a number".into()), "{bad}");
        }
        assert_eq!(ok("1e400", false), Err("too large".into()));
        assert_eq!(ok("99999999999999999999", false), Err("too large".into()));
        assert_eq!(ok("1e30", true), Err("too large".into()));
        // Every accepted text is a literal the engine reads back with the same value.
        for t in ["3", "1.50", ".5", "2.", "1e-3", "0.0", "7"] {
            let text = ok(t, false).unwrap();
            let src = format!("import asyncio\nasyncio.run(asyncio.sleep({text}))\n");
            let d = &durations_in(&src).unwrap()[0];
            assert_eq!(d.text, text);
            assert_eq!(d.value, t.parse::<f64>().unwrap());
        }
        // Sleeps accept floats where the literal is an int today; coroutine counts do not.
        let ds = durations_in(SEED1).unwrap();
        assert_eq!(ds[0].input("0.5"), Ok("0.5".into()));
        assert_eq!(ds[1].input("0.5"), Err("this one must be a whole number".into()));
    }

    #[test]
    fn no_durations_without_literals() {
        let src = "import asyncio\n\nasync def main(n=2):\n    await asyncio.sleep(n)\n\nasyncio.run(main())\n";
        assert_eq!(durations_in(src).unwrap(), vec![]);
        assert!(durations_in("def (:\n").is_err());
    }
}
