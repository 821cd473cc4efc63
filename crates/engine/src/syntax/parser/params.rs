//! The parameters of a `def` (up to its `)`) or a `lambda` (up to its `:`), with
//! CPython's messages for the misplaced ones.

use super::{PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::lexer::TokenKind;

/// Which kind of parameter a name after `*`, `**` or nothing is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Plain,
    VarArg,
    KwArg,
}

impl Parser<'_, '_> {
    /// The parameters, and the deepest nesting of their defaults and annotations.
    pub(super) fn parameters(&mut self, lambda: bool) -> PResult<(Parameters, u32)> {
        let close = if lambda { ":" } else { ")" };
        let mut params = Parameters::default();
        let (mut seen_default, mut seen_star, mut seen_slash) = (false, false, false);
        let mut depth = 0;
        while !self.at_op(close) {
            let t = self.tok();
            if params.kwarg.is_some() {
                return self.fail("arguments cannot follow var-keyword argument", t.span);
            }
            if t.kind == TokenKind::Op("(") {
                // CPython's message only follows plain parameters.
                if seen_default || seen_star || seen_slash {
                    return self.unexpected();
                }
                return self.parenthesized_parameters(lambda);
            }
            if self.at_op("/") {
                if seen_star {
                    return self.fail("/ must be ahead of *", t.span);
                }
                if seen_slash {
                    return self.fail("/ may appear only once", t.span);
                }
                if params.args.is_empty() {
                    // Only `/,` has its own message; a lone `/` is the generic error there.
                    let comma_next = self.toks.get(self.pos + 1).is_some_and(|n| n.kind == TokenKind::Op(","));
                    return if comma_next {
                        self.fail("at least one argument must precede /", t.span)
                    } else {
                        self.unexpected()
                    };
                }
                self.bump();
                seen_slash = true;
                params.posonly.append(&mut params.args);
            } else if self.at_op("*") {
                let star = self.checkpoint();
                self.bump();
                if seen_star {
                    // (Looked at without reading it: otherwise the generic error is at the `*`.)
                    let next = self.toks.get(self.pos).map(|t| t.kind);
                    if matches!(next, Some(TokenKind::Name | TokenKind::Op(","))) {
                        return self.fail("* argument may appear only once", t.span);
                    }
                    self.restore(star);
                    return self.unexpected();
                }
                seen_star = true;
                if self.kind() == TokenKind::Name {
                    let (param, d) = self.param(lambda, Slot::VarArg)?;
                    depth = depth.max(d);
                    params.vararg = Some(param);
                } else if self.at_op(close) || self.at_op("**") || self.at_op(",") && self.bare_star_ends(close) {
                    // CPython points at the `*` of a `def`, past it in a `lambda`.
                    let span = match (lambda, self.at_op(",")) {
                        (false, _) => t.span,
                        (true, true) => self.tok_at(1).span,
                        (true, false) => self.span(),
                    };
                    return self.fail("named arguments must follow bare *", span);
                }
            } else if self.eat_op("**") {
                let (param, d) = self.param(lambda, Slot::KwArg)?;
                depth = depth.max(d);
                params.kwarg = Some(param);
            } else {
                let (param, d) = self.param(lambda, Slot::Plain)?;
                depth = depth.max(d);
                if param.default.is_some() {
                    seen_default = true;
                } else if seen_default && !seen_star {
                    return self.fail("non-default argument follows default argument", param.span);
                }
                if seen_star {
                    params.kwonly.push(param);
                } else {
                    params.args.push(param);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok((params, depth))
    }

    /// After a bare `*` and a comma: nothing but `**kwargs` or the end follows.
    fn bare_star_ends(&mut self, close: &str) -> bool {
        matches!(self.tok_at(1).kind, TokenKind::Op(op) if op == close || op == "**")
    }

    /// `def f((a, b))`: CPython's message when the parentheses hold plain names, else
    /// the generic error.
    #[inline(never)]
    fn parenthesized_parameters<T>(&mut self, lambda: bool) -> PResult<T> {
        let open = self.span();
        let names_only = self.speculate(|p| {
            p.bump();
            loop {
                p.name_token()?;
                if p.at_op("=") || p.at_op(":") {
                    return p.unexpected();
                }
                if !p.eat_op(",") || p.at_op(")") {
                    break;
                }
            }
            p.expect_op(")").map(|_| ())
        });
        if !names_only {
            return self.unexpected();
        }
        let what = if lambda { "Lambda expression parameters" } else { "Function parameters" };
        self.fail(format!("{what} cannot be parenthesized"), open)
    }

    fn param(&mut self, lambda: bool, slot: Slot) -> PResult<(Param, u32)> {
        let (name, name_span) = self.name_token()?;
        let mut annotation = None;
        let mut depth = 0;
        if !lambda && self.eat_op(":") {
            // `*args: *Ts` (PEP 646) is the one starred annotation.
            let a = if slot == Slot::VarArg && self.at_op("*") { self.star_expression()? } else { self.expression()? };
            depth = a.depth;
            annotation = Some(a.e);
        }
        // The name and its annotation, as CPython's `arg` node.
        let span = self.since(name_span);
        let mut default = None;
        if self.at_op("=") {
            let eq = self.bump();
            match slot {
                Slot::VarArg => return self.fail("var-positional argument cannot have default value", eq.span),
                Slot::KwArg => return self.fail("var-keyword argument cannot have default value", eq.span),
                Slot::Plain => {}
            }
            if self.at_op(",") || self.at_op(")") || lambda && self.at_op(":") {
                return self.fail("expected default value expression", eq.span);
            }
            let d = self.expression()?;
            depth = depth.max(d.depth);
            default = Some(d.e);
        }
        Ok((Param { name, annotation, default, span }, depth))
    }
}
