//! Assignment targets: turning the expression read on the left of `=` (or after `for`,
//! `as`, `del`) into a [`Target`], with CPython's messages for what cannot be assigned.

use super::{Node, PResult, Parser};
use crate::syntax::ast::*;

/// Where a target appears, which changes CPython's messages.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetCtx {
    Assign,
    AugAssign,
    Del,
}

impl Parser<'_, '_> {
    /// Converts the left-hand side of `=` (or a `for` variable, a `with` target, a `del`
    /// item) into a target, with CPython's messages for what cannot be assigned. A
    /// starred target outside a tuple is kept: CPython rejects it when compiling
    /// (`check`), after every parse error.
    pub(super) fn target_from(&mut self, e: Expr, ctx: TargetCtx) -> PResult<Target> {
        let span = e.span;
        match e.kind {
            ExprKind::Name(n) => Ok(Target::Name(n, span)),
            ExprKind::Attribute { value, attr, attr_span } => Ok(Target::Attribute { value, attr, attr_span, span }),
            ExprKind::Subscript { value, index } => Ok(Target::Subscript { value, index, span }),
            ExprKind::Tuple(elts) | ExprKind::List(elts) if ctx != TargetCtx::AugAssign => {
                let mut targets = Vec::with_capacity(elts.len());
                for elt in elts {
                    targets.push(self.target_from(elt, ctx)?);
                }
                Ok(Target::Tuple(targets, span))
            }
            ExprKind::Starred(inner) if ctx != TargetCtx::AugAssign => {
                let inner = self.target_from(*inner, ctx)?;
                Ok(Target::Starred(Box::new(inner), span))
            }
            kind => {
                let what = expr_name(&kind);
                self.invalid_target(what, span, ctx)
            }
        }
    }

    /// The variable(s) of a `for` (statement or comprehension), up to the `in`.
    pub(super) fn for_target(&mut self) -> PResult<Target> {
        let start_pos = self.pos;
        self.for_target_depth += 1;
        let targets = self.star_targets();
        self.for_target_depth -= 1;
        match targets {
            Ok(e) if self.at_kw("in") => self.target_from(e.e, TargetCtx::Assign),
            Err(fail) if self.for_target_depth > 0 => Err(fail),
            Ok(_) if self.for_target_depth > 0 => self.unexpected(),
            _ => {
                self.error = None;
                self.for_target_depth += 1;
                let r = self.invalid_for_target(start_pos);
                self.for_target_depth -= 1;
                r
            }
        }
    }

    /// CPython's invalid_for_target: read the whole thing as an expression and name the
    /// part that cannot be assigned; otherwise the generic error where parsing stopped.
    fn invalid_for_target<T>(&mut self, start_pos: usize) -> PResult<T> {
        let stop = self.pos;
        self.pos = start_pos;
        // A specific error met on the way (a forgotten comma...) is CPython's answer.
        let outer = std::mem::replace(&mut self.second_pass, true);
        let whole = self.star_expressions();
        self.second_pass = outer;
        let whole = whole?;
        if let Some((what, span)) = invalid_for_target(&whole.e) {
            let message = format!("cannot assign to {what}");
            return self.fail(message, span);
        }
        self.pos = stop;
        self.unexpected()
    }

    /// star_targets: `a`, `a, b`, `(a, b)`, `[a, *b]`, `x[i]`, `x.y` (primaries only, so
    /// that the `in` of a `for` is not read as a comparison).
    fn star_targets(&mut self) -> PResult<Node> {
        self.comma_tuple(Self::star_target)
    }

    pub(super) fn star_target(&mut self) -> PResult<Node> {
        if !self.at_op("*") {
            return self.primary();
        }
        let star = self.bump();
        let inner = self.primary()?;
        let span = self.since(star.span);
        Ok(self.node(ExprKind::Starred(Box::new(inner.e)), span, inner.depth))
    }

    pub(super) fn invalid_target<T>(&mut self, what: &str, span: Span, ctx: TargetCtx) -> PResult<T> {
        let message = match ctx {
            TargetCtx::AugAssign => format!("'{what}' is an illegal expression for augmented assignment"),
            TargetCtx::Del => format!("cannot delete {what}"),
            TargetCtx::Assign => format!("cannot assign to {what}"),
        };
        self.fail(message, span)
    }
}

/// CPython's description of an expression in "cannot assign to ..." messages
/// (`_PyPegen_get_expr_name`).
pub(super) fn expr_name(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_) | ExprKind::Str(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Set(_) => "set display",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Starred(_) => "starred",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::NamedExpr { .. } => "named expression",
    }
}

/// The part of a `for` target that cannot be assigned (CPython: the left side of an
/// `in` comparison is searched, since `for a in b` reads as one).
pub(super) fn invalid_for_target(e: &Expr) -> Option<(&'static str, Span)> {
    match &e.kind {
        ExprKind::Compare { left, ops } => match ops.first() {
            Some((CmpOp::In, _)) => invalid_target_in(left),
            _ => None,
        },
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(invalid_for_target),
        _ => invalid_target_in(e),
    }
}

/// The first part of `e` that cannot be assigned to (`_PyPegen_get_invalid_target`).
pub(super) fn invalid_target_in(e: &Expr) -> Option<(&'static str, Span)> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(invalid_target_in),
        ExprKind::Starred(inner) => invalid_target_in(inner),
        kind => Some((expr_name(kind), e.span)),
    }
}

/// The first part of `e` that cannot be deleted.
pub(super) fn invalid_del_target(e: &Expr) -> Option<(&'static str, Span)> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(invalid_del_target),
        kind => Some((expr_name(kind), e.span)),
    }
}
