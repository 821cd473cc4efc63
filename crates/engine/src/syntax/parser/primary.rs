//! Primaries (an atom followed by attributes, calls and subscripts), slices, and the
//! atoms that are not displays: names, constants, numbers, strings, `...`.

use super::number::float_value;
use super::{Node, PResult, Parser, max_depth};
use crate::syntax::ast::*;
use crate::syntax::lexer::TokenKind;
use std::rc::Rc;

/// What follows a primary.
enum Suffix {
    Attribute(Name, Span),
    Call(Vec<Arg>, u32),
    Subscript(Node),
}

impl Parser<'_, '_> {
    /// primary: an atom followed by attributes, calls and subscripts.
    pub(super) fn primary(&mut self) -> PResult<Node> {
        let e = self.atom()?;
        if matches!(self.kind(), TokenKind::Op("." | "(" | "[")) { self.postfix(e) } else { Ok(e) }
    }

    #[inline(never)]
    fn postfix(&mut self, mut e: Node) -> PResult<Node> {
        loop {
            // A postfix that does not parse leaves the primary as it was (PEG's left
            // recursion): the caller then fails on it, or finds a better message.
            let suffix = match self.kind() {
                TokenKind::Op(".") => self.attempt(|p| p.attribute_suffix())?,
                TokenKind::Op("(") => self.attempt(|p| p.call_suffix())?,
                TokenKind::Op("[") => self.attempt(|p| p.subscript_suffix())?,
                _ => None,
            };
            let Some(suffix) = suffix else { return Ok(e) };
            e = self.apply_suffix(e, suffix);
        }
    }

    #[inline(never)]
    fn apply_suffix(&mut self, value: Node, suffix: Suffix) -> Node {
        let span = value.to(self.prev_end);
        match suffix {
            Suffix::Attribute(attr, attr_span) => {
                let kind = ExprKind::Attribute { value: Box::new(value.e), attr, attr_span };
                self.node(kind, span, value.depth)
            }
            Suffix::Call(args, depth) => {
                let depth = depth.max(value.depth);
                self.node(ExprKind::Call { func: Box::new(value.e), args }, span, depth)
            }
            Suffix::Subscript(index) => {
                let depth = value.depth.max(index.depth);
                let kind = ExprKind::Subscript { value: Box::new(value.e), index: Box::new(index.e) };
                self.node(kind, span, depth)
            }
        }
    }

    #[inline(never)]
    fn attribute_suffix(&mut self) -> PResult<Suffix> {
        self.bump();
        let (attr, attr_span) = self.name_token()?;
        Ok(Suffix::Attribute(attr, attr_span))
    }

    fn call_suffix(&mut self) -> PResult<Suffix> {
        let open = self.bump();
        self.brackets += 1;
        let (args, depth) = self.arguments(open.span, true)?;
        self.brackets -= 1;
        Ok(Suffix::Call(args, depth))
    }

    #[inline(never)]
    fn subscript_suffix(&mut self) -> PResult<Suffix> {
        self.bump();
        self.brackets += 1;
        let index = self.slices()?;
        if !self.at_op("]") {
            return self.unexpected();
        }
        self.bump();
        self.brackets -= 1;
        Ok(Suffix::Subscript(index))
    }

    /// The inside of `[...]` after a primary: an index, a slice, or a tuple of them
    /// (`a[1:2, 3]`, `a[*b]`).
    fn slices(&mut self) -> PResult<Node> {
        let first = self.slice_item()?;
        if !self.at_op(",") && !matches!(first.e.kind, ExprKind::Starred(_)) {
            return Ok(first);
        }
        let start = first.to(0);
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            items.push(self.slice_item()?);
        }
        let span = self.since(start);
        let depth = max_depth(&items);
        let items = items.into_iter().map(|n| n.e).collect();
        Ok(self.node(ExprKind::Tuple(items), span, depth))
    }

    #[inline(never)]
    fn slice_item(&mut self) -> PResult<Node> {
        let start = self.span();
        if self.at_op("*") {
            return self.star_expression();
        }
        let lower = if self.at_op(":") { None } else { Some(self.named_expression(true)?) };
        if !self.at_op(":") {
            return lower.map_or_else(|| self.unexpected(), Ok);
        }
        if lower.as_ref().is_some_and(|l| matches!(l.e.kind, ExprKind::NamedExpr { .. }) && self.text(start) != "(") {
            // A slice bound is an expression: an unparenthesized `:=` ends the index.
            return self.unexpected();
        }
        self.bump();
        let ends_part = |p: &mut Self| p.at_op(":") || p.at_op("]") || p.at_op(",");
        let upper = if ends_part(self) { None } else { Some(self.expression()?) };
        let mut step = None;
        if self.eat_op(":") && !self.at_op("]") && !self.at_op(",") {
            step = Some(self.expression()?);
        }
        let span = self.since(start);
        let depth = max_depth(lower.iter().chain(&upper).chain(&step));
        let boxed = |n: Option<Node>| n.map(|n| Box::new(n.e));
        let kind = ExprKind::Slice { lower: boxed(lower), upper: boxed(upper), step: boxed(step) };
        Ok(self.node(kind, span, depth))
    }

    fn atom(&mut self) -> PResult<Node> {
        match self.kind() {
            TokenKind::Op("(") => self.paren(),
            TokenKind::Op("[") => self.list_display(),
            _ => self.simple_atom(),
        }
    }

    /// Every atom but the bracketed ones that nest.
    #[inline(never)]
    fn simple_atom(&mut self) -> PResult<Node> {
        let t = self.tok();
        match t.kind {
            TokenKind::Name => {
                self.bump();
                Ok(self.leaf(ExprKind::Name(Rc::from(self.text(t.span))), t.span))
            }
            TokenKind::Keyword("True") => Ok(self.keyword_constant(ExprKind::Bool(true))),
            TokenKind::Keyword("False") => Ok(self.keyword_constant(ExprKind::Bool(false))),
            TokenKind::Keyword("None") => Ok(self.keyword_constant(ExprKind::None)),
            TokenKind::Int => {
                self.bump();
                self.int_literal(t.span)
            }
            TokenKind::Float => {
                self.bump();
                let value = float_value(self.text(t.span));
                Ok(self.leaf(ExprKind::Float(value), t.span))
            }
            TokenKind::Imaginary => {
                self.bump();
                self.unsupported("complex numbers", t.span);
                // A constant stands for it: CPython's messages call both "literal".
                Ok(self.leaf(ExprKind::Float(0.0), t.span))
            }
            TokenKind::Str(_) => self.strings(),
            TokenKind::Op("{") => self.brace_display(),
            TokenKind::Op("...") => Ok(self.keyword_constant(ExprKind::Ellipsis)),
            _ => self.unexpected(),
        }
    }

    #[inline(never)]
    fn keyword_constant(&mut self, kind: ExprKind) -> Node {
        let t = self.bump();
        self.leaf(kind, t.span)
    }
}
