//! String literals: escapes, implicit concatenation, and f-strings (replacement fields,
//! conversions, nested format specs, the `=` debug form), following CPython 3.11's
//! `fstring_find_literal` / `fstring_find_expr`.

use super::{Fail, Node, PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::diag::{Diagnostic, LineIndex};
use crate::syntax::lexer::{self, TokenKind};
use std::rc::Rc;

impl Parser<'_, '_> {
    /// Adjacent string literals, concatenated; f-strings become `FString`.
    #[inline(never)]
    pub(super) fn strings(&mut self) -> PResult<Node> {
        let mut pieces = Vec::new();
        while let TokenKind::Str(flags) = self.kind() {
            pieces.push((self.bump(), flags));
        }
        // CPython reports string errors at the token after the literals.
        let after = self.span();
        let start = pieces.first().map_or(after, |(t, _)| t.span);
        let span = Span::new(start.start as usize, self.prev_end);
        let any_bytes = pieces.iter().any(|(_, f)| f.bytes);
        if any_bytes && pieces.iter().any(|(_, f)| !f.bytes) {
            return self.fail("cannot mix bytes and nonbytes literals", after);
        }
        if any_bytes {
            for (t, _) in &pieces {
                if !self.text(t.span).is_ascii() {
                    return self.fail("bytes can only contain ASCII literal characters", t.span);
                }
            }
            self.unsupported("bytes literals", start);
            // A constant stands for it: CPython's messages call both "literal".
            return Ok(self.leaf(ExprKind::Str(Rc::from("")), span));
        }
        let mut parts = Vec::new();
        let mut fstring = false;
        let outer_depth = std::mem::take(&mut self.field_depth);
        for (t, flags) in pieces {
            let Some((body_start, body_end)) = flags.body(t.span, self.src) else {
                return self.fail("invalid string literal", t.span);
            };
            if flags.fstring {
                fstring = true;
                let mut at = body_start;
                self.fstring_body(&mut at, body_end, flags.raw, 0, after, &mut parts)?;
            } else {
                let text = self.decode(body_start, body_end, flags.raw, after)?;
                push_literal(&mut parts, &text);
            }
        }
        if !fstring {
            let text = match parts.pop() {
                Some(FPart::Literal(s)) => s,
                _ => Rc::from(""),
            };
            return Ok(self.leaf(ExprKind::Str(text), span));
        }
        let depth = std::mem::replace(&mut self.field_depth, outer_depth);
        Ok(self.node(ExprKind::FString(parts), span, depth))
    }

    /// The value of a literal's body, escapes processed unless raw.
    fn decode(&mut self, start: usize, end: usize, raw: bool, after: Span) -> PResult<String> {
        let body = self.src.get(start..end).unwrap_or("");
        if raw {
            return Ok(body.replace("\r\n", "\n"));
        }
        match decode_escapes(body) {
            Ok(s) => Ok(s),
            Err(EscapeError::Invalid(message)) => self.fail(message, after),
            Err(EscapeError::Unsupported(what)) => {
                self.unsupported(&what, Span::new(start, end));
                Ok(String::new())
            }
        }
    }

    /// Literal text and replacement fields of an f-string body from `*at`, until `end`
    /// (top level) or the `}` that closes a format spec (`level` > 0), following
    /// CPython 3.11's fstring_find_literal / fstring_find_expr.
    fn fstring_body(
        &mut self,
        at: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
        after: Span,
        out: &mut Vec<FPart>,
    ) -> PResult<()> {
        let bytes = self.src.as_bytes();
        let byte = |i: usize| if i < end { bytes.get(i).copied().unwrap_or(0) } else { 0 };
        loop {
            let mut segment = *at;
            let mut literal = String::new();
            while *at < end {
                let b = byte(*at);
                if !raw && b == b'\\' && *at + 1 < end {
                    if byte(*at + 1) == b'N' && byte(*at + 2) == b'{' {
                        // `\N{NAME}`: its braces are not a replacement field.
                        *at += 3;
                        while *at < end && byte(*at) != b'}' {
                            *at += 1;
                        }
                        *at = (*at + 1).min(end);
                        continue;
                    }
                    if !matches!(byte(*at + 1), b'{' | b'}') {
                        *at += 2;
                        continue;
                    }
                    *at += 1;
                    continue;
                }
                if b == b'{' || b == b'}' {
                    if level == 0 && byte(*at + 1) == b {
                        literal.push_str(&self.decode(segment, *at, raw, after)?);
                        literal.push(b as char);
                        *at += 2;
                        segment = *at;
                        continue;
                    }
                    if b == b'}' && level == 0 {
                        return self.fail("f-string: single '}' is not allowed", after);
                    }
                    break;
                }
                *at += 1;
            }
            let stop = (*at).min(end);
            literal.push_str(&self.decode(segment, stop, raw, after)?);
            push_literal(out, &literal);
            if *at >= end || byte(*at) == b'}' {
                return Ok(());
            }
            self.fstring_field(at, end, raw, level, after, out)?;
        }
    }

    /// One replacement field `{expr[=][!c][:spec]}` starting at the `{` at `*at`.
    fn fstring_field(
        &mut self,
        at: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
        after: Span,
        out: &mut Vec<FPart>,
    ) -> PResult<()> {
        if level >= 2 {
            return self.fail("f-string: expressions nested too deeply", after);
        }
        *at += 1;
        let expr_start = *at;
        self.scan_field_expression(at, end, after)?;
        let expr_end = *at;
        let bytes = self.src.as_bytes();
        let byte = |i: usize| if i < end { bytes.get(i).copied().unwrap_or(0) } else { 0 };
        if *at >= end {
            return self.fail("f-string: expecting '}'", after);
        }
        let text = self.src.get(expr_start..expr_end).unwrap_or("");
        if text.chars().all(char::is_whitespace) {
            let next = self.src.get(expr_end..).and_then(|r| r.chars().next()).unwrap_or('}');
            if matches!(next, '=' | '!' | ':') {
                return self.fail(format!("f-string: expression required before '{next}'"), after);
            }
            return self.fail("f-string: empty expression not allowed", after);
        }
        let expr = self.fstring_expression(expr_start, expr_end)?;
        let mut debug_text = None;
        if byte(*at) == b'=' {
            *at += 1;
            while *at < end && matches!(byte(*at), b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                *at += 1;
            }
            if *at >= end {
                return self.fail("f-string: expecting '}'", after);
            }
            debug_text = self.src.get(expr_start..*at);
        }
        let mut conversion = None;
        if byte(*at) == b'!' {
            *at += 1;
            if *at >= end {
                return self.fail("f-string: expecting '}'", after);
            }
            let c = self.src.get(*at..end).and_then(|s| s.chars().next()).unwrap_or('\0');
            *at += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return self.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", after);
            }
            conversion = Some(c);
        }
        let mut spec = Vec::new();
        let has_spec = byte(*at) == b':';
        if has_spec {
            *at += 1;
            if *at >= end {
                return self.fail("f-string: expecting '}'", after);
            }
            self.fstring_body(at, end, raw, level + 1, after, &mut spec)?;
        }
        if *at >= end || byte(*at) != b'}' {
            return self.fail("f-string: expecting '}'", after);
        }
        *at += 1;
        // `{x=}` prints the expression's text, then its repr unless told otherwise.
        if debug_text.is_some() && conversion.is_none() && !has_spec {
            conversion = Some('r');
        }
        let debug_text = debug_text.map(Rc::from);
        self.field_depth = self.field_depth.max(expr.depth + level + 1);
        out.push(FPart::Field { expr: expr.e, conversion, spec, debug_text });
        Ok(())
    }

    /// Finds where a field's expression ends (CPython's scan: quotes, brackets, and the
    /// first `!`, `:`, `=`, `}` outside them that is not part of `!=`, `==`, `<=`, `>=`).
    fn scan_field_expression(&mut self, at: &mut usize, end: usize, after: Span) -> PResult<()> {
        let bytes = self.src.as_bytes();
        let byte = |i: usize| if i < end { bytes.get(i).copied().unwrap_or(0) } else { 0 };
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while *at < end {
            let ch = byte(*at);
            if ch == b'\\' {
                return self.fail("f-string expression part cannot include a backslash", after);
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if *at + 2 < end && byte(*at + 1) == q && byte(*at + 2) == q {
                        *at += 2;
                        quote = None;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                let triple = *at + 2 < end && byte(*at + 1) == ch && byte(*at + 2) == ch;
                if triple {
                    *at += 2;
                }
                quote = Some((ch, triple));
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if stack.len() >= 200 {
                    return self.fail("f-string: too many nested parenthesis", after);
                }
                stack.push(ch);
            } else if ch == b'#' {
                return self.fail("f-string expression part cannot include '#'", after);
            } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                if byte(*at + 1) == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') && *at + 1 < end {
                    *at += 2;
                    continue;
                }
                if ch == b'<' || ch == b'>' {
                    *at += 1;
                    continue;
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(open) = stack.pop() else {
                    return self.fail(format!("f-string: unmatched '{}'", ch as char), after);
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if ch != expected {
                    let message = format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    );
                    return self.fail(message, after);
                }
            }
            *at += 1;
        }
        if quote.is_some() {
            return self.fail("f-string: unterminated string", after);
        }
        if let Some(open) = stack.last() {
            return self.fail(format!("f-string: unmatched '{}'", *open as char), after);
        }
        Ok(())
    }

    /// Parses a field's expression from the original source, so that its spans (and its
    /// errors) point at the right place.
    fn fstring_expression(&mut self, start: usize, end: usize) -> PResult<Node> {
        let lexed = lexer::lex_fstring_expr(self.src, start, end);
        if let Some(e) = lexed.error {
            // CPython reports the tokenizer's own message, without "f-string: ".
            if self.error.is_none() {
                self.error = Some(self.in_field(e.diag, start));
            }
            return Err(Fail);
        }
        self.enter()?;
        let mut sub = Parser::new(self.src, &lexed.tokens);
        sub.brackets = 1;
        sub.in_fstring = true;
        sub.recursion = self.recursion;
        sub.speculating = self.speculating;
        sub.second_pass = self.second_pass;
        let result = sub.fstring_expression_inner();
        self.leave();
        self.unsupported.append(&mut sub.unsupported);
        match result {
            Ok(node) => Ok(node),
            Err(Fail) => {
                if self.error.is_none() {
                    self.error = sub.error.map(|d| self.in_field(d, start));
                }
                Err(Fail)
            }
        }
    }

    /// CPython 3.11 parses a replacement field's expression as a string of its own,
    /// `(` + expression + `)`, and reports its syntax errors there: on the line of the
    /// field (plus the lines inside it), at the column in that string (counted in bytes:
    /// CPython does not convert this one to characters).
    fn in_field(&self, mut d: Diagnostic, expr_start: usize) -> Diagnostic {
        let at = (d.span.start as usize).clamp(expr_start, self.src.len());
        let Some(before) = self.src.get(expr_start..at) else { return d };
        let first_line = LineIndex::new(self.src).line(expr_start as u32);
        let newlines = before.matches('\n').count() as u32;
        d.line = first_line + newlines;
        d.col = match before.rfind('\n') {
            Some(i) => before[i + 1..].len() as u32 + 1,
            None => before.len() as u32 + 2,
        };
        d
    }

    fn fstring_expression_inner(&mut self) -> PResult<Node> {
        if self.at_op("**") {
            let span = self.span();
            return self.fail("cannot use double starred expression here", span);
        }
        let e = self.star_expressions_or_yield()?;
        if matches!(e.e.kind, ExprKind::Starred(_)) {
            return self.fail("cannot use starred expression here", e.span());
        }
        if self.kind() != TokenKind::EndMarker {
            return self.unexpected();
        }
        Ok(e)
    }
}

fn push_literal(parts: &mut Vec<FPart>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FPart::Literal(prev)) = parts.last_mut() {
        let mut joined = prev.to_string();
        joined.push_str(text);
        *prev = Rc::from(joined);
        return;
    }
    parts.push(FPart::Literal(Rc::from(text)));
}

enum EscapeError {
    /// A SyntaxError, with CPython's message.
    Invalid(String),
    /// Valid Python that Loopscope cannot represent.
    Unsupported(String),
}

/// Processes the backslash escapes of a (non-raw) string literal's body like CPython:
/// unknown escapes stay as written.
/// Where CPython's unicode-escape decoder says byte `at` of a literal's body is: it first
/// writes every non-ASCII character as a 10-byte `\U0000XXXX` escape.
fn codec_position(body: &str, at: usize) -> usize {
    let before = body.get(..at).unwrap_or(body);
    before.len() + before.chars().filter(|c| !c.is_ascii()).map(|c| 10 - c.len_utf8()).sum::<usize>()
}

/// `\N{NAME}` at byte `at`: a malformed one is CPython's syntax error; a well-formed one
/// needs the Unicode name database, which Loopscope does not carry (refused).
fn named_escape(body: &str, at: usize) -> EscapeError {
    let rest = body.get(at + 2..).unwrap_or("");
    // Where CPython's decoder stops on a malformed escape (see unicodeescape's `\N`).
    let stop = match rest.strip_prefix('{') {
        None => at + 2,
        Some(name) => match name.find('}') {
            Some(0) => at + 3,
            Some(_) => return EscapeError::Unsupported("'\\N{...}' escapes".into()),
            None => body.len(),
        },
    };
    let (start, end) = (codec_position(body, at), codec_position(body, stop));
    EscapeError::Invalid(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: malformed \\N character escape",
        end.saturating_sub(1)
    ))
}

fn decode_escapes(body: &str) -> Result<String, EscapeError> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            continue; // CRLF inside triple-quoted strings reads as LF
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|&(_, d)| d.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let digits = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut value: u32 = 0;
                let mut count = 0;
                while count < digits {
                    match chars.peek().and_then(|&(_, d)| d.to_digit(16)) {
                        Some(d) => {
                            value = value.wrapping_mul(16).wrapping_add(d);
                            chars.next();
                            count += 1;
                        }
                        None => break,
                    }
                }
                let (i, end) = (codec_position(body, i), codec_position(body, i) + 2 + count);
                if count < digits {
                    let name = match e {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(EscapeError::Invalid(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: {name}",
                        end.saturating_sub(1)
                    )));
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if (0xD800..=0xDFFF).contains(&value) => {
                        return Err(EscapeError::Unsupported("surrogate escapes in strings".into()));
                    }
                    None => {
                        return Err(EscapeError::Invalid(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{}: illegal Unicode character",
                            end.saturating_sub(1)
                        )));
                    }
                }
            }
            'N' => return Err(named_escape(body, i)),
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
