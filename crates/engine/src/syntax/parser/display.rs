//! Bracketed atoms: groups, tuples, lists, dicts, sets, and the four comprehensions.

use super::expr::PREC_CMP;
use super::{Node, PResult, Parser, max_depth};
use crate::syntax::ast::*;
use crate::syntax::lexer::TokenKind;

impl Parser<'_, '_> {
    /// `( ... )`: a group, a tuple, a generator expression, or `(yield)`.
    pub(super) fn paren(&mut self) -> PResult<Node> {
        let open = self.bump();
        self.brackets += 1;
        let result = self.paren_inner(open.span);
        self.brackets -= 1;
        result
    }

    fn paren_inner(&mut self, open: Span) -> PResult<Node> {
        if self.eat_op(")") {
            return Ok(self.leaf(ExprKind::Tuple(Vec::new()), self.since(open)));
        }
        if self.at_kw("yield") {
            let e = self.yield_expr()?;
            self.close(")")?;
            return Ok(e);
        }
        if self.at_op("**")
            && self.speculate(|p| {
                p.bump();
                p.expression()?;
                p.expect_op(")")
            })
        {
            let span = self.span();
            return self.fail("cannot use double starred expression here", span);
        }
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            let (generators, depth) = self.comprehension_clauses(&first)?;
            self.close(")")?;
            let depth = depth.max(first.depth);
            let kind = ExprKind::GeneratorExp { elt: Box::new(first.e), generators };
            return Ok(self.node(kind, self.since(open), depth));
        }
        if self.at_op(")") {
            if matches!(first.e.kind, ExprKind::Starred(_)) {
                return self.fail("cannot use starred expression here", first.span());
            }
            self.bump();
            // A group: the expression keeps its own span, its parentheses count for
            // whatever it is part of.
            let mut group = first;
            group.start = open.start;
            return Ok(group);
        }
        if !self.at_op(",") {
            return self.unexpected();
        }
        let (items, depth) = self.display_items(first, ")")?;
        Ok(self.node(ExprKind::Tuple(items), self.since(open), depth))
    }

    /// Whether a comprehension's `for` (or `async for`) starts here.
    fn at_comprehension(&mut self) -> bool {
        self.at_kw("for") || self.at_kw("async")
    }

    /// The rest of a comma-separated display after its first item, through `close`.
    #[inline(never)]
    fn display_items(&mut self, first: Node, close: &str) -> PResult<(Vec<Expr>, u32)> {
        let first_span = first.span();
        let mut depth = first.depth;
        let mut items = vec![first.e];
        while self.eat_op(",") {
            if self.at_op(close) {
                break;
            }
            let item = self.star_named_expression()?;
            depth = depth.max(item.depth);
            items.push(item.e);
        }
        if close != ")" {
            self.unparenthesized_comprehension_target(first_span)?;
        }
        self.close(close)?;
        Ok((items, depth))
    }

    /// `[a, b for ...]`: CPython's invalid_comprehension.
    #[inline(never)]
    fn unparenthesized_comprehension_target(&mut self, first: Span) -> PResult<()> {
        let comprehension =
            self.at_kw("for") || self.at_kw("async") && self.tok_at(1).kind == TokenKind::Keyword("for");
        if comprehension && !self.speculating && self.speculate(|p| p.clauses()) {
            return self.fail("did you forget parentheses around the comprehension target?", first);
        }
        Ok(())
    }

    fn close(&mut self, close: &str) -> PResult<()> {
        if self.eat_op(close) { Ok(()) } else { self.unexpected() }
    }

    pub(super) fn list_display(&mut self) -> PResult<Node> {
        let open = self.bump();
        self.brackets += 1;
        let result = self.list_inner(open.span);
        self.brackets -= 1;
        result
    }

    fn list_inner(&mut self, open: Span) -> PResult<Node> {
        if self.eat_op("]") {
            return Ok(self.leaf(ExprKind::List(Vec::new()), self.since(open)));
        }
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            let (generators, depth) = self.comprehension_clauses(&first)?;
            self.close("]")?;
            let depth = depth.max(first.depth);
            let kind = ExprKind::ListComp { elt: Box::new(first.e), generators };
            return Ok(self.node(kind, self.since(open), depth));
        }
        if !self.at_op(",") && !self.at_op("]") {
            return self.unexpected();
        }
        let (items, depth) = self.display_items(first, "]")?;
        Ok(self.node(ExprKind::List(items), self.since(open), depth))
    }

    /// `{...}`: dicts, sets and their comprehensions.
    #[inline(never)]
    pub(super) fn brace_display(&mut self) -> PResult<Node> {
        let open = self.bump();
        self.brackets += 1;
        let result = self.brace_inner(open.span);
        self.brackets -= 1;
        result
    }

    fn brace_inner(&mut self, open: Span) -> PResult<Node> {
        if self.eat_op("}") {
            return Ok(self.leaf(ExprKind::Dict(Vec::new()), self.since(open)));
        }
        if self.at_op("**") {
            let star = self.bump();
            let spread = self.binary_expr(PREC_CMP + 1)?;
            if self.at_comprehension() {
                return self.fail("dict unpacking cannot be used in dict comprehension", star.span);
            }
            return self.dict_rest(open, spread.depth, DictItem::Spread(spread.e));
        }
        let first = self.star_named_expression()?;
        if self.eat_op(":") {
            let value = self.dict_value(&first)?;
            if self.at_comprehension() {
                let (generators, depth) = self.comprehension_clauses(&first)?;
                self.close("}")?;
                let depth = depth.max(first.depth).max(value.depth);
                let kind = ExprKind::DictComp { key: Box::new(first.e), value: Box::new(value.e), generators };
                return Ok(self.node(kind, self.since(open), depth));
            }
            let depth = first.depth.max(value.depth);
            return self.dict_rest(open, depth, DictItem::Pair(first.e, value.e));
        }
        if self.at_comprehension() {
            let (generators, depth) = self.comprehension_clauses(&first)?;
            self.close("}")?;
            let depth = depth.max(first.depth);
            let kind = ExprKind::SetComp { elt: Box::new(first.e), generators };
            return Ok(self.node(kind, self.since(open), depth));
        }
        let (items, depth) = self.display_items(first, "}")?;
        Ok(self.node(ExprKind::Set(items), self.since(open), depth))
    }

    /// The items of a dict display after its first one, through `}`.
    fn dict_rest(&mut self, open: Span, mut depth: u32, first: DictItem) -> PResult<Node> {
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            let (item, d) = self.dict_item()?;
            depth = depth.max(d);
            items.push(item);
        }
        self.close("}")?;
        Ok(self.node(ExprKind::Dict(items), self.since(open), depth))
    }

    fn dict_item(&mut self) -> PResult<(DictItem, u32)> {
        if self.eat_op("**") {
            let spread = self.binary_expr(PREC_CMP + 1)?;
            return Ok((DictItem::Spread(spread.e), spread.depth));
        }
        // A key is read without the forgotten-comma check: CPython's message for
        // `{k: v, a b}` is about the missing ':'.
        let brackets = std::mem::replace(&mut self.brackets, 0);
        let key = self.expression();
        self.brackets = brackets;
        let key = key?;
        if !self.eat_op(":") {
            return self.missing_colon(&key);
        }
        let value = self.dict_value(&key)?;
        let depth = key.depth.max(value.depth);
        Ok((DictItem::Pair(key.e, value.e), depth))
    }

    /// A dict key not followed by `:`, reported at its last character (CPython's
    /// invalid_kvpair).
    #[inline(never)]
    fn missing_colon<T>(&mut self, key: &Node) -> PResult<T> {
        let end = key.span().end as usize;
        let last = self.src.get(..end).and_then(|s| s.char_indices().last()).map_or(end, |(i, _)| i);
        self.fail("':' expected after dictionary key", Span::new(last, end))
    }

    fn dict_value(&mut self, key: &Node) -> PResult<Node> {
        if self.at_op("}") || self.at_op(",") {
            // Reported at the ':' just read.
            let colon = self.pos.checked_sub(1).and_then(|i| self.toks.get(i)).map_or(key.span(), |t| t.span);
            return self.fail("expression expected after dictionary key and ':'", colon);
        }
        if self.at_op("*") {
            let span = self.span();
            return self.fail("cannot use a starred expression in a dictionary value", span);
        }
        self.expression()
    }

    /// The `for ... in ... if ...` clauses after a comprehension's element `elt`, with
    /// their deepest nesting.
    #[inline(never)]
    pub(super) fn comprehension_clauses(&mut self, elt: &Node) -> PResult<(Vec<Comprehension>, u32)> {
        if matches!(elt.e.kind, ExprKind::Starred(_)) {
            return self.fail("iterable unpacking cannot be used in comprehension", elt.span());
        }
        self.clauses()
    }

    fn clauses(&mut self) -> PResult<(Vec<Comprehension>, u32)> {
        let mut generators = Vec::new();
        let mut depth = 0;
        while self.at_kw("for") || self.at_kw("async") && self.tok_at(1).kind == TokenKind::Keyword("for") {
            let start = self.span();
            let is_async = self.eat_kw("async");
            self.bump();
            let target = self.for_target()?;
            self.bump(); // 'in'
            let iter = self.binary_expr(super::expr::PREC_OR)?;
            let mut conds = vec![iter];
            while self.eat_kw("if") {
                conds.push(self.binary_expr(super::expr::PREC_OR)?);
            }
            depth = depth.max(max_depth(&conds));
            let mut conds = conds.into_iter().map(|n| n.e);
            let Some(iter) = conds.next() else { return self.unexpected() };
            let span = self.since(start);
            generators.push(Comprehension { is_async, target, iter, ifs: conds.collect(), span });
        }
        if generators.is_empty() {
            return self.unexpected();
        }
        Ok((generators, depth))
    }
}
