//! Call arguments (and a class header's): positional, `*iterable`, `name=value`,
//! `**mapping`, and a generator expression as the sole argument.

use super::{Node, PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::lexer::TokenKind;
use std::rc::Rc;

/// Call arguments being read.
#[derive(Default)]
struct ArgList {
    args: Vec<Arg>,
    depth: u32,
    seen_keyword: bool,
    seen_dstar: bool,
    misplaced: Option<&'static str>,
    /// Where a generator expression argument starts (its element), if there is one.
    genexp: Option<Span>,
}

impl Parser<'_, '_> {
    /// Arguments after the `(` at `open`, through `)`. Returns them and their deepest
    /// nesting. A class header takes no generator expression.
    pub(super) fn arguments(&mut self, open: Span, allow_genexp: bool) -> PResult<(Vec<Arg>, u32)> {
        let mut list = ArgList::default();
        while !self.at_op(")") {
            match self.kind() {
                TokenKind::Op("*" | "**") => self.star_argument(&mut list)?,
                TokenKind::Name | TokenKind::Keyword("True" | "False" | "None")
                    if self.tok_at(1).kind == TokenKind::Op("=") =>
                {
                    self.keyword_argument(&mut list)?
                }
                _ => {
                    let value = self.named_expression(false)?;
                    if self.at_op(":=") {
                        // Only a name takes `:=` here; CPython has no better message.
                        return self.unexpected();
                    }
                    self.after_positional(&mut list, value, allow_genexp)?
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.end_arguments(list, open)
    }

    #[inline(never)]
    fn after_positional(&mut self, list: &mut ArgList, value: Node, allow_genexp: bool) -> PResult<()> {
        if self.at_op("=") {
            return self.fail("expression cannot contain assignment, perhaps you meant \"==\"?", value.span());
        }
        let mut value = value;
        if self.at_kw("for") || self.at_kw("async") && self.async_for_ahead(list.args.is_empty()) {
            if !allow_genexp {
                return self.unexpected();
            }
            list.genexp = Some(value.span());
            let (generators, depth) = self.comprehension_clauses(&value)?;
            let (span, depth) = (value.to(self.prev_end), depth.max(value.depth));
            let kind = ExprKind::GeneratorExp { elt: Box::new(value.e), generators };
            value = self.node(kind, span, depth);
        } else if list.seen_dstar {
            list.misplaced.get_or_insert("positional argument follows keyword argument unpacking");
        } else if list.seen_keyword {
            list.misplaced.get_or_insert("positional argument follows keyword argument");
        }
        list.depth = list.depth.max(value.depth);
        list.args.push(Arg::Positional(value.e));
        Ok(())
    }

    #[inline(never)]
    fn star_argument(&mut self, list: &mut ArgList) -> PResult<()> {
        let t = self.bump();
        let single = t.kind == TokenKind::Op("*");
        if single && list.seen_dstar {
            return self.fail("iterable argument unpacking follows keyword argument unpacking", t.span);
        }
        let value = self.expression()?;
        list.depth = list.depth.max(value.depth);
        if single {
            list.args.push(Arg::Starred(value.e));
        } else {
            list.args.push(Arg::DoubleStarred(value.e));
            list.seen_dstar = true;
        }
        Ok(())
    }

    /// CPython reports a positional argument after keywords once the whole list is read.
    #[inline(never)]
    fn end_arguments(&mut self, mut list: ArgList, open: Span) -> PResult<(Vec<Arg>, u32)> {
        if let Some(message) = list.misplaced {
            let span = self.span();
            return self.fail(message, span);
        }
        if let Some(span) = list.genexp
            && (list.args.len() > 1 || self.prev_token_is_comma())
        {
            return self.fail("Generator expression must be parenthesized", span);
        }
        if !self.at_op(")") {
            return self.unexpected();
        }
        let close = self.bump();
        if list.genexp.is_some()
            && let Some(Arg::Positional(genexp)) = list.args.first_mut()
        {
            // The call's parentheses are the generator expression's own (as in CPython).
            genexp.span = open.to(close.span);
        }
        Ok((list.args, list.depth))
    }

    /// `async for` after a call argument. Only a first argument can start a generator
    /// expression in CPython's first pass; later ones are looked at by its second pass.
    #[inline(never)]
    fn async_for_ahead(&mut self, first_argument: bool) -> bool {
        let outer = self.second_pass;
        self.second_pass |= !first_argument;
        let next = self.tok_at(1).kind;
        self.second_pass = outer;
        next == TokenKind::Keyword("for")
    }

    fn prev_token_is_comma(&self) -> bool {
        self.pos > 0 && self.toks.get(self.pos - 1).is_some_and(|t| t.kind == TokenKind::Op(","))
    }

    #[inline(never)]
    fn keyword_argument(&mut self, list: &mut ArgList) -> PResult<()> {
        let t = self.bump();
        if let TokenKind::Keyword(k) = t.kind {
            if matches!(k, "True" | "False" | "None") {
                return self.fail(format!("cannot assign to {k}"), t.span);
            }
            return self.fail("invalid syntax", t.span);
        }
        self.bump(); // '='
        let value = self.expression()?;
        let span = self.since(t.span);
        let name: Name = Rc::from(self.text(t.span));
        list.depth = list.depth.max(value.depth);
        list.args.push(Arg::Keyword(Keyword { name, value: value.e, span }));
        list.seen_keyword = true;
        Ok(())
    }
}
