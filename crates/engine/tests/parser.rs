//! The front end: lexer, parser (AST shapes and spans), CPython-compatible diagnostics
//! (every message, line and column below was checked against CPython 3.11.7's
//! `compile(source, "<x>", "exec")` when the table was written), the constructs Loopscope
//! refuses, the highlighter, and the durations panel's use of the tree.

use loopscope_engine::syntax::ast::*;
use loopscope_engine::syntax::diag::Diagnostic;
use loopscope_engine::syntax::highlight::{HighlightClass, highlight};
use loopscope_engine::syntax::lexer::{TokenKind, tokenize, tokenize_for_highlight};
use loopscope_engine::syntax::parse;
use std::path::Path;

// ----- representative scenarios (the full public set lives in tests/scenarios) --------

const SIMPLE_COUNT: &str = r#"# Tutorial example 1: one coroutine counting down, awaited directly (no concurrency).
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

const FSTRING_FORMATS: &str = r#"# f-strings with format specs: widths, alignment and fixed decimals in a timing table.
import asyncio
import time


async def step(name, seconds):
    start = time.monotonic()
    await asyncio.sleep(seconds)
    took = time.monotonic() - start
    print(f"|{name:<8}|{name:>8}|{seconds:>6}|{took:8.3f}|{took:.2f}|{int(took * 1000):5d}|")


async def main():
    print(f"|{'left':<8}|{'right':>8}|{'asked':>6}|{'took':>8}|{'2f':>4}|{'ms':>5}|")
    await step("short", 0.25)
    await step("x", 1.5)
    await step("longname", 0.1)
    pi = 3.14159
    n = 42
    print(f"{pi:.0f} {pi:.1f} {pi:10.4f}| {-pi:.2f} {n:>5} {n:<5}| {n / 8} {n // 8} {n % 8}")
    print(f"{'total':>10}: {time.monotonic():.3f} s, {time.monotonic()} raw")


asyncio.run(main())
"#;

const TRY_EXCEPT_FINALLY: &str = r#"# try / except / finally around awaits: which block runs, and when.
import asyncio


async def risky(n):
    await asyncio.sleep(0.5)
    if n == 2:
        raise ValueError("bad value " + str(n))
    if n == 3:
        return [10, 20][n]
    return n * 10


async def main():
    for n in range(1, 5):
        try:
            print("try", n)
            value = await risky(n)
            print("  got", value)
        except ValueError as e:
            print("  ValueError:", e)
        except IndexError as e:
            print("  IndexError:", e)
        finally:
            print("  finally", n)
    try:
        try:
            await risky(2)
        finally:
            print("inner finally runs before the outer except")
    except ValueError:
        print("outer except")
    try:
        await risky(3)
    except:
        print("a bare except catches everything")
    try:
        raise RuntimeError("raised by hand")
    except RuntimeError as e:
        print("caught", e)


asyncio.run(main())
"#;

const PRINT_SEP_END: &str = r#"# print with sep= and end=: pieces printed at different times join into one output line.
import asyncio


async def progress(name, steps):
    print(name, end=": ")
    for i in range(steps):
        await asyncio.sleep(0.5)
        print(i, end=" ")
    print("done")


async def main():
    print("a", "b", "c", sep="-")
    print("x", 1, 2.5, None, True, [1, "two"], (3,), sep=", ", end="!\n")
    print("multi\nline", "text")
    print()
    print("no", "sep", sep="")
    await progress("solo", 3)
    await asyncio.gather(progress("A", 2), progress("B", 2))
    print("", end="")
    print("last line, no newline", end="")


asyncio.run(main())
"#;

fn parse_ok(src: &str) -> Module {
    match parse(src) {
        Ok(module) => module,
        Err(ds) => panic!("unexpected error: {}\nin:\n{}", list(&ds), short(src)),
    }
}

/// The one diagnostic of a source that does not parse, or the first refusal.
fn parse_err(src: &str) -> Diagnostic {
    match parse(src) {
        Ok(_) => panic!("expected an error for:\n{}", short(src)),
        Err(mut ds) => {
            assert!(!ds.is_empty());
            ds.remove(0)
        }
    }
}

/// Every construct refused in a valid source, in order.
fn refused(src: &str) -> Vec<Diagnostic> {
    match parse(src) {
        Ok(_) => panic!("expected refusals for:\n{}", short(src)),
        Err(ds) => {
            for d in &ds {
                assert!(d.message.ends_with("not supported by Loopscope"), "not a refusal: {d}");
            }
            ds
        }
    }
}

fn list(ds: &[Diagnostic]) -> String {
    ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}

fn short(src: &str) -> String {
    src.chars().take(300).collect()
}

/// The expression of a one-line expression statement (read inside an `async def` when it
/// awaits, where `await` is allowed; its spans are then those of the wrapped source).
fn expr(src: &str) -> Expr {
    if src.contains("await") {
        let module = parse_ok(&format!("async def f():\n    {src}\n"));
        let Some(StmtKind::FunctionDef(def)) = module.body.into_iter().next().map(|s| s.kind) else { panic!() };
        return match def.body.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(e)) => e.clone(),
            other => panic!("not an expression statement: {other:?}"),
        };
    }
    let module = parse_ok(src);
    match module.body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => e,
        other => panic!("not an expression statement: {other:?}"),
    }
}

/// A compact, fully parenthesized rendering of an expression tree.
fn sexp(e: &Expr) -> String {
    let join = |items: &[Expr]| items.iter().map(sexp).collect::<Vec<_>>().join(" ");
    let opt = |e: &Option<Box<Expr>>| e.as_deref().map(sexp).unwrap_or_else(|| "_".into());
    match &e.kind {
        ExprKind::Int(v) => v.to_string(),
        ExprKind::BigInt(digits) => format!("big:{digits}"),
        ExprKind::Float(v) => format!("{v:?}"),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::FString(parts) => format!("(f {})", parts.iter().map(fpart).collect::<Vec<_>>().join(" ")),
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::None => "None".into(),
        ExprKind::Ellipsis => "...".into(),
        ExprKind::Name(n) => n.to_string(),
        ExprKind::List(items) => format!("[{}]", join(items)),
        ExprKind::Tuple(items) => format!("(tuple {})", join(items)),
        ExprKind::Set(items) => format!("(set {})", join(items)),
        ExprKind::Dict(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|i| match i {
                    DictItem::Pair(k, v) => format!("{}:{}", sexp(k), sexp(v)),
                    DictItem::Spread(m) => format!("**{}", sexp(m)),
                })
                .collect();
            format!("(dict {})", items.join(" "))
        }
        ExprKind::Starred(v) => format!("*{}", sexp(v)),
        ExprKind::Attribute { value, attr, .. } => format!("(. {} {attr})", sexp(value)),
        ExprKind::Subscript { value, index } => format!("([] {} {})", sexp(value), sexp(index)),
        ExprKind::Slice { lower, upper, step } => format!("(: {} {} {})", opt(lower), opt(upper), opt(step)),
        ExprKind::Call { func, args } => {
            let args: Vec<String> = args
                .iter()
                .map(|a| match a {
                    Arg::Positional(v) => sexp(v),
                    Arg::Starred(v) => format!("*{}", sexp(v)),
                    Arg::Keyword(k) => format!("{}={}", k.name, sexp(&k.value)),
                    Arg::DoubleStarred(v) => format!("**{}", sexp(v)),
                })
                .collect();
            format!("(call {} {})", sexp(func), args.join(" "))
        }
        ExprKind::BinOp { op, left, right } => format!("({} {} {})", op.symbol(), sexp(left), sexp(right)),
        ExprKind::UnaryOp { op, operand } => {
            let op = match op {
                UnaryOp::Neg => "neg",
                UnaryOp::Pos => "pos",
                UnaryOp::Not => "not",
                UnaryOp::Invert => "inv",
            };
            format!("({op} {})", sexp(operand))
        }
        ExprKind::BoolOp { op, values } => {
            format!("({} {})", if *op == BoolOp::And { "and" } else { "or" }, join(values))
        }
        ExprKind::Compare { left, ops } => {
            let ops: Vec<String> = ops.iter().map(|(o, v)| format!("{} {}", o.symbol(), sexp(v))).collect();
            format!("(cmp {} {})", sexp(left), ops.join(" "))
        }
        ExprKind::IfExp { test, body, orelse } => format!("(if {} {} {})", sexp(test), sexp(body), sexp(orelse)),
        ExprKind::Lambda(def) => {
            let Some(Stmt { kind: StmtKind::Return(Some(body)), .. }) = def.body.first() else { panic!("lambda body") };
            format!("(lambda ({}) {})", params(&def.params), sexp(body))
        }
        ExprKind::ListComp { elt, generators } => format!("(listcomp {}{})", sexp(elt), comps(generators)),
        ExprKind::SetComp { elt, generators } => format!("(setcomp {}{})", sexp(elt), comps(generators)),
        ExprKind::GeneratorExp { elt, generators } => format!("(genexp {}{})", sexp(elt), comps(generators)),
        ExprKind::DictComp { key, value, generators } => {
            format!("(dictcomp {}:{}{})", sexp(key), sexp(value), comps(generators))
        }
        ExprKind::Await(v) => format!("(await {})", sexp(v)),
        ExprKind::Yield(v) => format!("(yield {})", opt(v)),
        ExprKind::YieldFrom(v) => format!("(yield-from {})", sexp(v)),
        ExprKind::NamedExpr { target, value, .. } => format!("(:= {target} {})", sexp(value)),
    }
}

fn comps(generators: &[Comprehension]) -> String {
    generators
        .iter()
        .map(|g| {
            let ifs: String = g.ifs.iter().map(|c| format!(" if {}", sexp(c))).collect();
            let kw = if g.is_async { "async for" } else { "for" };
            format!(" {kw} {} in {}{ifs}", target(&g.target), sexp(&g.iter))
        })
        .collect()
}

fn target(t: &Target) -> String {
    match t {
        Target::Name(n, _) => n.to_string(),
        Target::Attribute { value, attr, .. } => format!("(. {} {attr})", sexp(value)),
        Target::Subscript { value, index, .. } => format!("([] {} {})", sexp(value), sexp(index)),
        Target::Tuple(items, _) => format!("(tuple {})", items.iter().map(target).collect::<Vec<_>>().join(" ")),
        Target::Starred(inner, _) => format!("*{}", target(inner)),
    }
}

/// `a b=1 / c * d e=2 ** f` with annotations as `a:int`.
fn params(p: &Parameters) -> String {
    let one = |p: &Param| {
        let mut s = p.name.to_string();
        if let Some(a) = &p.annotation {
            s += &format!(":{}", sexp(a));
        }
        if let Some(d) = &p.default {
            s += &format!("={}", sexp(d));
        }
        s
    };
    let mut out: Vec<String> = p.posonly.iter().map(one).collect();
    if !p.posonly.is_empty() {
        out.push("/".into());
    }
    out.extend(p.args.iter().map(one));
    match &p.vararg {
        Some(v) => out.push(format!("*{}", one(v))),
        None if !p.kwonly.is_empty() => out.push("*".into()),
        None => {}
    }
    out.extend(p.kwonly.iter().map(one));
    if let Some(k) = &p.kwarg {
        out.push(format!("**{}", one(k)));
    }
    out.join(" ")
}

fn fpart(p: &FPart) -> String {
    match p {
        FPart::Literal(s) => format!("{s:?}"),
        FPart::Field { expr, conversion, spec, debug_text } => {
            let debug = debug_text.as_ref().map(|t| format!("{t:?}")).unwrap_or_default();
            let conv = conversion.map(|c| format!("!{c}")).unwrap_or_default();
            let spec = if spec.is_empty() {
                String::new()
            } else {
                format!(":{}", spec.iter().map(fpart).collect::<Vec<_>>().join(" "))
            };
            format!("{{{debug}{}{conv}{spec}}}", sexp(expr))
        }
    }
}

fn text(src: &str, span: Span) -> &str {
    &src[span.start as usize..span.end as usize]
}

// ----- scenarios ----------------------------------------------------------------------

#[test]
fn representative_scenarios_parse() {
    for src in [SIMPLE_COUNT, FSTRING_FORMATS, TRY_EXCEPT_FINALLY, PRINT_SEP_END] {
        let module = parse_ok(src);
        assert!(!module.body.is_empty());
    }
}

#[test]
fn every_scenario_in_the_repository_parses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    let mut count = 0;
    for path in entries.flatten().map(|e| e.path()) {
        if path.extension().is_some_and(|e| e == "py") {
            let src = std::fs::read_to_string(&path).expect("readable scenario");
            let jsonl = std::fs::read_to_string(path.with_extension("jsonl")).unwrap_or_default();
            // A scenario whose expected outcome is a SyntaxError must be rejected, with the
            // same line; every other one must parse.
            match parse(&src) {
                Ok(_) => assert!(!jsonl.contains("\"SyntaxError"), "{} should not parse", path.display()),
                Err(ds) => assert!(
                    jsonl.contains("SyntaxError") && jsonl.contains(&format!("(line {}, ", ds[0].line)),
                    "{}: {}",
                    path.display(),
                    list(&ds)
                ),
            }
            count += 1;
        }
    }
    assert!(count > 0);
}

#[test]
fn simple_count_has_the_expected_shape() {
    let module = parse_ok(SIMPLE_COUNT);
    let kinds: Vec<&str> = module
        .body
        .iter()
        .map(|s| match &s.kind {
            StmtKind::Import(_) => "import",
            StmtKind::FunctionDef(_) => "def",
            StmtKind::Expr(_) => "expr",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["import", "def", "def", "expr"]);
    let StmtKind::FunctionDef(countdown) = &module.body[1].kind else { panic!() };
    assert!(countdown.is_async);
    assert_eq!(&*countdown.name, "countdown");
    assert_eq!(text(SIMPLE_COUNT, countdown.name_span), "countdown");
    let params: Vec<&str> = countdown.params.all().map(|p| &*p.name).collect();
    assert_eq!(params, ["task_name", "seconds"]);
    // The definition's span covers its body.
    assert!(text(SIMPLE_COUNT, countdown.span).starts_with("async def countdown"));
    assert!(text(SIMPLE_COUNT, countdown.span).ends_with("print(\"done!\")"));
    let StmtKind::For { target, iter, body, is_async: false, orelse } = &countdown.body[0].kind else { panic!() };
    assert!(orelse.is_empty());
    assert!(matches!(target, Target::Name(n, _) if &**n == "i"));
    assert_eq!(sexp(iter), "(call range seconds 0 (neg 1))");
    assert_eq!(body.len(), 2);
    let StmtKind::Expr(e) = &body[1].kind else { panic!() };
    assert_eq!(sexp(e), "(await (call (. asyncio sleep) 1))");
}

// ----- expressions --------------------------------------------------------------------

#[test]
fn operator_precedence_follows_python() {
    let cases = [
        ("-2 ** 2", "(neg (** 2 2))"),
        ("2 ** -1", "(** 2 (neg 1))"),
        ("2 ** 3 ** 2", "(** 2 (** 3 2))"),
        ("1 + 2 * 3 - 4", "(- (+ 1 (* 2 3)) 4)"),
        ("a // b % c / d", "(/ (% (// a b) c) d)"),
        ("-a * b", "(* (neg a) b)"),
        ("not a == b", "(not (cmp a == b))"),
        ("not not a", "(not (not a))"),
        ("a or b and not c", "(or a (and b (not c)))"),
        ("a and b or c and d", "(or (and a b) (and c d))"),
        ("a or b or c", "(or a b c)"),
        ("(a or b) or c", "(or (or a b) c)"),
        ("a < b <= c != d", "(cmp a < b <= c != d)"),
        ("(a < b) < c", "(cmp (cmp a < b) < c)"),
        ("a is not None", "(cmp a is not None)"),
        ("a not in b", "(cmp a not in b)"),
        ("x in y and y is z", "(and (cmp x in y) (cmp y is z))"),
        ("a + b < c * d", "(cmp (+ a b) < (* c d))"),
        ("a if b else c if d else e", "(if b a (if d c e))"),
        ("x if a or b else -y", "(if (or a b) x (neg y))"),
        ("await f() + 1", "(+ (await (call f )) 1)"),
        ("-await t", "(neg (await t))"),
        ("await t ** 2", "(** (await t) 2)"),
        ("f(x)(y)[0].z", "(. ([] (call (call f x) y) 0) z)"),
        ("a[-1]", "([] a (neg 1))"),
        ("a[1, 2]", "([] a (tuple 1 2))"),
        ("[1, (2, 3), []]", "[1 (tuple 2 3) []]"),
        ("(1,)", "(tuple 1)"),
        ("()", "(tuple )"),
        ("+x", "(pos x)"),
        ("'ab' * 3 + 'c'", "(+ (* \"ab\" 3) \"c\")"),
        ("True and None or False", "(or (and true None) false)"),
    ];
    for (src, want) in cases {
        assert_eq!(sexp(&expr(src)), want, "{src}");
    }
}

#[test]
fn call_arguments() {
    let e = expr("asyncio.gather(*tasks, f(1), return_exceptions=True)");
    assert_eq!(sexp(&e), "(call (. asyncio gather) *tasks (call f 1) return_exceptions=true)");
    let e = expr("print(a, b, sep='', end='\\n',)");
    assert_eq!(sexp(&e), "(call print a b sep=\"\" end=\"\\n\")");
    let ExprKind::Call { args, .. } = &e.kind else { panic!() };
    let Arg::Keyword(k) = &args[2] else { panic!() };
    assert_eq!(text("print(a, b, sep='', end='\\n',)", k.span), "sep=''");
}

#[test]
fn literals() {
    assert_eq!(sexp(&expr("1_000")), "1000");
    assert_eq!(sexp(&expr("0x1F + 0o17 + 0b101")), "(+ (+ 31 15) 5)");
    assert_eq!(sexp(&expr("9223372036854775807")), "9223372036854775807");
    assert_eq!(sexp(&expr("1.5")), "1.5");
    assert_eq!(sexp(&expr(".5")), "0.5");
    assert_eq!(sexp(&expr("1e3")), "1000.0");
    assert_eq!(sexp(&expr("1_000.25")), "1000.25");
    assert_eq!(sexp(&expr("1E-5")), "1e-5");
    assert_eq!(sexp(&expr("00")), "0");
    assert_eq!(sexp(&expr("1if x else 2")), "(if x 1 2)");
}

#[test]
fn strings_escapes_and_concatenation() {
    assert_eq!(sexp(&expr(r#""a\tb" 'c' """d""""#)), "\"a\\tbcd\"");
    assert_eq!(sexp(&expr(r#"'\x41\u00e9\101\0'"#)), "\"Aé A\\0\"".replace(' ', ""));
    assert_eq!(sexp(&expr(r#"'\d\q'"#)), "\"\\\\d\\\\q\"");
    assert_eq!(sexp(&expr(r#"r'\n\d'"#)), "\"\\\\n\\\\d\"");
    assert_eq!(sexp(&expr("'''a\nb'''")), "\"a\\nb\"");
    assert_eq!(sexp(&expr("'a\\\nb'")), "\"ab\"");
    assert_eq!(sexp(&expr("'é😀'")), "\"é😀\"");
}

#[test]
fn fstrings_have_fields_with_source_spans() {
    let src = "f'a{x:>{w}}b{y!r}{{c}}{z + 1:.2f}'";
    let e = expr(src);
    assert_eq!(sexp(&e), r#"(f "a" {x:">" {w}} "b" {y!r} "{c}" {(+ z 1):".2f"})"#);
    let ExprKind::FString(parts) = &e.kind else { panic!() };
    let FPart::Field { expr: x, spec, .. } = &parts[1] else { panic!() };
    assert_eq!(text(src, x.span), "x");
    let FPart::Field { expr: w, .. } = &spec[1] else { panic!() };
    assert_eq!(text(src, w.span), "w");
    let FPart::Field { expr: sum, .. } = &parts[5] else { panic!() };
    assert_eq!(text(src, sum.span), "z + 1");
    assert_eq!(e.span, Span::new(0, src.len()));
}

#[test]
fn fstring_variants() {
    assert_eq!(sexp(&expr("f'{x=}'")), r#"(f {"x="x!r})"#);
    assert_eq!(sexp(&expr("f'{x = :>5}'")), r#"(f {"x = "x:">5"})"#);
    assert_eq!(sexp(&expr("f'{x = }'")), r#"(f {"x = "x!r})"#);
    assert_eq!(sexp(&expr("f'a{x=!s}b'")), r#"(f "a" {"x="x!s} "b")"#);
    assert_eq!(sexp(&expr("f'{ x + 1 =:{w}}'")), r#"(f {" x + 1 ="(+ x 1):{w}})"#);
    assert_eq!(sexp(&expr("'a' f'{b}' 'c'")), r#"(f "a" {b} "c")"#);
    assert_eq!(sexp(&expr("f'{a!s}{b!a}'")), "(f {a!s} {b!a})");
    assert_eq!(sexp(&expr("f\"{'x' if a else 'y'}\"")), r#"(f {(if a "x" "y")})"#);
    assert_eq!(sexp(&expr("f'{d[\"k\"]}'")), r#"(f {([] d "k")})"#);
    assert_eq!(sexp(&expr("f'{a != b}'")), "(f {(cmp a != b)})");
    assert_eq!(sexp(&expr("f'\\n{x}\\t'")), r#"(f "\n" {x} "\t")"#);
    assert_eq!(sexp(&expr("rf'\\n{x}'")), r#"(f "\\n" {x})"#);
    assert_eq!(sexp(&expr("f'{f\"{x}\"}'")), "(f {(f {x})})");
    assert_eq!(sexp(&expr("f'''{\nx\n}'''")), "(f {x})");
    assert_eq!(sexp(&expr("f''")), "(f )");
    let src = "x = 1\nprint(f'''\n  {x + y}''')";
    let module = parse_ok(src);
    let StmtKind::Expr(call) = &module.body[1].kind else { panic!() };
    let ExprKind::Call { args, .. } = &call.kind else { panic!() };
    let Arg::Positional(f) = &args[0] else { panic!() };
    let ExprKind::FString(parts) = &f.kind else { panic!() };
    let FPart::Field { expr, .. } = &parts[1] else { panic!() };
    assert_eq!(text(src, expr.span), "x + y");
}

// ----- statements ---------------------------------------------------------------------

#[test]
fn assignments_and_unpacking() {
    let module =
        parse_ok("a, b = 1, 2\n(c, [d, e]) = x\nf[0] = g = 3\nh += 1\ni **= 2\nfor j, k in pairs:\n    pass\n");
    let StmtKind::Assign { targets, value } = &module.body[0].kind else { panic!() };
    assert!(matches!(&targets[..], [Target::Tuple(items, _)] if items.len() == 2));
    assert_eq!(sexp(value), "(tuple 1 2)");
    let StmtKind::Assign { targets, .. } = &module.body[1].kind else { panic!() };
    let [Target::Tuple(items, span)] = &targets[..] else { panic!() };
    assert_eq!(text("a, b = 1, 2\n(c, [d, e]) = x", *span), "(c, [d, e])");
    assert!(matches!(&items[1], Target::Tuple(inner, _) if inner.len() == 2));
    let StmtKind::Assign { targets, .. } = &module.body[2].kind else { panic!() };
    assert!(matches!(&targets[..], [Target::Subscript { .. }, Target::Name(..)]));
    assert!(matches!(&module.body[3].kind, StmtKind::AugAssign { op: BinOp::Add, .. }));
    assert!(matches!(&module.body[4].kind, StmtKind::AugAssign { op: BinOp::Pow, .. }));
    let StmtKind::For { target: Target::Tuple(items, _), .. } = &module.body[5].kind else { panic!() };
    assert_eq!(items.len(), 2);
}

#[test]
fn elif_chains_nest_in_orelse() {
    let src = "if a:\n    x = 1\nelif b:\n    x = 2\nelif c:\n    x = 3\nelse:\n    x = 4\n";
    let module = parse_ok(src);
    assert_eq!(module.body.len(), 1);
    let StmtKind::If { test, orelse, .. } = &module.body[0].kind else { panic!() };
    assert_eq!(sexp(test), "a");
    let [Stmt { kind: StmtKind::If { test, orelse, .. }, span }] = &orelse[..] else { panic!() };
    assert_eq!(sexp(test), "b");
    assert!(text(src, *span).starts_with("elif b:"));
    let [Stmt { kind: StmtKind::If { test, orelse, .. }, .. }] = &orelse[..] else { panic!() };
    assert_eq!(sexp(test), "c");
    assert!(matches!(&orelse[..], [Stmt { kind: StmtKind::Assign { .. }, .. }]));
}

#[test]
fn compound_statements() {
    let src = "\
import asyncio, time
x = 0
async def main(a, b=2, c=-1):
    \"\"\"Docstring.\"\"\"
    global x
    while True:
        if a: break
        else: continue
    try:
        raise ValueError('v')
    except (ValueError, TypeError) as e:
        raise
    except Exception:
        pass
    except:
        return
    finally:
        x = 1; y = 2;
    return x
";
    let module = parse_ok(src);
    assert!(matches!(&module.body[0].kind, StmtKind::Import(names) if names.len() == 2));
    let StmtKind::FunctionDef(def) = &module.body[2].kind else { panic!() };
    assert_eq!(def.params.args.len(), 3);
    assert!(def.params.args[0].default.is_none());
    assert_eq!(def.params.args[2].default.as_ref().map(sexp).as_deref(), Some("(neg 1)"));
    assert!(matches!(&def.body[0].kind, StmtKind::Expr(Expr { kind: ExprKind::Str(_), .. })));
    assert!(matches!(&def.body[1].kind, StmtKind::Global(names) if &*names[0] == "x"));
    let StmtKind::Try { handlers, finalbody, .. } = &def.body[3].kind else { panic!() };
    assert_eq!(handlers.len(), 3);
    assert_eq!(handlers[0].class.as_ref().map(sexp).as_deref(), Some("(tuple ValueError TypeError)"));
    assert_eq!(handlers[0].name.as_deref(), Some("e"));
    assert!(handlers[2].class.is_none());
    assert_eq!(finalbody.len(), 2);
    assert!(matches!(&def.body[4].kind, StmtKind::Return(Some(_))));
}

#[test]
fn spans_point_at_numbers_for_the_durations_panel() {
    let src = "async def f():\n    await asyncio.sleep(1.5)\ntime.sleep(2)\n";
    let module = parse_ok(src);
    let StmtKind::FunctionDef(def) = &module.body[0].kind else { panic!() };
    let StmtKind::Expr(Expr { kind: ExprKind::Await(call), .. }) = &def.body[0].kind else { panic!() };
    let ExprKind::Call { args, .. } = &call.kind else { panic!() };
    let Arg::Positional(arg) = &args[0] else { panic!() };
    assert_eq!(text(src, arg.span), "1.5");
    assert_eq!(text(src, module.body[1].span), "time.sleep(2)");
}

#[test]
fn layout_details() {
    // Tabs, comments, blank lines, continuation lines, CRLF, no final newline.
    parse_ok("if x:\n\tpass\n");
    parse_ok("if x:\r\n    y = (1 +\r\n  2)\r\n");
    parse_ok("x = 1 + \\\n    2\n# comment\n\n   # indented comment\ny = [\n1,\n  2]");
    parse_ok("\u{feff}print(1)\n");
    parse_ok("if x:\n    pass\n\\\n\ny = 1\n");
    parse_ok("match = 1\ncase = [match]\n_ = case\nmatch(x)\n");
}

// ----- diagnostics: CPython's positions ---------------------------------------------

/// (what, source, CPython's error class, line, column when ours matches CPython's).
/// Lines were checked against CPython 3.11 (`compile(source, 'f', 'exec')`).
const SYNTAX_ERRORS: &[(&str, &str, &str, u32, Option<u32>)] = &[
    ("missing colon after if", "x = 1\nif x > 0\n    print(x)\n", "SyntaxError", 2, Some(9)),
    ("missing colon after while", "while True\n    pass\n", "SyntaxError", 1, Some(11)),
    ("missing colon after for", "for i in range(3)\n    pass\n", "SyntaxError", 1, Some(18)),
    ("missing colon after def", "def f()\n    pass\n", "SyntaxError", 1, Some(8)),
    ("missing colon after else", "if x:\n    pass\nelse\n    pass\n", "SyntaxError", 3, Some(5)),
    ("missing colon after try", "try\n    pass\nexcept:\n    pass\n", "SyntaxError", 1, Some(4)),
    ("garbage before colon", "if x y:\n    pass\n", "SyntaxError", 1, Some(6)),
    ("unclosed paren at eof", "print('a'\n", "SyntaxError", 1, Some(6)),
    ("unclosed paren then statements", "x = foo(1,\ny = 2\n", "SyntaxError", 1, Some(8)),
    ("unclosed paren then comma missing", "print(\"a\"\nprint(\"b\")\n", "SyntaxError", 1, Some(6)),
    ("unclosed bracket several lines", "x = [1, 2,\n     3\ny = 4\nz = 5\n", "SyntaxError", 1, Some(5)),
    ("unmatched close paren", "x = 1)\n", "SyntaxError", 1, Some(6)),
    ("mismatched brackets", "x = (1, 2]\n", "SyntaxError", 1, Some(10)),
    ("mismatched brackets across lines", "x = (1,\n     2]\n", "SyntaxError", 2, Some(7)),
    ("unterminated string", "x = 1\ny = \"abc\nz = 2\n", "SyntaxError", 2, Some(5)),
    ("unterminated triple-quoted string", "x = 1\ny = '''abc\n\nz = 2\n", "SyntaxError", 2, Some(5)),
    ("later tokenizer error wins", "x = = 1\ny = 'abc\n", "SyntaxError", 2, Some(5)),
    ("invalid character", "x = 1 € 2\n", "SyntaxError", 1, Some(7)),
    ("non-printable character", "x = a\u{a0}+ b\n", "SyntaxError", 1, Some(6)),
    ("control character", "x = \u{1}\n", "SyntaxError", 1, Some(5)),
    ("dollar sign", "x = $y\n", "SyntaxError", 1, Some(5)),
    ("bad decimal literal", "x = 1abc\n", "SyntaxError", 1, Some(5)),
    ("trailing underscore", "x = 1_000_\n", "SyntaxError", 1, Some(10)),
    ("leading zeros", "x = 0777\n", "SyntaxError", 1, Some(5)),
    ("bad hex literal", "x = 0x\n", "SyntaxError", 1, Some(6)),
    ("bad binary digit", "x = 0b102\n", "SyntaxError", 1, Some(9)),
    ("bad exponent", "x = 1e\n", "SyntaxError", 1, Some(5)),
    ("unexpected indent", "x = 1\n    y = 2\n", "IndentationError", 2, Some(4)),
    ("expected indented block after if", "if x:\nprint(x)\n", "IndentationError", 2, Some(1)),
    ("expected indented block after def", "async def main():\n\nawait x\n", "IndentationError", 3, Some(1)),
    ("expected indented block after for at eof", "for i in x:\n", "IndentationError", 1, Some(12)),
    ("expected indented block after else", "if x:\n    pass\nelse:\npass\n", "IndentationError", 4, Some(1)),
    ("expected indented block after except", "try:\n    pass\nexcept E:\npass\n", "IndentationError", 4, Some(1)),
    ("expected indented block after while", "while x:\n# nothing\nx = 1\n", "IndentationError", 3, Some(1)),
    ("unindent mismatch", "if x:\n        a = 1\n    b = 2\n", "IndentationError", 3, None),
    ("tab error", "if x:\n\tpass\n        pass\n", "TabError", 3, Some(1)),
    ("fstring expecting brace", "x = f'{a'\n", "SyntaxError", 1, Some(10)),
    ("fstring single close brace", "x = f'a}b'\n", "SyntaxError", 1, Some(11)),
    ("fstring empty expression", "x = f'{}'\n", "SyntaxError", 1, Some(10)),
    ("fstring bad conversion", "x = f'{a!x}'\n", "SyntaxError", 1, Some(13)),
    ("fstring nested too deeply", "x = f'{a:{b:{c}}}'\n", "SyntaxError", 1, Some(19)),
    ("fstring backslash", "x = f'{\"\\n\".join(a)}'\n", "SyntaxError", 1, Some(22)),
    ("fstring comment", "x = f'{a#}'\n", "SyntaxError", 1, Some(12)),
    ("fstring syntax error inside", "x = 1\ny = f'{a +}'\n", "SyntaxError", 2, None),
    ("fstring missing comma inside, multiline", "y = f'''\n{a b}'''\n", "SyntaxError", 2, Some(2)),
    ("assign to call", "f() = 1\n", "SyntaxError", 1, Some(1)),
    ("assign to literal", "1 = x\n", "SyntaxError", 1, Some(1)),
    ("assign to expression", "x + 1 = 2\n", "SyntaxError", 1, Some(1)),
    ("assign to True", "True = 1\n", "SyntaxError", 1, Some(1)),
    ("assign to call in tuple", "(a, f()) = 1, 2\n", "SyntaxError", 1, Some(5)),
    ("chained assign to call", "a = b = f() = 3\n", "SyntaxError", 1, Some(9)),
    ("augassign to call", "f() += 1\n", "SyntaxError", 1, Some(1)),
    ("for target call", "for f() in x:\n    pass\n", "SyntaxError", 1, Some(5)),
    ("for target expression", "for x + 1 in y:\n    pass\n", "SyntaxError", 1, Some(5)),
    ("if with assignment", "if x = 1:\n    pass\n", "SyntaxError", 1, Some(4)),
    ("print statement", "print \"hello\"\n", "SyntaxError", 1, Some(1)),
    ("forgot comma in list", "x = [1,\n     2\n     3]\n", "SyntaxError", 2, Some(6)),
    ("forgot comma in call", "print(a b)\n", "SyntaxError", 1, Some(7)),
    ("positional after keyword", "f(a=1, 2)\n", "SyntaxError", 1, Some(9)),
    ("positional after keyword multiline", "f(a=1,\n  2\n)\n", "SyntaxError", 3, Some(1)),
    ("keyword repeated", "f(a=1, a=2)\n", "SyntaxError", 1, Some(8)),
    ("duplicate argument", "def f(a, a):\n    pass\n", "SyntaxError", 1, Some(10)),
    ("non-default after default", "def f(a=1, b):\n    pass\n", "SyntaxError", 1, Some(12)),
    ("await at module level", "import asyncio\nawait asyncio.sleep(1)\n", "SyntaxError", 2, Some(1)),
    ("await in plain def", "def f():\n    await g()\n", "SyntaxError", 2, Some(5)),
    ("return outside function", "x = 1\nreturn x\n", "SyntaxError", 2, Some(1)),
    ("break outside loop", "if x:\n    break\n", "SyntaxError", 2, Some(5)),
    ("continue in nested def", "for x in y:\n    def f():\n        continue\n", "SyntaxError", 3, Some(9)),
    ("global after use", "def f():\n    print(x)\n    global x\n", "SyntaxError", 3, Some(5)),
    ("global after assignment", "x = 1\nglobal x\n", "SyntaxError", 2, Some(1)),
    ("parameter and global", "def f(x):\n    global x\n", "SyntaxError", 2, Some(5)),
    ("try without except", "try:\n    x = 1\ny = 2\n", "SyntaxError", 3, Some(1)),
    (
        "bare except not last",
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
        "SyntaxError",
        3,
        Some(1),
    ),
    ("expected else in conditional", "x = 1 if y\n", "SyntaxError", 1, Some(5)),
    ("else without if", "x = 1\nelse:\n    pass\n", "SyntaxError", 2, Some(1)),
    ("two expressions", "x = 1 2\n", "SyntaxError", 1, Some(7)),
    ("bad def", "def f(:\n    pass\n", "SyntaxError", 1, Some(7)),
    ("expected (", "def f:\n    pass\n", "SyntaxError", 1, Some(6)),
    ("operator without operand", "x = 1 +\n", "SyntaxError", 1, Some(8)),
    ("backslash then text", "x = 1 + \\ 2\n", "SyntaxError", 1, Some(10)),
    ("backslash at eof", "x = 1\n\\", "SyntaxError", 2, Some(2)),
    ("keyword as name", "for = 1\n", "SyntaxError", 1, Some(5)),
    ("multiple except types", "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n", "SyntaxError", 3, Some(8)),
    ("comprehension target", "x = [a, b for a in c]\n", "SyntaxError", 1, Some(6)),
    ("generator not parenthesized", "f(x for x in y, 1)\n", "SyntaxError", 1, Some(3)),
    ("dict missing value", "x = {1: }\n", "SyntaxError", 1, Some(7)),
    ("lambda default missing", "def f(x=):\n    pass\n", "SyntaxError", 1, Some(8)),
    ("bytes mixed with str", "x = 'a' b'b'\n", "SyntaxError", 1, Some(13)),
    ("yield outside function", "x = 1\nyield x\n", "SyntaxError", 2, Some(1)),
    ("nonlocal at module level", "nonlocal x\n", "SyntaxError", 1, Some(1)),
    ("class body return", "class A:\n    return 1\n", "SyntaxError", 2, Some(5)),
    ("starred alone in assignment", "x = *a\n", "SyntaxError", 1, Some(5)),
    ("unexpected indent wins over later string error", "x = 1\n  y = 2\nz = 'abc\n", "IndentationError", 2, Some(2)),
    ("expected block wins? tokenizer error later", "if x:\npass\nz = 'abc\n", "SyntaxError", 3, Some(5)),
    ("deep elif chain missing colon", "if a:\n    pass\nelif b\n    pass\n", "SyntaxError", 3, Some(7)),
];

fn family(kind: &str) -> &str {
    match kind {
        "IndentationError" | "TabError" => kind,
        _ => "SyntaxError",
    }
}

#[test]
fn syntax_errors_are_where_cpython_reports_them() {
    let mut failures = Vec::new();
    for &(what, src, kind, line, col) in SYNTAX_ERRORS {
        let d = parse_err(src);
        let col_ok = col.is_none_or(|c| c == d.col);
        if family(d.kind) != family(kind) || d.line != line || !col_ok {
            failures.push(format!("{what}: expected {kind} at {line}:{col:?}, got {d}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn generated_syntax_errors() {
    let too_deep: String =
        (0..100).map(|i| format!("{}if x:\n", "    ".repeat(i))).collect::<String>() + &"    ".repeat(100) + "pass\n";
    let d = parse_err(&too_deep);
    assert_eq!((d.kind, d.line), ("IndentationError", 101));
    let fine: String =
        (0..99).map(|i| format!("{}if x:\n", "    ".repeat(i))).collect::<String>() + &"    ".repeat(99) + "pass\n";
    parse_ok(&fine);
    let blocks = |n: usize| {
        (0..n).map(|i| format!("{}while x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(n) + "pass\n"
    };
    parse_ok(&blocks(20));
    let d = parse_err(&blocks(21));
    assert_eq!((d.line, d.col, d.message.as_str()), (21, 21, "too many statically nested blocks"));
}

#[test]
fn null_bytes_are_refused_at_line_1() {
    let d = parse_err("x = 1\0\n");
    assert_eq!((d.kind, d.line, d.col), ("SyntaxError", 1, 1));
    assert!(d.message.contains("null bytes"));
}

#[test]
fn messages_name_what_was_expected() {
    assert_eq!(parse_err("if x\n    pass\n").message, "expected ':'");
    assert_eq!(parse_err("f(\n").message, "'(' was never closed");
    assert_eq!(parse_err("if x:\npass\n").message, "expected an indented block after 'if' statement on line 1");
    assert_eq!(parse_err("x = 'a\n").message, "unterminated string literal (detected at line 1)");
    assert_eq!(parse_err("x = ]\n").message, "unmatched ']'");
    assert_eq!(parse_err("x = '€' + €\n").message, "invalid character '€' (U+20AC)");
    assert_eq!(parse_err("f(a=1, 2)\n").message, "positional argument follows keyword argument");
    assert_eq!(parse_err("def f(a=1, b): pass\n").message, "non-default argument follows default argument");
    assert_eq!(
        parse_err("f() = 1\n").message,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
    let d = parse_err("x = 1\n\nimport os\n");
    assert_eq!(d.to_string(), "SyntaxError: 'import os' is not supported by Loopscope (line 3, column 8)");
}

// ----- diagnostics: constructs Loopscope refuses -------------------------------------

/// (source, message, line, column): valid Python that Loopscope does not run (SPEC 1c).
const UNSUPPORTED: &[(&str, &str, u32, u32)] = &[
    ("x = 1\nmatch x:\n    case 1:\n        pass\n", "'match' statements are not supported by Loopscope", 2, 1),
    ("b = b'abc'\n", "bytes literals are not supported by Loopscope", 1, 5),
    ("b = rb'abc' b'd'\n", "bytes literals are not supported by Loopscope", 1, 5),
    ("z = 2j\n", "complex numbers are not supported by Loopscope", 1, 5),
    ("z = 1.5e3J + 1\n", "complex numbers are not supported by Loopscope", 1, 5),
    ("import threading\n", "'import threading' is not supported by Loopscope", 1, 8),
    ("import asyncio, os.path as p\n", "'import os.path' is not supported by Loopscope", 1, 17),
    ("import asyncio.tasks\n", "'import asyncio.tasks' is not supported by Loopscope", 1, 8),
    (
        "from concurrent.futures import ThreadPoolExecutor\n",
        "'from concurrent.futures import ...' is not supported by Loopscope",
        1,
        6,
    ),
    ("from asyncio import *\n", "'from asyncio import *' is not supported by Loopscope", 1, 21),
    ("from . import x\n", "relative imports are not supported by Loopscope", 1, 6),
    ("from ..a import (b, c)\n", "relative imports are not supported by Loopscope", 1, 6),
    ("class A(B, C):\n    pass\n", "multiple inheritance is not supported by Loopscope", 1, 12),
    ("class A(metaclass=M):\n    pass\n", "metaclasses are not supported by Loopscope", 1, 9),
    ("class A(B, flag=True):\n    pass\n", "class keyword arguments are not supported by Loopscope", 1, 12),
    ("class A(*bases):\n    pass\n", "'*' unpacking in a class header is not supported by Loopscope", 1, 10),
    ("class A(**opts):\n    pass\n", "class keyword arguments ('**') are not supported by Loopscope", 1, 11),
    ("class A:\n    __slots__ = ('x',)\n", "'__slots__' is not supported by Loopscope", 2, 5),
    ("s = '\\N{BULLET}'\n", "'\\N{...}' escapes are not supported by Loopscope", 1, 6),
    ("s = f'{x}\\ud800'\n", "surrogate escapes in strings are not supported by Loopscope", 1, 10),
];

#[test]
fn refused_constructs_are_named_with_their_position() {
    let mut failures = Vec::new();
    for &(src, message, line, col) in UNSUPPORTED {
        let ds = refused(src);
        let d = &ds[0];
        if ds.len() != 1 || d.kind != "SyntaxError" || d.message != message || (d.line, d.col) != (line, col) {
            failures.push(format!("{src:?}: expected {message:?} at {line}:{col}, got {}", list(&ds)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_refused_construct_is_listed_in_source_order() {
    let src = "\
import asyncio
import threading, os
from . import sibling

class Job(Base, Mixin, metaclass=Meta):
    data = b'raw'

    async def run(self):
        match self.state:
            case 1:
                return 2j

print(f'{1j}')
";
    let ds = refused(src);
    let got: Vec<(String, u32, u32)> = ds.iter().map(|d| (d.message.clone(), d.line, d.col)).collect();
    let want = [
        ("'import threading' is not supported by Loopscope", 2, 8),
        ("'import os' is not supported by Loopscope", 2, 19),
        ("relative imports are not supported by Loopscope", 3, 6),
        ("multiple inheritance is not supported by Loopscope", 5, 17),
        ("metaclasses are not supported by Loopscope", 5, 24),
        ("bytes literals are not supported by Loopscope", 6, 12),
        ("'match' statements are not supported by Loopscope", 9, 9),
        ("complex numbers are not supported by Loopscope", 11, 24),
        ("complex numbers are not supported by Loopscope", 13, 10),
    ];
    let want: Vec<(String, u32, u32)> = want.iter().map(|&(m, l, c)| (m.to_string(), l, c)).collect();
    assert_eq!(got, want);
    assert_eq!(ds[0].to_string(), "SyntaxError: 'import threading' is not supported by Loopscope (line 2, column 8)");
}

#[test]
fn supported_lookalikes_are_accepted() {
    for src in [
        "x = 9223372036854775807\n",
        "x = 1\nprint(f'{x=}')\n",
        "x = 0\ndef f():\n    global x\n    x += 1\n",
        "x = a is not None and b not in c and d in e\n",
        "x = 1 if a else 2\n",
        "match = 1\ncase = match + 1\n",
        "print(*[1, 2], sep='')\n",
        "t = asyncio.create_task(f(), name='a')\n",
        "x = [1, 2] * 2 + [3]\n",
        "'''doc'''\n",
        "async def f():\n    return await g()\n",
        "try:\n    pass\nexcept asyncio.CancelledError:\n    raise\n",
        // Everything SPEC 1a lists.
        "import asyncio as aio, time, random, typing\nfrom asyncio import sleep as nap, Queue\n",
        "from __future__ import annotations\nfrom typing import (List,\n    Optional,)\n",
        "class A:\n    pass\nclass B(A):\n    x: int = 1\n    def f(self, *args, **kwargs): return super().f()\n",
        "@decorator\n@functools.wraps(f)\nasync def g(a, /, b=1, *c, d, e=2, **f) -> None:\n    nonlocal_ = 1\n",
        "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n",
        "f = lambda x, *a, k=1, **kw: x + 1\n",
        "d = {'a': 1, **other}\ns = {1, 2, *more}\nt = ()\ne = {}\n",
        "xs = [i * 2 for i in range(3) if i for j in 'ab']\nys = {i for i in x}\nzs = {k: v for k, v in d.items()}\n",
        "print(sum(i for i in range(3)))\ng = (x for x in y)\n",
        "ys = xs[1:]\nzs = xs[::2]\nm = a[1:2, 3]\nn = a[..., 0]\n",
        "with open('f') as f, lock:\n    pass\nwith (a as b, c as d,):\n    pass\n",
        "async def f():\n    async with lock:\n        async for x in y:\n            pass\n    return [x async for x in y]\n",
        "def gen():\n    yield 1\n    x = yield\n    yield from other()\n",
        "x = 1\ndel x\ndel a[0], b.c\nassert x == 1, 'message'\n",
        "for i in range(3):\n    pass\nelse:\n    pass\nwhile False:\n    pass\nelse:\n    pass\n",
        "try:\n    pass\nexcept ValueError:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
        "try:\n    pass\nexcept* ValueError as eg:\n    pass\n",
        "try:\n    pass\nexcept ValueError as e:\n    raise RuntimeError('x') from e\n",
        "if (n := 10) > 5:\n    pass\n",
        "x = ...\ny = 1 | 2 & 3 ^ ~4 << 1 >> 2\nz = a @ b\nx |= 1\nx @= m\n",
        "x: int = 1\ny: list[int]\ndef f(x: int) -> int:\n    return 1\n",
        "a, *rest = [1, 2, 3]\n[a, (b, *c)] = x\nxs = [*a, 1]\ntask.name = 'x'\n",
        "x = 9223372036854775808\ny = 0xFFFF_FFFF_FFFF_FFFF_FFFF\n",
        "f(**opts)\nf(*a, *b, k=1, **c, **d)\n",
    ] {
        parse_ok(src);
    }
}

#[test]
fn cpython_errors_come_before_refused_constructs() {
    // CPython would not run these either: its own error, at its line, comes alone.
    let d = parse_err("import threading\nx = = 1\n");
    assert_eq!((d.line, d.message.as_str()), (2, "invalid syntax"));
    let ds = parse("match x:\n    case 1:\n        pass\nreturn 1\n").unwrap_err();
    assert_eq!(ds.len(), 1);
    assert_eq!((ds[0].line, ds[0].message.as_str()), (4, "'return' outside function"));
    let d = parse_err("b = b'x'\nwith a:\n    break\n");
    assert_eq!((d.line, d.message.as_str()), (3, "'break' outside loop"));
    let d = parse_err("z = 1j\nfor x in y:\n    pass\nelse:\n    continue\n");
    assert_eq!((d.line, d.message.as_str()), (5, "'continue' not properly in loop"));
    // A refused construct's body is still checked as CPython compiles it.
    let d = parse_err("match x:\n    case 1:\n        await y\n");
    assert_eq!((d.line, d.message.as_str()), (3, "'await' outside function"));
}

// ----- robustness ---------------------------------------------------------------------

#[test]
fn deep_nesting_is_refused_without_overflowing() {
    parse_ok(&format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200)));
    let d = parse_err(&format!("x = {}1{}\n", "(".repeat(201), ")".repeat(201)));
    assert_eq!(d.message, "too many nested parentheses");
    let d = parse_err(&format!("x = {}1{}\n", "[".repeat(5000), "]".repeat(5000)));
    assert_eq!(d.message, "too many nested parentheses");
    for src in [
        format!("x = {}1\n", "-".repeat(50_000)),
        format!("x = {}a\n", "not ".repeat(20_000)),
        format!("x = {}2\n", "2 ** ".repeat(20_000)),
        format!("x = {}c\n", "a if b else ".repeat(20_000)),
        format!("x = 1{}\n", " + 1".repeat(20_000)),
        format!("x = a{}\n", ".b".repeat(20_000)),
        format!("x = f{}\n", "()".repeat(20_000)),
        format!("if a:\n    pass\n{}", "elif b:\n    pass\n".repeat(5_000)),
        format!("x = {}\n", "await ".repeat(10_000)),
        format!("x = {}", "lambda: ".repeat(10_000)),
    ] {
        let d = parse_err(&src);
        assert!(d.kind == "SyntaxError", "{d}");
    }
    // Long but flat: fine.
    parse_ok(&format!("x = f'{}'\n", "{x}".repeat(20_000)));
    parse_ok(&format!("x = [{}]\n", "1, ".repeat(20_000)));
    parse_ok(&"x = 1\n".repeat(10_000));
}

/// A small deterministic generator for the mutation tests.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

fn mutations(seed: u64, count: usize) -> Vec<String> {
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "'", "\"", "\"\"\"", "\n", "\t", "    ", "\\", "#", "f'{",
        "}", "!", "$", "€", "\u{a0}", "\0", "if ", "else", "lambda", "await ", "1_", "0x", "é", "😀", "\r\n", "\\\n",
    ];
    let sources = [SIMPLE_COUNT, FSTRING_FORMATS, TRY_EXCEPT_FINALLY, PRINT_SEP_END];
    let mut rng = Lcg(seed);
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let mut s: Vec<char> = sources[rng.next(sources.len())].chars().collect();
        for _ in 0..1 + rng.next(3) {
            let at = rng.next(s.len() + 1);
            match rng.next(3) {
                0 if at < s.len() => {
                    s.remove(at);
                }
                1 => {
                    let end = (at + rng.next(40)).min(s.len());
                    s.drain(at..end);
                }
                _ => {
                    let piece = pieces[rng.next(pieces.len())];
                    for (i, c) in piece.chars().enumerate() {
                        s.insert(at + i, c);
                    }
                }
            }
        }
        out.push(s.into_iter().collect());
    }
    out
}

#[test]
fn mutated_sources_never_panic() {
    for src in mutations(7, 1500) {
        if let Err(ds) = parse(&src) {
            assert!(!ds.is_empty());
            for d in &ds {
                assert!(["SyntaxError", "IndentationError", "TabError"].contains(&d.kind), "{d}");
                assert!(d.line >= 1 && d.col >= 1, "{d}");
            }
            let refusals = ds.iter().filter(|d| d.message.ends_with("not supported by Loopscope")).count();
            assert!(refusals == ds.len() || ds.len() == 1, "a syntax error comes alone: {}", list(&ds));
        }
        check_highlight(&src);
        let _ = tokenize(&src);
    }
}

// ----- highlighting -------------------------------------------------------------------

/// Spans are sorted, disjoint, on character boundaries, and cover every visible character.
fn check_highlight(src: &str) -> Vec<(Span, HighlightClass)> {
    let spans = highlight(src);
    let mut covered = 0usize;
    for &(span, _) in &spans {
        let (start, end) = (span.start as usize, span.end as usize);
        assert!(start >= covered && end > start && end <= src.len(), "bad span {span:?} in {src:?}");
        assert!(src.is_char_boundary(start) && src.is_char_boundary(end));
        for c in src[covered..start].chars() {
            assert!(c.is_whitespace() || c == '\u{feff}', "{c:?} not covered in {src:?}");
        }
        covered = end;
    }
    for c in src[covered..].chars() {
        assert!(c.is_whitespace() || c == '\u{feff}', "{c:?} not covered in {src:?}");
    }
    spans
}

fn class_of(src: &str, spans: &[(Span, HighlightClass)], needle: &str) -> HighlightClass {
    let at = src.find(needle).expect("needle") as u32;
    spans.iter().find(|(s, _)| s.start <= at && at < s.end).map(|&(_, c)| c).expect("covered")
}

#[test]
fn highlight_classes() {
    let src = "import asyncio\nasync def main(n=1.5):\n    # note\n    print(f\"{n:>3} ok\", True, len(xs) != 0) $ €\n";
    let spans = check_highlight(src);
    assert_eq!(class_of(src, &spans, "import"), HighlightClass::Keyword);
    assert_eq!(class_of(src, &spans, "main"), HighlightClass::FunctionName);
    assert_eq!(class_of(src, &spans, "1.5"), HighlightClass::Number);
    assert_eq!(class_of(src, &spans, "# note"), HighlightClass::Comment);
    assert_eq!(class_of(src, &spans, "print"), HighlightClass::Builtin);
    assert_eq!(class_of(src, &spans, "f\""), HighlightClass::String);
    assert_eq!(class_of(src, &spans, " ok"), HighlightClass::String);
    assert_eq!(class_of(src, &spans, "n:>3"), HighlightClass::Name);
    assert_eq!(class_of(src, &spans, "True"), HighlightClass::Constant);
    assert_eq!(class_of(src, &spans, "xs"), HighlightClass::Name);
    assert_eq!(class_of(src, &spans, "!="), HighlightClass::Operator);
    assert_eq!(class_of(src, &spans, "("), HighlightClass::Punctuation);
    assert_eq!(class_of(src, &spans, "$"), HighlightClass::Error);
    assert_eq!(class_of(src, &spans, "€"), HighlightClass::Error);
}

#[test]
fn highlight_covers_every_prefix_of_the_scenarios() {
    for src in [SIMPLE_COUNT, FSTRING_FORMATS, TRY_EXCEPT_FINALLY, PRINT_SEP_END] {
        for (i, _) in src.char_indices() {
            check_highlight(&src[..i]);
        }
        check_highlight(src);
    }
}

#[test]
fn highlight_survives_garbage() {
    let garbage = [
        "\"unterminated",
        "'''never ends\n\nstill",
        "f'{",
        "f'{x!'",
        "f'{'}'",
        ")))]]]}}}",
        "((((((",
        "\\",
        "x = 1 \\ 2",
        "0x 1e 1_ 09 0b2 1.2.3",
        "\0\u{1}\u{7f}",
        "é😀\u{a0}\u{feff}\u{200b}",
        "\t\t  \n\u{c}\r\r\n",
        "if x:\n  a\n b\n",
        "@$?!`",
        "b'é' rb'x' Rf'{a}' u'x'",
    ];
    for src in garbage {
        check_highlight(src);
        let _ = tokenize_for_highlight(src);
        let _ = parse(src);
    }
    let deep = "(".repeat(5000) + &"[".repeat(5000);
    check_highlight(&deep);
    for src in mutations(11, 300) {
        check_highlight(&src);
    }
}

// ----- lexer --------------------------------------------------------------------------

#[test]
fn tokens_and_layout() {
    use TokenKind::*;
    let kinds: Vec<TokenKind> =
        tokenize("if x:\n    y = (1,\n  2)\n\n# c\nz\n").expect("tokens").into_iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            Keyword("if"),
            Name,
            Op(":"),
            Newline,
            Indent,
            Name,
            Op("="),
            Op("("),
            Int,
            Op(","),
            Int,
            Op(")"),
            Newline,
            Dedent,
            Name,
            Newline,
            EndMarker
        ]
    );
    let ops: Vec<TokenKind> =
        tokenize("a := b -> c ** d // e ... f @ g").expect("tokens").into_iter().map(|t| t.kind).collect();
    assert!(ops.contains(&Op(":=")) && ops.contains(&Op("->")) && ops.contains(&Op("...")) && ops.contains(&Op("@")));
    let d = tokenize("x = 'abc\n").expect_err("unterminated");
    assert_eq!((d.line, d.col), (1, 5));
    assert!(tokenize_for_highlight("x = 'abc\n").iter().any(|t| matches!(t.kind, Str(_))));
}

#[test]
fn a_64_kib_source_parses_quickly() {
    let mut src = String::new();
    while src.len() < 64 * 1024 - FSTRING_FORMATS.len() {
        src.push_str(FSTRING_FORMATS);
    }
    let start = std::time::Instant::now();
    parse_ok(&src);
    highlight(&src);
    let took = start.elapsed();
    // Release builds take about 2 ms here; debug builds are much slower.
    let limit = if cfg!(debug_assertions) { 2_000 } else { 50 };
    assert!(took.as_millis() < limit, "took {took:?}");
}
