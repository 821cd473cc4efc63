//! Arbitrary bytes (UTF-8, lossily) through everything that looks at a source before it
//! runs: `syntax::parse` (lexer, parser, CPython's compile-time checks, the refused
//! constructs), the editor's `highlight` and the durations panel's `durations_in` /
//! `step` / `rewrite`. Nothing may panic, and:
//! - a failed parse has at least one diagnostic; a syntax error comes alone; each has a
//!   1-based line, a column (0 only where CPython gives none) and a span inside the
//!   source, on char boundaries;
//! - highlight spans are sorted, do not overlap, are non-empty, lie on char boundaries and
//!   cover every non-whitespace character;
//! - every duration's span holds exactly its `text`, and rewriting it with the text of an
//!   arrow-key step gives a source that still parses, with the same number of durations.
#![no_main]

use libfuzzer_sys::fuzz_target;
use loopscope_engine::edit::durations;
use loopscope_engine::syntax::highlight::highlight;

fn check_span(src: &str, start: u32, end: u32, what: &str) {
    let (s, e) = (start as usize, end as usize);
    assert!(s <= e && e <= src.len(), "{what}: span {s}..{e} outside a source of {} bytes", src.len());
    assert!(src.is_char_boundary(s) && src.is_char_boundary(e), "{what}: span {s}..{e} not on char boundaries");
}

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let src: &str = &src;

    if let Err(ds) = loopscope_engine::syntax::parse(src) {
        assert!(!ds.is_empty(), "a failed parse without a diagnostic");
        let refusals = ds.iter().filter(|d| d.message.ends_with("not supported by Loopscope")).count();
        assert!(ds.len() == 1 || refusals == ds.len(), "a syntax error among refusals: {ds:?}");
        for d in &ds {
            // Column 0 is CPython's "no column" (a decimal literal over 4300 digits).
            assert!(d.line >= 1, "diagnostic at line {} column {}: {d}", d.line, d.col);
            assert!(!d.message.is_empty(), "empty diagnostic message");
            check_span(src, d.span.start, d.span.end, "diagnostic");
        }
    }

    let spans = highlight(src);
    let mut covered = 0usize;
    for (span, _class) in &spans {
        check_span(src, span.start, span.end, "highlight");
        let (s, e) = (span.start as usize, span.end as usize);
        assert!(s < e, "empty highlight span at {s}");
        assert!(s >= covered, "highlight span {s}..{e} overlaps or precedes the previous one (ending at {covered})");
        let gap = &src[covered..s];
        assert!(
            gap.chars().all(|c| c.is_whitespace() || c == '\u{feff}'),
            "visible text {gap:?} at {covered}..{s} is not highlighted"
        );
        covered = e;
    }
    let rest = &src[covered..];
    assert!(rest.chars().all(|c| c.is_whitespace() || c == '\u{feff}'), "visible tail {rest:?} is not highlighted");

    if let Ok(found) = durations::durations_in(src) {
        for d in &found {
            check_span(src, d.span.start, d.span.end, "duration");
            assert_eq!(&src[d.span.start as usize..d.span.end as usize], d.text, "duration text");
            assert!(d.line >= 1 && d.col >= 1);
        }
        // The panel's arrow keys rewrite the source and re-run it: the result must still
        // parse and keep every duration. (A few, to keep the target fast.)
        for d in found.iter().take(4) {
            for (direction, big) in [(1, false), (-1, true)] {
                let text = durations::step(d, direction, big);
                let edited = durations::rewrite(src, d, &text);
                match durations::durations_in(&edited) {
                    Ok(again) => assert_eq!(
                        again.len(),
                        found.len(),
                        "stepping {:?} to {text:?} changed the durations of {edited:?}",
                        d.text
                    ),
                    Err(e) => panic!("stepping {:?} to {text:?} broke the source: {e:?}\n{edited:?}", d.text),
                }
            }
        }
    }
});
