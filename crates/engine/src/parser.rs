//! Parser (placeholder: being written).
use crate::{ast::Module, ast::Span, diag::Diagnostic};

pub fn parse(source: &str) -> Result<Module, Diagnostic> {
    Err(Diagnostic::syntax("parser not written yet", Span::default(), source))
}
