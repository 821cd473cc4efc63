//! Syntax highlighting for the editor, from the engine's own tokenizer.
//!
//! [`highlight`] never fails: half-typed code is the normal case in an editor. Every
//! non-whitespace character of the source lies in exactly one returned span, spans are
//! sorted, do not overlap, and start and end on character boundaries.

use super::ast::Span;
use super::lexer::{self, StrFlags, Token, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HighlightClass {
    Keyword,
    /// Built-in functions and exception classes (`print`, `len`, `ValueError`...).
    Builtin,
    /// `True`, `False`, `None`.
    Constant,
    Name,
    /// The name after `def` (or `class`).
    FunctionName,
    Number,
    String,
    Comment,
    Operator,
    Punctuation,
    Error,
}

impl HighlightClass {
    /// A short CSS-friendly name (`kw`, `builtin`, ...).
    pub fn css_class(self) -> &'static str {
        match self {
            HighlightClass::Keyword => "kw",
            HighlightClass::Builtin => "builtin",
            HighlightClass::Constant => "const",
            HighlightClass::Name => "name",
            HighlightClass::FunctionName => "fn",
            HighlightClass::Number => "num",
            HighlightClass::String => "str",
            HighlightClass::Comment => "comment",
            HighlightClass::Operator => "op",
            HighlightClass::Punctuation => "punct",
            HighlightClass::Error => "error",
        }
    }
}

const BUILTINS: &[&str] = &[
    "print",
    "len",
    "range",
    "str",
    "int",
    "float",
    "bool",
    "list",
    "tuple",
    "dict",
    "set",
    "min",
    "max",
    "sum",
    "abs",
    "round",
    "repr",
    "isinstance",
    "type",
    "enumerate",
    "zip",
    "sorted",
    "reversed",
    "any",
    "all",
    "input",
    "open",
    "BaseException",
    "Exception",
    "ValueError",
    "RuntimeError",
    "IndexError",
    "ZeroDivisionError",
    "TypeError",
    "NameError",
    "KeyError",
    "TimeoutError",
    "AttributeError",
    "StopIteration",
    "KeyboardInterrupt",
    "OverflowError",
    "RecursionError",
    "AssertionError",
    "NotImplementedError",
];

/// Classified spans covering every non-whitespace character of `src`, in order.
pub fn highlight(src: &str) -> Vec<(Span, HighlightClass)> {
    let tokens = lexer::tokenize_for_highlight(src);
    let mut out: Vec<(Span, HighlightClass)> = Vec::with_capacity(tokens.len());
    let mut previous: Option<Token> = None;
    for token in tokens {
        let class = match token.kind {
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker => continue,
            TokenKind::Str(flags) if flags.fstring => {
                fstring(src, token.span, flags, &mut out);
                previous = Some(token);
                continue;
            }
            _ => classify(src, token, previous),
        };
        out.push((token.span, class));
        previous = Some(token);
    }
    cover_gaps(src, out)
}

fn classify(src: &str, token: Token, previous: Option<Token>) -> HighlightClass {
    match token.kind {
        TokenKind::Keyword("True" | "False" | "None") => HighlightClass::Constant,
        TokenKind::Keyword(_) => HighlightClass::Keyword,
        TokenKind::Name => {
            let after_def = previous.is_some_and(|p| matches!(p.kind, TokenKind::Keyword("def" | "class")));
            let text = src.get(token.span.start as usize..token.span.end as usize).unwrap_or("");
            if after_def {
                HighlightClass::FunctionName
            } else if BUILTINS.contains(&text) {
                HighlightClass::Builtin
            } else {
                HighlightClass::Name
            }
        }
        TokenKind::Int | TokenKind::Float | TokenKind::Imaginary => HighlightClass::Number,
        TokenKind::Str(_) => HighlightClass::String,
        TokenKind::Comment => HighlightClass::Comment,
        TokenKind::Op("(" | ")" | "[" | "]" | "{" | "}" | "," | ":" | ";" | "." | "->" | "\\") => {
            HighlightClass::Punctuation
        }
        TokenKind::Op(_) => HighlightClass::Operator,
        _ => HighlightClass::Error,
    }
}

/// An f-string: its literal parts as String, the expressions of its replacement fields
/// highlighted as code. Anything unusual (an unterminated field...) stays String.
fn fstring(src: &str, span: Span, flags: StrFlags, out: &mut Vec<(Span, HighlightClass)>) {
    let Some((body_start, body_end)) = flags.body(span, src) else {
        out.push((span, HighlightClass::String));
        return;
    };
    let bytes = src.as_bytes();
    let mut string_from = span.start as usize;
    let mut at = body_start;
    while at < body_end {
        let b = bytes.get(at).copied().unwrap_or(0);
        if b == b'{' && bytes.get(at + 1) == Some(&b'{') {
            at += 2;
            continue;
        }
        if b == b'\\' && !flags.raw {
            at += 2;
            continue;
        }
        if b != b'{' {
            at += 1;
            continue;
        }
        let expr_start = at + 1;
        let Some(expr_end) = field_expression_end(bytes, expr_start, body_end) else { break };
        push_string(src, string_from, expr_start, out);
        for token in lexer::tokenize_range_for_highlight(src, expr_start, expr_end) {
            if !matches!(token.kind, TokenKind::EndMarker | TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent)
            {
                out.push((token.span, classify(src, token, None)));
            }
        }
        string_from = expr_end;
        at = expr_end;
        // Skip the conversion and format spec (nested fields stay String).
        let mut depth = 0;
        while at < body_end {
            match bytes.get(at) {
                Some(b'{') => depth += 1,
                Some(b'}') if depth == 0 => break,
                Some(b'}') => depth -= 1,
                _ => {}
            }
            at += 1;
        }
    }
    push_string(src, string_from, span.end as usize, out);
}

fn push_string(src: &str, start: usize, end: usize, out: &mut Vec<(Span, HighlightClass)>) {
    if start < end && src.is_char_boundary(start) && src.is_char_boundary(end) {
        out.push((Span::new(start, end), HighlightClass::String));
    }
}

/// Where a replacement field's expression ends (as the parser scans it), if it does.
fn field_expression_end(bytes: &[u8], mut at: usize, end: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    while at < end {
        let ch = *bytes.get(at)?;
        match quote {
            Some(q) if ch == q => quote = None,
            Some(_) => {}
            None => match ch {
                b'\'' | b'"' => quote = Some(ch),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth > 0 => depth -= 1,
                b'!' | b'=' if bytes.get(at + 1) == Some(&b'=') => at += 1,
                b'!' | b':' | b'}' | b'=' if depth == 0 => return Some(at),
                b'\\' | b'#' => return None,
                _ => {}
            },
        }
        at += 1;
    }
    None
}

/// Makes sure nothing visible is left out: any non-whitespace character outside every
/// span becomes an Error span of its own; overlapping spans are dropped.
fn cover_gaps(src: &str, spans: Vec<(Span, HighlightClass)>) -> Vec<(Span, HighlightClass)> {
    let mut out = Vec::with_capacity(spans.len());
    let mut covered = 0usize;
    for (span, class) in spans {
        let (start, end) = (span.start as usize, span.end as usize);
        if start < covered
            || end <= start
            || end > src.len()
            || !src.is_char_boundary(start)
            || !src.is_char_boundary(end)
        {
            continue;
        }
        mark_gap(src, covered, start, &mut out);
        out.push((span, class));
        covered = end;
    }
    mark_gap(src, covered, src.len(), &mut out);
    out
}

fn mark_gap(src: &str, start: usize, end: usize, out: &mut Vec<(Span, HighlightClass)>) {
    let Some(gap) = src.get(start..end) else { return };
    for (i, c) in gap.char_indices() {
        if !c.is_whitespace() && c != '\u{feff}' {
            let class = if c == '\\' { HighlightClass::Punctuation } else { HighlightClass::Error };
            out.push((Span::new(start + i, start + i + c.len_utf8()), class));
        }
    }
}
