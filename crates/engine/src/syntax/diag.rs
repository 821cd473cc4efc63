//! Diagnostics found before a scenario runs, and the mapping from byte offsets to the
//! (line, column) pairs that Python prints.

use super::ast::Span;
use std::fmt;

/// An error found before running: a real syntax error or a construct outside the subset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Python's exception class: `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    /// Python-style message, e.g. `'class' is not supported by Loopscope`.
    pub message: String,
    pub span: Span,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters (as CPython's `offset`).
    pub col: u32,
}

impl Diagnostic {
    pub fn new(kind: &'static str, message: impl Into<String>, span: Span, source: &str) -> Diagnostic {
        let (line, col) = LineIndex::new(source).line_col(span.start);
        Diagnostic { kind, message: message.into(), span, line, col }
    }

    pub fn syntax(message: impl Into<String>, span: Span, source: &str) -> Diagnostic {
        Diagnostic::new("SyntaxError", message, span, source)
    }
}

/// `SyntaxError: message (line L, column C)`: the CLI's and the page's error text.
/// Line 0 means CPython gives no position (NUL bytes): `(line None, column None)`.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            return write!(f, "{}: {} (line None, column None)", self.kind, self.message);
        }
        write!(f, "{}: {} (line {}, column {})", self.kind, self.message, self.line, self.col)
    }
}

/// Byte offset -> (line, column), both 1-based, columns in characters.
pub struct LineIndex<'a> {
    source: &'a str,
    /// Byte offset of the start of every line.
    starts: Vec<u32>,
}

impl<'a> LineIndex<'a> {
    pub fn new(source: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { source, starts }
    }

    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.source.len() as u32);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line] as usize;
        let mut end = offset as usize;
        while !self.source.is_char_boundary(end) {
            end -= 1;
        }
        let col = self.source[start..end].chars().count() as u32 + 1;
        (line as u32 + 1, col)
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        self.line_col(offset).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = "a = 1\nb = 'é' + c\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(6), (2, 1));
        let c = src.find('c').unwrap() as u32;
        assert_eq!(idx.line_col(c), (2, 11));
    }
}
