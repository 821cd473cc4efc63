//! CPython's `__future__` pass (future.c): the features a module turns on, and the
//! features that do not exist. (A `from __future__` import after other statements is an
//! error of the code generator, which reports it in its own order.)

use crate::syntax::ast::*;
use crate::syntax::diag::Diagnostic;

/// Python 3.11's `__future__` features.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// What the module's leading `from __future__` imports turn on.
#[derive(Default)]
pub(super) struct Features {
    /// `from __future__ import annotations`: annotations are not evaluated (nor compiled).
    pub annotations: bool,
    /// The line of the last leading `__future__` import (0 without one): a later one is
    /// "not at the beginning of the file".
    pub last_line: u32,
}

pub(super) fn check(src: &str, module: &Module) -> Result<Features, Diagnostic> {
    let lines = crate::syntax::diag::LineIndex::new(src);
    let mut features = Features::default();
    let mut done = false;
    let mut prev_line = 0;
    for (i, stmt) in module.body.iter().enumerate() {
        let line = lines.line(stmt.span.start);
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match &stmt.kind {
            StmtKind::ImportFrom { module: Some(m), names, star, level: 0, .. } if &**m == "__future__" => {
                if done {
                    // (Said here for an import after `;` on the line that ended the leading
                    // ones, at CPython's 0-based column.)
                    let message = "from __future__ imports must occur at the beginning of the file";
                    let mut d = Diagnostic::syntax(message, stmt.span, src);
                    d.col = d.col.saturating_sub(1);
                    return Err(d);
                }
                if star.is_some() {
                    return Err(Diagnostic::syntax("future feature * is not defined", stmt.span, src));
                }
                for alias in names {
                    match &*alias.name {
                        "annotations" => features.annotations = true,
                        "braces" => return Err(Diagnostic::syntax("not a chance", stmt.span, src)),
                        name if FEATURES.contains(&name) => {}
                        name => {
                            let message = format!("future feature {name} is not defined");
                            return Err(Diagnostic::syntax(message, stmt.span, src));
                        }
                    }
                }
                features.last_line = line;
            }
            StmtKind::Expr(Expr { kind: ExprKind::Str(_), .. }) if i == 0 => {}
            _ => done = true,
        }
    }
    Ok(features)
}
