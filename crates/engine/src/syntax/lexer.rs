//! Python's tokenizer, reproduced closely enough that syntax errors land on the lines
//! CPython 3.11 reports: NEWLINE / INDENT / DEDENT layout, implicit joining inside
//! brackets, backslash continuation, tabs to multiples of 8 (with CPython's tab/space
//! consistency check), numbers, strings and the full operator set (including the ones
//! the subset refuses, so that the parser can name them).
//!
//! Two entry points: [`tokenize`] stops at the first error, like CPython;
//! [`tokenize_for_highlight`] never fails and keeps comments, for the editor.

use super::ast::Span;
use super::diag::Diagnostic;
use super::unicode_ident::{XID_CONTINUE, XID_START, in_ranges};

/// Python 3.11's hard keywords. (`match`, `case` and `_` are soft keywords: names.)
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The keyword spelled `text`, if it is one.
pub fn keyword(text: &str) -> Option<&'static str> {
    // Keywords are short and lowercase but for three: check the cheap things first.
    if text.len() < 2 || text.len() > 8 {
        return None;
    }
    KEYWORDS.iter().copied().find(|k| *k == text)
}

/// The longest operator or delimiter starting with bytes `a`, `b`, `c`.
fn operator_at(a: u8, b: u8, c: u8) -> Option<&'static str> {
    let three = match (a, b, c) {
        (b'*', b'*', b'=') => Some("**="),
        (b'/', b'/', b'=') => Some("//="),
        (b'>', b'>', b'=') => Some(">>="),
        (b'<', b'<', b'=') => Some("<<="),
        (b'.', b'.', b'.') => Some("..."),
        _ => None,
    };
    if three.is_some() {
        return three;
    }
    let two = match (a, b) {
        (b'!', b'=') => Some("!="),
        (b'%', b'=') => Some("%="),
        (b'&', b'=') => Some("&="),
        (b'*', b'*') => Some("**"),
        (b'*', b'=') => Some("*="),
        (b'+', b'=') => Some("+="),
        (b'-', b'=') => Some("-="),
        (b'-', b'>') => Some("->"),
        (b'/', b'/') => Some("//"),
        (b'/', b'=') => Some("/="),
        (b':', b'=') => Some(":="),
        (b'<', b'<') => Some("<<"),
        (b'<', b'=') => Some("<="),
        (b'=', b'=') => Some("=="),
        (b'>', b'=') => Some(">="),
        (b'>', b'>') => Some(">>"),
        (b'@', b'=') => Some("@="),
        (b'^', b'=') => Some("^="),
        (b'|', b'=') => Some("|="),
        _ => None,
    };
    if two.is_some() {
        return two;
    }
    OPERATORS.iter().copied().find(|op| op.len() == 1 && op.as_bytes().first() == Some(&a))
}

/// Operators and delimiters, longest first so that the first match is the longest.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=",
    "==", ">=", ">>", "@=", "^=", "|=", "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@",
    "[", "]", "^", "{", "|", "}", "~",
];

/// CPython's limits (tokenizer.c): MAXLEVEL brackets, MAXINDENT indentation levels.
const MAX_BRACKETS: usize = 200;
const MAX_INDENT: usize = 100;

/// What a string literal's prefix and quotes say about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StrFlags {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// `'''` or `"""`.
    pub triple: bool,
    /// Number of prefix letters before the opening quote.
    pub prefix_len: u8,
}

impl StrFlags {
    /// Byte range of the literal's body (between the quotes) inside the token's span.
    /// `None` when the token is an unterminated string (only in highlight mode).
    pub fn body(&self, span: Span, src: &str) -> Option<(usize, usize)> {
        let quote = if self.triple { 3 } else { 1 };
        let start = span.start as usize + self.prefix_len as usize + quote;
        let end = (span.end as usize).checked_sub(quote)?;
        (start <= end && end <= src.len()).then_some((start, end))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Name,
    Keyword(&'static str),
    Int,
    Float,
    /// `5j`: valid Python, refused by Loopscope.
    Imaginary,
    Str(StrFlags),
    Op(&'static str),
    /// End of a logical line.
    Newline,
    Indent,
    Dedent,
    /// Only produced by [`tokenize_for_highlight`].
    Comment,
    EndMarker,
    /// A character no token starts with (`$`, `?`, `!`...). CPython hands these to its
    /// parser, which then reports "invalid syntax" at them; so does ours. In highlight
    /// mode, also every character the tokenizer could not make sense of.
    Error,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

/// A tokenizer error and how CPython ranks it against parser errors.
#[derive(Clone, Debug)]
pub struct LexError {
    pub diag: Diagnostic,
    /// CPython's tokenizer raises some errors itself (unterminated strings, invalid
    /// characters, bad numbers, bracket mismatches): those win over any syntax error the
    /// parser found earlier in the file, because CPython tokenizes the rest of the source
    /// before reporting. The others (indentation, line continuation, end of file) only
    /// count if the parser reaches them.
    pub hard: bool,
    /// The innermost bracket still open when the tokenizer stopped.
    pub open_bracket: Option<Span>,
}

/// The tokens of a source and, when it stopped early, why.
#[derive(Clone, Debug)]
pub struct Lexed {
    /// Ends with `EndMarker`, or with an `Error` token where the tokenizer stopped.
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
}

/// Tokenizes `src` like CPython, stopping at the first error.
pub fn tokenize(src: &str) -> Result<Vec<Token>, Diagnostic> {
    let lexed = lex(src);
    match lexed.error {
        Some(e) => Err(e.diag),
        None => Ok(lexed.tokens),
    }
}

/// Tokenizes `src` for the editor: never fails, keeps comments, and turns every
/// character it cannot make sense of into an `Error` token before going on.
/// Unterminated strings still come out as strings (running to the end of the line, or of
/// the source for triple quotes), which is what someone typing one expects to see.
pub fn tokenize_for_highlight(src: &str) -> Vec<Token> {
    let mut lexer = Lexer::new(src, 0, src.len(), true, false);
    lexer.run();
    lexer.tokens
}

/// Highlight-mode tokens of `src[start..end]`, an f-string replacement field's
/// expression (no layout tokens; spans are offsets into `src`).
pub fn tokenize_range_for_highlight(src: &str, start: usize, end: usize) -> Vec<Token> {
    let mut lexer = Lexer::new(src, start, end, true, true);
    lexer.run();
    lexer.tokens
}

/// Tokenizes a whole source for the parser.
pub fn lex(src: &str) -> Lexed {
    let mut lexer = Lexer::new(src, 0, src.len(), false, false);
    lexer.run();
    Lexed { tokens: lexer.tokens, error: lexer.error }
}

/// Tokenizes the expression of an f-string replacement field, `src[start..end]`, as if
/// it were inside parentheses (CPython compiles `(` + text + `)`): no layout tokens,
/// spans are offsets into the whole source. Ends with `EndMarker` at `end`.
pub fn lex_fstring_expr(src: &str, start: usize, end: usize) -> Lexed {
    let mut lexer = Lexer::new(src, start, end, false, true);
    lexer.run();
    Lexed { tokens: lexer.tokens, error: lexer.error }
}

/// Whether a character may start an identifier (Unicode XID_Start, and `_`).
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    in_ranges(XID_START, c)
}

/// Whether a character may continue an identifier (Unicode XID_Continue).
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    in_ranges(XID_CONTINUE, c)
}

/// CPython's "non-printable" characters, named differently in its error message.
fn is_non_printable(c: char) -> bool {
    let u = c as u32;
    (c.is_control()
        || c.is_whitespace()
        || matches!(u, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF))
        && c != ' '
}

/// `invalid character '€' (U+20AC)` / `invalid non-printable character U+00A0`.
pub fn invalid_char_message(c: char) -> String {
    if is_non_printable(c) {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    }
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    end: usize,
    tokens: Vec<Token>,
    error: Option<LexError>,
    /// Indentation stack: (columns with tabs to multiples of 8, columns with tabs as 1).
    indents: Vec<(usize, usize)>,
    /// Open brackets: the character and its offset.
    brackets: Vec<(u8, usize)>,
    /// At the start of a line whose indentation has not been measured yet.
    at_line_start: bool,
    /// The current logical line has produced a token (so EOF needs a NEWLINE).
    line_has_tokens: bool,
    highlight: bool,
    /// Inside an f-string replacement field: no layout, newlines are plain whitespace.
    expr_only: bool,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str, start: usize, end: usize, highlight: bool, expr_only: bool) -> Lexer<'a> {
        let mut pos = start;
        // A UTF-8 byte order mark is not part of the program (CPython reads source as bytes
        // and drops it).
        if pos == 0 && src.starts_with('\u{feff}') && !expr_only {
            pos = 3;
        }
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos,
            end: end.min(src.len()),
            tokens: Vec::new(),
            error: None,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: !expr_only,
            line_has_tokens: false,
            highlight,
            expr_only,
        }
    }

    fn byte(&self, at: usize) -> u8 {
        if at < self.end { self.bytes.get(at).copied().unwrap_or(0) } else { 0 }
    }

    fn char_at(&self, at: usize) -> Option<char> {
        if at >= self.end {
            return None;
        }
        self.src.get(at..self.end).and_then(|s| s.chars().next())
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.tokens.push(Token { kind, span: Span::new(start, end) });
        if !matches!(kind, TokenKind::Comment | TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent) {
            self.line_has_tokens = true;
        }
    }

    /// Records an error. In highlight mode, marks `start..end` as an error token and
    /// returns `false` so that lexing goes on; otherwise stops (`true`).
    fn fail(&mut self, kind: &'static str, message: String, start: usize, end: usize, hard: bool) -> bool {
        if self.highlight {
            if end > start {
                self.push(TokenKind::Error, start, end);
            }
            return false;
        }
        let open_bracket = self.brackets.last().map(|&(_, at)| Span::new(at, at + 1));
        self.error = Some(LexError {
            diag: Diagnostic::new(kind, message, Span::new(start, end.max(start)), self.src),
            hard,
            open_bracket,
        });
        self.tokens.push(Token { kind: TokenKind::Error, span: Span::new(start, end.max(start)) });
        true
    }

    /// Where tokens produced at end of input sit: on the last line, as CPython puts them.
    fn eof_offset(&self) -> usize {
        if self.end > 0 && self.byte(self.end - 1) == b'\n' && !self.expr_only { self.end - 1 } else { self.end }
    }

    fn run(&mut self) {
        loop {
            if self.at_line_start && self.brackets.is_empty() {
                match self.line_start() {
                    // A blank or comment-only line: measure the next one.
                    Step::Continue if self.at_line_start => continue,
                    Step::Continue => {}
                    Step::Stop => return,
                    Step::Eof => break,
                }
            }
            match self.next_token() {
                Step::Continue => {}
                Step::Stop => return,
                Step::Eof => break,
            }
        }
        self.finish();
    }

    /// End of input: unclosed brackets, the last NEWLINE, remaining DEDENTs, ENDMARKER.
    fn finish(&mut self) {
        let eof = self.eof_offset();
        if self.expr_only {
            self.push(TokenKind::EndMarker, self.end, self.end);
            return;
        }
        if let Some(&(ch, at)) = self.brackets.last()
            && !self.highlight
        {
            // The error names the bracket, but the token that stands for it sits at the
            // end, where the parser meets it.
            let message = format!("'{}' was never closed", ch as char);
            let span = Span::new(at, at + 1);
            self.error = Some(LexError {
                diag: Diagnostic::syntax(message, span, self.src),
                hard: false,
                open_bracket: Some(span),
            });
            self.tokens.push(Token { kind: TokenKind::Error, span: Span::new(eof, eof) });
            return;
        }
        if self.line_has_tokens {
            self.push(TokenKind::Newline, self.end, self.end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokenKind::Dedent, eof, eof);
        }
        self.push(TokenKind::EndMarker, eof, eof);
    }

    /// Measures the indentation of a new line and emits INDENT/DEDENT tokens; skips blank
    /// and comment-only lines entirely, as CPython does.
    fn line_start(&mut self) -> Step {
        let line_begin = self.pos;
        let (mut col, mut altcol) = (0usize, 0usize);
        // A backslash continues the indentation onto the next physical line; the column
        // at the first one, if not 0, is the line's (tokenizer.c: cont_line_col).
        let mut cont_col = 0usize;
        loop {
            match self.byte(self.pos) {
                b'\\' => {
                    if cont_col == 0 {
                        cont_col = col;
                    }
                    if let Some(step) = self.indentation_continuation() {
                        return step;
                    }
                    continue;
                }
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                0x0c => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        if self.pos >= self.end {
            return Step::Eof;
        }
        match self.byte(self.pos) {
            b'#' => {
                self.comment();
                return Step::Continue; // the newline is then skipped as blank
            }
            b'\n' | b'\r' => {
                self.skip_newline();
                return Step::Continue;
            }
            _ => {}
        }
        self.at_line_start = false;
        self.line_has_tokens = false;
        if self.highlight {
            return Step::Continue;
        }
        if cont_col != 0 {
            (col, altcol) = (cont_col, cont_col);
        }
        self.indentation(line_begin, col, altcol)
    }

    /// A backslash met while measuring indentation: joins the next line, or fails.
    fn indentation_continuation(&mut self) -> Option<Step> {
        let start = self.pos;
        if !matches!(self.byte(start + 1), b'\n' | b'\r') {
            let (message, at) = if start + 1 >= self.end {
                ("unexpected EOF while parsing", start + 1)
            } else {
                ("unexpected character after line continuation character", start + 1)
            };
            self.pos = start + 1;
            if self.fail("SyntaxError", message.into(), at, at, false) {
                return Some(Step::Stop);
            }
            self.push(TokenKind::Error, start, start + 1);
            return None;
        }
        if self.highlight {
            self.push(TokenKind::Op("\\"), start, start + 1);
        }
        self.pos = start + 1;
        self.skip_newline();
        if self.pos >= self.end && !self.highlight {
            self.fail("SyntaxError", "unexpected EOF while parsing".into(), start + 1, start + 1, false);
            return Some(Step::Stop);
        }
        None
    }

    fn indentation(&mut self, line_begin: usize, col: usize, altcol: usize) -> Step {
        let first = self.pos;
        let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
        let tab_error = "inconsistent use of tabs and spaces in indentation";
        if col == top {
            if altcol != alt_top {
                return self.stop_at("TabError", tab_error, line_begin);
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return self.stop_at("IndentationError", "too many levels of indentation", line_begin);
            }
            if altcol <= alt_top {
                return self.stop_at("TabError", tab_error, line_begin);
            }
            self.indents.push((col, altcol));
            // CPython reports "unexpected indent" one column left of the first token, on
            // its physical line.
            let physical = self.src.get(..first).and_then(|s| s.rfind('\n')).map_or(0, |i| i + 1);
            self.push(TokenKind::Indent, first.saturating_sub(1).max(line_begin).max(physical), first);
        } else {
            // CPython checks the new level before it hands out any DEDENT.
            let keep = self.indents.iter().take_while(|&&(c, _)| c <= col).count().max(1);
            let (top, alt_top) = self.indents.get(keep - 1).copied().unwrap_or((0, 0));
            if col != top {
                // CPython points past the end of the line (its tokenizer has read it all).
                let message = "unindent does not match any outer indentation level";
                let line_end =
                    self.src.get(first..self.end).and_then(|r| r.find(['\n', '\r'])).map_or(self.end, |i| first + i);
                return self.stop_at("IndentationError", message, line_end);
            }
            while self.indents.len() > keep {
                self.indents.pop();
                self.push(TokenKind::Dedent, first, first);
            }
            if altcol != alt_top {
                return self.stop_at("TabError", tab_error, line_begin);
            }
        }
        Step::Continue
    }

    fn stop_at(&mut self, kind: &'static str, message: &str, at: usize) -> Step {
        self.fail(kind, message.to_string(), at, at, false);
        Step::Stop
    }

    fn skip_newline(&mut self) {
        if self.byte(self.pos) == b'\r' && self.byte(self.pos + 1) == b'\n' {
            self.pos += 2;
        } else {
            self.pos += 1;
        }
    }

    fn comment(&mut self) {
        let start = self.pos;
        while self.pos < self.end && !matches!(self.byte(self.pos), b'\n' | b'\r') {
            self.pos += 1;
        }
        if self.highlight {
            self.push(TokenKind::Comment, start, self.pos);
        }
    }

    fn next_token(&mut self) -> Step {
        while matches!(self.byte(self.pos), b' ' | b'\t' | 0x0c) {
            self.pos += 1;
        }
        if self.pos >= self.end {
            return Step::Eof;
        }
        let start = self.pos;
        let b = self.byte(start);
        match b {
            b'#' => {
                self.comment();
                Step::Continue
            }
            b'\n' | b'\r' => {
                self.newline(start);
                Step::Continue
            }
            b'\\' => self.continuation(start),
            b'0'..=b'9' => self.number(start),
            b'.' if self.byte(start + 1).is_ascii_digit() => self.number(start),
            b'\'' | b'"' => self.string(start, StrFlags::default()),
            _ if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 => self.word(start),
            _ => self.operator(start),
        }
    }

    fn newline(&mut self, start: usize) {
        self.skip_newline();
        if self.expr_only || !self.brackets.is_empty() {
            return; // implicit line joining
        }
        if self.highlight {
            self.at_line_start = true;
            return;
        }
        self.push(TokenKind::Newline, start, self.pos);
        self.at_line_start = true;
        self.line_has_tokens = false;
    }

    /// A backslash joins the next physical line; anything else after it is an error.
    fn continuation(&mut self, start: usize) -> Step {
        match self.byte(start + 1) {
            b'\n' | b'\r' => {
                if self.highlight {
                    self.push(TokenKind::Op("\\"), start, start + 1);
                }
                self.pos = start + 1;
                self.skip_newline();
                if self.pos >= self.end && !self.highlight && !self.expr_only {
                    self.fail("SyntaxError", "unexpected EOF while parsing".into(), start + 1, start + 1, false);
                    return Step::Stop;
                }
                Step::Continue
            }
            0 if start + 1 >= self.end => {
                self.pos = start + 1;
                if self.fail("SyntaxError", "unexpected EOF while parsing".into(), start + 1, start + 1, false) {
                    return Step::Stop;
                }
                Step::Continue
            }
            _ => {
                self.pos = start + 1;
                let message = "unexpected character after line continuation character".to_string();
                if self.fail("SyntaxError", message, start + 1, start + 1, false) {
                    return Step::Stop;
                }
                if self.highlight {
                    self.push(TokenKind::Error, start, start + 1);
                }
                Step::Continue
            }
        }
    }

    fn operator(&mut self, start: usize) -> Step {
        let Some(op) = operator_at(self.byte(start), self.byte(start + 1), self.byte(start + 2)) else {
            let c = self.char_at(start).unwrap_or('\0');
            self.pos = start + c.len_utf8();
            if c.is_ascii_control() && !self.highlight {
                // CPython's tokenizer itself rejects control characters.
                self.fail("SyntaxError", invalid_char_message(c), start, self.pos, true);
                return Step::Stop;
            }
            // `$`, `?`, `!`, backtick: CPython passes them on and its parser fails there.
            self.push(TokenKind::Error, start, self.pos);
            return Step::Continue;
        };
        self.pos = start + op.len();
        match op {
            "(" | "[" | "{" => {
                if self.brackets.len() >= MAX_BRACKETS && !self.expr_only {
                    if self.fail("SyntaxError", "too many nested parentheses".into(), start, self.pos, true) {
                        return Step::Stop;
                    }
                    return Step::Continue;
                }
                self.brackets.push((op.as_bytes().first().copied().unwrap_or(b'('), start));
            }
            ")" | "]" | "}" => {
                if let Some(step) = self.close_bracket(op, start) {
                    return step;
                }
            }
            _ => {}
        }
        self.push(TokenKind::Op(op), start, self.pos);
        Step::Continue
    }

    /// Checks a closing bracket against the innermost open one. Returns a step when the
    /// token must not be pushed as a plain operator.
    fn close_bracket(&mut self, op: &'static str, start: usize) -> Option<Step> {
        let close = op.as_bytes().first().copied().unwrap_or(0);
        let Some(&(open, at)) = self.brackets.last() else {
            let message = format!("unmatched '{op}'");
            return Some(if self.fail("SyntaxError", message, start, start + 1, true) {
                Step::Stop
            } else {
                Step::Continue
            });
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close != expected && self.highlight {
            // Marked as an error, and taken as closing the open bracket.
            self.push(TokenKind::Error, start, start + 1);
            self.brackets.pop();
            return Some(Step::Continue);
        }
        if close != expected {
            let mut message =
                format!("closing parenthesis '{op}' does not match opening parenthesis '{}'", open as char);
            let index = super::diag::LineIndex::new(self.src);
            let open_line = index.line(at as u32);
            if open_line != index.line(start as u32) {
                message.push_str(&format!(" on line {open_line}"));
            }
            self.fail("SyntaxError", message, start, start + 1, true);
            return Some(Step::Stop);
        }
        self.brackets.pop();
        None
    }

    /// Identifiers, keywords, and string prefixes.
    fn word(&mut self, start: usize) -> Step {
        // String prefixes: legal combinations of b, r, u, f (tokenizer.c).
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        let mut at = start;
        loop {
            let c = self.byte(at).to_ascii_lowercase();
            let ok = match c {
                b'b' if !(saw_b || saw_u || saw_f) => {
                    saw_b = true;
                    true
                }
                b'u' if !(saw_b || saw_u || saw_r || saw_f) => {
                    saw_u = true;
                    true
                }
                b'r' if !(saw_r || saw_u) => {
                    saw_r = true;
                    true
                }
                b'f' if !(saw_f || saw_b || saw_u) => {
                    saw_f = true;
                    true
                }
                _ => false,
            };
            if !ok {
                break;
            }
            at += 1;
            if matches!(self.byte(at), b'\'' | b'"') {
                let flags = StrFlags {
                    raw: saw_r,
                    bytes: saw_b,
                    fstring: saw_f,
                    triple: false,
                    prefix_len: (at - start) as u8,
                };
                return self.string(start, flags);
            }
        }
        self.identifier(start)
    }

    fn identifier(&mut self, start: usize) -> Step {
        // Like CPython, read every identifier character and every non-ASCII character,
        // then check the run: the first bad character is the one reported.
        let mut end = start;
        let mut all_ascii = true;
        while let Some(c) = self.char_at(end) {
            if c.is_ascii_alphanumeric() || c == '_' {
                end += 1;
            } else if !c.is_ascii() {
                all_ascii = false;
                end += c.len_utf8();
            } else {
                break;
            }
        }
        if !all_ascii && let Some((bad, bad_len)) = self.first_invalid(start, end) {
            if bad > start && self.highlight {
                self.push(TokenKind::Name, start, bad);
            }
            let c = self.char_at(bad).unwrap_or('\0');
            self.pos = bad + bad_len;
            if self.fail("SyntaxError", invalid_char_message(c), bad, bad + bad_len, true) {
                return Step::Stop;
            }
            return Step::Continue;
        }
        self.pos = end;
        let text = self.src.get(start..end).unwrap_or("");
        let kind = match keyword(text) {
            Some(k) => TokenKind::Keyword(k),
            None => TokenKind::Name,
        };
        self.push(kind, start, end);
        Step::Continue
    }

    /// The first character of `start..end` that cannot be part of an identifier there.
    fn first_invalid(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let text = self.src.get(start..end)?;
        for (i, c) in text.char_indices() {
            let ok = if i == 0 { is_id_start(c) } else { is_id_continue(c) };
            if !ok {
                return Some((start + i, c.len_utf8()));
            }
        }
        None
    }

    fn digits_while(&self, mut at: usize, pred: impl Fn(u8) -> bool) -> usize {
        while pred(self.byte(at)) {
            at += 1;
        }
        at
    }

    /// A run of decimal digits with single underscores between them (tok_decimal_tail).
    /// Returns the end, or the offset of the bad underscore's follower.
    fn decimal_tail(&self, at: usize) -> Result<usize, usize> {
        let mut at = self.digits_while(at, |b| b.is_ascii_digit());
        while self.byte(at) == b'_' {
            if !self.byte(at + 1).is_ascii_digit() {
                return Err(at + 1);
            }
            at = self.digits_while(at + 1, |b| b.is_ascii_digit());
        }
        Ok(at)
    }

    fn number(&mut self, start: usize) -> Step {
        match self.scan_number(start) {
            Ok((end, kind)) => {
                self.pos = end;
                self.push(kind, start, end);
                Step::Continue
            }
            Err((message, at)) => {
                if self.highlight {
                    // The whole alphanumeric run is the bad number.
                    let mut end = at.max(start + 1);
                    while let Some(c) = self.char_at(end).filter(|c| c.is_alphanumeric() || *c == '_' || *c == '.') {
                        end += c.len_utf8();
                    }
                    self.pos = end;
                    self.push(TokenKind::Error, start, end);
                    return Step::Continue;
                }
                // CPython points one character left of the offending one, except for a
                // bad digit or leading zeros.
                let at = if message.starts_with("invalid digit") || message.starts_with("leading") {
                    at
                } else {
                    at.saturating_sub(1).max(start)
                };
                self.fail("SyntaxError", message, at, at, true);
                Step::Stop
            }
        }
    }

    /// Scans a number literal following CPython's tokenizer; on error returns the message
    /// and the offset it points at.
    fn scan_number(&self, start: usize) -> Result<(usize, TokenKind), (String, usize)> {
        let invalid = |kind: &str, at: usize| (format!("invalid {kind} literal"), at);
        let first = self.byte(start);
        if first == b'0' {
            let radix = match self.byte(start + 1) {
                b'x' | b'X' => Some((16, "hexadecimal")),
                b'o' | b'O' => Some((8, "octal")),
                b'b' | b'B' => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, name)) = radix {
                return self.radix_number(start, radix, name);
            }
            // Zeros, maybe an old-style octal (refused) or a float.
            let mut at = start + 1;
            loop {
                if self.byte(at) == b'_' {
                    if !self.byte(at + 1).is_ascii_digit() {
                        return Err(invalid("decimal", at + 1));
                    }
                    at += 1;
                }
                if self.byte(at) != b'0' {
                    break;
                }
                at += 1;
            }
            let mut nonzero = false;
            if self.byte(at).is_ascii_digit() {
                nonzero = true;
                at = self.decimal_tail(at).map_err(|e| invalid("decimal", e))?;
            }
            return match self.byte(at) {
                b'.' => self.fraction(start, at + 1),
                b'e' | b'E' => self.exponent(start, at),
                b'j' | b'J' => self.imaginary(start, at + 1),
                _ if nonzero => Err((
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                        .into(),
                    start,
                )),
                _ => self.end_of_number(at, "decimal").map(|e| (e, TokenKind::Int)),
            };
        }
        if first == b'.' {
            return self.fraction(start, start + 1);
        }
        let at = self.decimal_tail(start).map_err(|e| invalid("decimal", e))?;
        match self.byte(at) {
            b'.' => self.fraction(start, at + 1),
            b'e' | b'E' => self.exponent(start, at),
            b'j' | b'J' => self.imaginary(start, at + 1),
            _ => self.end_of_number(at, "decimal").map(|e| (e, TokenKind::Int)),
        }
    }

    fn radix_number(&self, start: usize, radix: u32, name: &str) -> Result<(usize, TokenKind), (String, usize)> {
        let is_digit = |b: u8| (b as char).is_digit(radix);
        let mut at = start + 2;
        loop {
            if self.byte(at) == b'_' {
                at += 1;
            }
            if !is_digit(self.byte(at)) {
                let b = self.byte(at);
                if radix < 10 && b.is_ascii_digit() {
                    return Err((format!("invalid digit '{}' in {name} literal", b as char), at));
                }
                return Err((format!("invalid {name} literal"), at));
            }
            at = self.digits_while(at, is_digit);
            if self.byte(at) != b'_' {
                break;
            }
        }
        let b = self.byte(at);
        if radix < 10 && b.is_ascii_digit() {
            return Err((format!("invalid digit '{}' in {name} literal", b as char), at));
        }
        self.end_of_number(at, name).map(|e| (e, TokenKind::Int))
    }

    fn fraction(&self, start: usize, mut at: usize) -> Result<(usize, TokenKind), (String, usize)> {
        if self.byte(at).is_ascii_digit() {
            at = self.decimal_tail(at).map_err(|e| ("invalid decimal literal".to_string(), e))?;
        }
        match self.byte(at) {
            b'e' | b'E' => self.exponent(start, at),
            b'j' | b'J' => self.imaginary(start, at + 1),
            _ => self.end_of_number(at, "decimal").map(|e| (e, TokenKind::Float)),
        }
    }

    fn exponent(&self, start: usize, e_at: usize) -> Result<(usize, TokenKind), (String, usize)> {
        let mut at = e_at + 1;
        if matches!(self.byte(at), b'+' | b'-') {
            at += 1;
            if !self.byte(at).is_ascii_digit() {
                return Err(("invalid decimal literal".into(), at));
            }
        } else if !self.byte(at).is_ascii_digit() {
            // `1else`: the number stops before the `e`.
            self.end_of_number(e_at, "decimal")?;
            let kind = if self.src.get(start..e_at).is_some_and(|t| t.contains('.')) {
                TokenKind::Float
            } else {
                TokenKind::Int
            };
            return Ok((e_at, kind));
        }
        at = self.decimal_tail(at).map_err(|e| ("invalid decimal literal".to_string(), e))?;
        if matches!(self.byte(at), b'j' | b'J') {
            return self.imaginary(start, at + 1);
        }
        self.end_of_number(at, "decimal").map(|e| (e, TokenKind::Float))
    }

    fn imaginary(&self, _start: usize, at: usize) -> Result<(usize, TokenKind), (String, usize)> {
        self.end_of_number(at, "imaginary").map(|e| (e, TokenKind::Imaginary))
    }

    /// CPython's verify_end_of_number: a number directly followed by a letter is an error,
    /// except for the keywords that can legally follow one (`1if x else 2`).
    fn end_of_number(&self, at: usize, kind: &str) -> Result<usize, (String, usize)> {
        let rest = self.src.get(at..self.end).unwrap_or("");
        let ends_word = |n: usize| {
            !rest
                .get(n..)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()))
        };
        // CPython only checks that `and`, `else`, `for`, `or`, `not` end there; for `if`,
        // `in`, `is` the two letters suffice.
        let keyword_follows =
            ["and", "else", "for", "or", "not"].iter().any(|k| rest.starts_with(k) && ends_word(k.len()))
                || ["if", "in", "is"].iter().any(|k| rest.starts_with(k));
        let c = self.char_at(at);
        if !keyword_follows && c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()) {
            return Err((format!("invalid {kind} literal"), at));
        }
        Ok(at)
    }

    /// A string literal starting at `start` (prefix included); `flags` has the prefix.
    fn string(&mut self, start: usize, mut flags: StrFlags) -> Step {
        let open = start + flags.prefix_len as usize;
        let quote = self.byte(open);
        flags.triple = self.byte(open + 1) == quote && self.byte(open + 2) == quote;
        let mut at = if flags.triple { open + 3 } else { open + 1 };
        loop {
            if at >= self.end {
                return self.unterminated(start, at, flags);
            }
            let b = self.byte(at);
            if b == quote {
                if !flags.triple {
                    at += 1;
                    break;
                }
                if self.byte(at + 1) == quote && self.byte(at + 2) == quote {
                    at += 3;
                    break;
                }
                at += 1;
            } else if b == b'\\' {
                at += 1;
                if self.byte(at) == b'\r' && self.byte(at + 1) == b'\n' {
                    at += 1;
                }
                at += self.char_at(at).map_or(1, char::len_utf8);
            } else if !flags.triple && (b == b'\n' || b == b'\r') {
                return self.unterminated(start, at, flags);
            } else {
                at += self.char_at(at).map_or(1, char::len_utf8);
            }
        }
        self.pos = at.min(self.end);
        self.push(TokenKind::Str(flags), start, self.pos);
        Step::Continue
    }

    fn unterminated(&mut self, start: usize, at: usize, flags: StrFlags) -> Step {
        let at = at.min(self.end);
        if self.highlight {
            // Show it as a string up to where it stopped (end of line or of input).
            self.pos = at;
            self.push(TokenKind::Str(flags), start, at);
            return Step::Continue;
        }
        // At the end of input, CPython counts the last line (not the empty one after it).
        let detected_at = if at >= self.end { self.eof_offset() } else { at };
        let detected = super::diag::LineIndex::new(self.src).line(detected_at as u32);
        let what =
            if flags.triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
        let message = format!("{what} (detected at line {detected})");
        self.fail("SyntaxError", message, start, start, true);
        Step::Stop
    }
}

enum Step {
    Continue,
    Stop,
    Eof,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<TokenKind> {
        tokenize(src).map(|t| t.into_iter().map(|t| t.kind).collect()).unwrap_or_default()
    }

    #[test]
    fn layout_tokens() {
        use TokenKind::*;
        let k = kinds("if x:\n    y = (1,\n 2)\n\n# c\nz\n");
        assert_eq!(
            k,
            vec![
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
    }

    #[test]
    fn numbers() {
        use TokenKind::*;
        assert_eq!(
            kinds("1_000 0x1F 0o7 0b1 1.5 .5 1e3 1E-5 1_0.5 5j 00"),
            vec![Int, Int, Int, Int, Float, Float, Float, Float, Float, Imaginary, Int, Newline, EndMarker]
        );
        assert!(tokenize("1_").is_err());
        assert!(tokenize("09").is_err());
        assert!(tokenize("1abc").is_err());
        assert_eq!(kinds("1if x else 2").first(), Some(&Int));
    }
}
