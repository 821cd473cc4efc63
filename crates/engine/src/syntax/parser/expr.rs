//! Expressions, from the loosest to the tightest: starred expressions and tuples,
//! `yield`, `:=`, `lambda`, conditional expressions, boolean and comparison chains, binary
//! operators by precedence climbing, unary operators, `**` and `await`.

use super::target::expr_name;
use super::{Node, PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::diag::Diagnostic;
use crate::syntax::lexer::TokenKind;
use std::rc::Rc;

#[derive(Clone, Copy, Debug)]
enum BinaryOp {
    Bool(BoolOp),
    Cmp(CmpOp),
    Arith(BinOp),
}

pub(super) const PREC_OR: u8 = 1;
const PREC_AND: u8 = 2;
const PREC_NOT: u8 = 3;
pub(super) const PREC_CMP: u8 = 4;

impl Parser<'_, '_> {
    /// star_expressions: `a`, `a, b`, `*a, b` (a tuple when there are commas).
    pub(super) fn star_expressions(&mut self) -> PResult<Node> {
        self.comma_tuple(Self::star_expression)
    }

    /// `item`, or `item, item, ...` (a trailing comma allowed) as a tuple.
    pub(super) fn comma_tuple(&mut self, item: fn(&mut Self) -> PResult<Node>) -> PResult<Node> {
        let first = item(self)?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let start = first.to(0);
        let mut depth = first.depth;
        let mut items = vec![first.e];
        while self.eat_op(",") {
            if !self.starts_expression() && !self.at_op("*") {
                break;
            }
            let next = item(self)?;
            depth = depth.max(next.depth);
            items.push(next.e);
        }
        let span = self.since(start);
        Ok(self.node(ExprKind::Tuple(items), span, depth))
    }

    pub(super) fn star_expressions_or_yield(&mut self) -> PResult<Node> {
        if self.at_kw("yield") { self.yield_expr() } else { self.star_expressions() }
    }

    /// `yield`, `yield a, b`, `yield from x`.
    #[inline(never)]
    pub(super) fn yield_expr(&mut self) -> PResult<Node> {
        let kw = self.bump();
        if self.eat_kw("from") {
            let value = self.expression()?;
            let span = self.since(kw.span);
            return Ok(self.node(ExprKind::YieldFrom(Box::new(value.e)), span, value.depth));
        }
        if !self.starts_expression() && !self.at_op("*") {
            return Ok(self.leaf(ExprKind::Yield(None), kw.span));
        }
        let value = self.star_expressions()?;
        let span = self.since(kw.span);
        Ok(self.node(ExprKind::Yield(Some(Box::new(value.e))), span, value.depth))
    }

    /// `*x` in a display, a tuple or a target.
    #[inline(never)]
    pub(super) fn star_expression(&mut self) -> PResult<Node> {
        if !self.at_op("*") {
            return self.expression();
        }
        let star = self.bump();
        let inner = self.binary_expr(PREC_CMP + 1)?;
        let span = self.since(star.span);
        Ok(self.node(ExprKind::Starred(Box::new(inner.e)), span, inner.depth))
    }

    pub(super) fn star_named_expression(&mut self) -> PResult<Node> {
        if self.at_op("*") { self.star_expression() } else { self.named_expression(true) }
    }

    /// named_expression: `x := value` or an expression. With `check_eq`, a following `=`
    /// gets CPython's "Maybe you meant '=='" message.
    pub(super) fn named_expression(&mut self, check_eq: bool) -> PResult<Node> {
        if self.kind() == TokenKind::Name && self.tok_at(1).kind == TokenKind::Op(":=") {
            return self.walrus();
        }
        let e = self.expression()?;
        if self.at_op(":=") && !check_eq {
            return Ok(e);
        }
        if self.at_op(":=") || check_eq && self.at_op("=") && !self.speculating {
            return self.named_expression_error(e);
        }
        Ok(e)
    }

    #[inline(never)]
    pub(super) fn walrus(&mut self) -> PResult<Node> {
        let name = self.bump();
        self.bump();
        let value = self.expression()?;
        let span = self.since(name.span);
        let target: Name = Rc::from(self.text(name.span));
        let kind = ExprKind::NamedExpr { target, target_span: name.span, value: Box::new(value.e) };
        Ok(self.node(kind, span, value.depth))
    }

    /// `x + 1 := 2`, `if x = 1:`.
    #[inline(never)]
    fn named_expression_error(&mut self, e: Node) -> PResult<Node> {
        if self.at_op(":=") {
            if !self.walrus_value_follows()? {
                return self.unexpected();
            }
            let what = expr_name(&e.e.kind);
            return self.fail(format!("cannot use assignment expressions with {what}"), e.span());
        }
        self.maybe_meant_eq(&e)
    }

    /// At a misplaced `:=`: whether an expression follows it (CPython only names the
    /// bad target then; otherwise the generic error is at the `:=`). An error of its own
    /// in that expression comes first, as in CPython's second pass.
    pub(super) fn walrus_value_follows(&mut self) -> PResult<bool> {
        self.probe(|p| {
            p.bump();
            p.expression()
        })
    }

    #[inline(never)]
    fn maybe_meant_eq<T>(&mut self, e: &Node) -> PResult<T> {
        let named = match &e.e.kind {
            ExprKind::Name(_) => true,
            ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Bool(_)
            | ExprKind::None => return self.unexpected(),
            _ if !self.is_operand(&e.e) => return self.unexpected(),
            _ => false,
        };
        if !self.meant_comparison_follows() {
            return self.unexpected();
        }
        if named {
            return self.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.span());
        }
        let what = expr_name(&e.e.kind);
        self.fail(format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), e.span())
    }

    /// Whether `e` is an operand of `|` and tighter (CPython's `bitwise_or`): no
    /// comparison, `not`, `and`/`or`, conditional, lambda or `yield` unless in parentheses.
    pub(super) fn is_operand(&self, e: &Expr) -> bool {
        let loose = matches!(
            e.kind,
            ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
                | ExprKind::Lambda(_)
                | ExprKind::Yield(_)
                | ExprKind::YieldFrom(_)
                | ExprKind::NamedExpr { .. }
                | ExprKind::Starred(_)
        );
        !loose || self.parenthesized(e)
    }

    /// At an `=` where a comparison may have been meant: CPython says so only when an
    /// operand follows it, itself not followed by `=` or `:=` (invalid_named_expression).
    pub(super) fn meant_comparison_follows(&mut self) -> bool {
        self.speculate(|p| {
            p.bump();
            p.binary_expr(PREC_CMP + 1)?;
            if p.at_op("=") || p.at_op(":=") { p.unexpected() } else { Ok(()) }
        })
    }

    /// expression: a conditional expression, a lambda, or a disjunction.
    pub(super) fn expression(&mut self) -> PResult<Node> {
        self.enter()?;
        let result = self.expression_inner();
        self.leave();
        result
    }

    fn expression_inner(&mut self) -> PResult<Node> {
        if self.at_kw("lambda") {
            return self.lambda();
        }
        let start_pos = self.pos;
        if self.kind() == TokenKind::Name && self.latent_legacy.is_none() && !self.second_pass {
            self.note_legacy_print();
        }
        let body = self.binary_expr(PREC_OR)?;
        self.forgot_comma(&body, start_pos)?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.conditional(body)
    }

    /// `body if test else orelse`, at the `if`. (Outlined, as the other rare paths of
    /// the recursive chain, to keep the frames of deep nesting small.)
    #[inline(never)]
    fn conditional(&mut self, body: Node) -> PResult<Node> {
        // Without a complete `if ... else ...`, PEG falls back to the plain expression
        // (and forgets what it read, refusals included).
        let at_if = self.checkpoint();
        self.bump();
        let Some(test) = self.attempt(|p| p.binary_expr(PREC_OR))? else {
            self.restore(at_if);
            return Ok(body);
        };
        if !self.eat_kw("else") {
            if self.at_op(":") || self.speculating {
                self.restore(at_if);
                return Ok(body);
            }
            return self.fail("expected 'else' after 'if' expression", body.span());
        }
        let Some(orelse) = self.attempt(|p| p.expression())? else {
            self.restore(at_if);
            return Ok(body);
        };
        let span = body.to(self.prev_end);
        let depth = body.depth.max(test.depth).max(orelse.depth);
        let kind = ExprKind::IfExp { test: Box::new(test.e), body: Box::new(body.e), orelse: Box::new(orelse.e) };
        Ok(self.node(kind, span, depth))
    }

    /// CPython's invalid_expression: inside brackets, an expression directly followed
    /// by another one is a forgotten comma, reported at the first.
    #[inline(never)]
    fn forgot_comma(&mut self, a: &Node, start_pos: usize) -> PResult<()> {
        if self.speculating || !self.starts_expression() {
            return Ok(());
        }
        let first = self.toks.get(start_pos).copied();
        let second = self.toks.get(start_pos + 1).map(|t| t.kind);
        let first_name = first.filter(|t| t.kind == TokenKind::Name).map(|t| self.text(t.span));
        // CPython matches soft keywords by prefix (strncmp on the token's length), so
        // `c`, `ma`... count as `case`, `match` here.
        let soft_keyword =
            first_name.is_some_and(|n| !n.is_empty() && ("match".starts_with(n) || "case".starts_with(n) || n == "_"));
        let name_then_string = first_name.is_some() && matches!(second, Some(TokenKind::Str(_)));
        let legacy = matches!(&a.e.kind, ExprKind::Name(n) if matches!(&**n, "print" | "exec"));
        if self.brackets > 0 && !soft_keyword && !name_then_string && !legacy && self.speculate(|p| p.expression()) {
            return self.fail("invalid syntax. Perhaps you forgot a comma?", a.span());
        }
        // CPython's invalid_legacy_expression: a name directly followed by an expression
        // has that expression read on, second-pass rules and all (its own errors win),
        // and is named if it is `print` or `exec`.
        if first_name.is_some()
            && start_pos + 1 == self.pos
            && !self.at_op("(")
            // (Not again inside such a probe: CPython memoizes, a probe in a probe would not.)
            && !self.second_pass
            && self.probe(|p| p.star_expressions())?
        {
            self.legacy_print(&a.e)?;
        }
        Ok(())
    }

    /// `print -1`, `print[0]`: valid expressions, but CPython's second pass (which only
    /// runs when the file has an error) reads them as Python 2 print statements.
    #[inline(never)]
    fn note_legacy_print(&mut self) {
        let t = self.tok();
        if !matches!(self.text(t.span), "print" | "exec") || self.tok_at(1).kind == TokenKind::Op("(") {
            return;
        }
        let start = self.pos;
        self.bump();
        let parses = self.speculate(|p| p.star_expressions());
        self.pos = start;
        if parses {
            let name = self.text(t.span);
            let message = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
            self.latent_legacy = Some(Diagnostic::syntax(message, t.span, self.src));
        }
    }

    /// Binary operators by precedence climbing, from `or` down to `* / // % @`,
    /// including `not` and chained comparisons.
    pub(super) fn binary_expr(&mut self, min: u8) -> PResult<Node> {
        let left = self.operand(min)?;
        match self.binary_op_here() {
            Some((_, prec, _)) if prec >= min => self.binary_rest(left, min),
            _ => Ok(left),
        }
    }

    #[inline(never)]
    fn binary_rest(&mut self, mut left: Node, min: u8) -> PResult<Node> {
        // Whether `left` is a BoolOp / Compare built by this loop, to extend it rather
        // than nest (`a or b or c` is one BoolOp; `(a or b) or c` is two).
        let mut open_bool: Option<BoolOp> = None;
        let mut open_compare = false;
        while let Some((op, prec, width)) = self.binary_op_here() {
            if prec < min {
                break;
            }
            let (before, before_end) = (self.pos, self.prev_end);
            for _ in 0..width {
                self.bump();
            }
            // Without a right operand, PEG falls back to the left one alone.
            let Some(right) = self.attempt(|p| p.binary_expr(prec + 1))? else {
                (self.pos, self.prev_end) = (before, before_end);
                break;
            };
            left = self.combine(left, op, right, &mut open_bool, &mut open_compare);
        }
        Ok(left)
    }

    #[inline(never)]
    fn combine(
        &mut self,
        left: Node,
        op: BinaryOp,
        right: Node,
        open_bool: &mut Option<BoolOp>,
        open_compare: &mut bool,
    ) -> Node {
        let span = left.to(self.prev_end);
        let depth = left.depth.max(right.depth);
        match op {
            BinaryOp::Bool(b) => {
                *open_compare = false;
                if *open_bool == Some(b)
                    && let ExprKind::BoolOp { op, mut values } = left.e.kind
                {
                    values.push(right.e);
                    return self.node(ExprKind::BoolOp { op, values }, span, depth);
                }
                *open_bool = Some(b);
                self.node(ExprKind::BoolOp { op: b, values: vec![left.e, right.e] }, span, depth)
            }
            BinaryOp::Cmp(c) => {
                *open_bool = None;
                if *open_compare && let ExprKind::Compare { left: l, mut ops } = left.e.kind {
                    ops.push((c, right.e));
                    return self.node(ExprKind::Compare { left: l, ops }, span, depth);
                }
                *open_compare = true;
                let kind = ExprKind::Compare { left: Box::new(left.e), ops: vec![(c, right.e)] };
                self.node(kind, span, depth)
            }
            BinaryOp::Arith(op) => {
                *open_bool = None;
                *open_compare = false;
                let kind = ExprKind::BinOp { op, left: Box::new(left.e), right: Box::new(right.e) };
                self.node(kind, span, depth)
            }
        }
    }

    /// The binary operator at the current token: (operator, precedence, tokens).
    #[inline(never)]
    fn binary_op_here(&mut self) -> Option<(BinaryOp, u8, usize)> {
        let op = match self.kind() {
            TokenKind::Keyword("or") => (BinaryOp::Bool(BoolOp::Or), PREC_OR, 1),
            TokenKind::Keyword("and") => (BinaryOp::Bool(BoolOp::And), PREC_AND, 1),
            TokenKind::Keyword("in") => (BinaryOp::Cmp(CmpOp::In), PREC_CMP, 1),
            TokenKind::Keyword("not") if self.tok_at(1).kind == TokenKind::Keyword("in") => {
                (BinaryOp::Cmp(CmpOp::NotIn), PREC_CMP, 2)
            }
            TokenKind::Keyword("is") if self.tok_at(1).kind == TokenKind::Keyword("not") => {
                (BinaryOp::Cmp(CmpOp::IsNot), PREC_CMP, 2)
            }
            TokenKind::Keyword("is") => (BinaryOp::Cmp(CmpOp::Is), PREC_CMP, 1),
            TokenKind::Op(o) => {
                let cmp = |c| Some((BinaryOp::Cmp(c), PREC_CMP, 1));
                let arith = |a, p| Some((BinaryOp::Arith(a), p, 1));
                return match o {
                    "==" => cmp(CmpOp::Eq),
                    "!=" => cmp(CmpOp::NotEq),
                    "<" => cmp(CmpOp::Lt),
                    "<=" => cmp(CmpOp::LtE),
                    ">" => cmp(CmpOp::Gt),
                    ">=" => cmp(CmpOp::GtE),
                    "|" => arith(BinOp::BitOr, 5),
                    "^" => arith(BinOp::BitXor, 6),
                    "&" => arith(BinOp::BitAnd, 7),
                    "<<" => arith(BinOp::LShift, 8),
                    ">>" => arith(BinOp::RShift, 8),
                    "+" => arith(BinOp::Add, 9),
                    "-" => arith(BinOp::Sub, 9),
                    "*" => arith(BinOp::Mul, 10),
                    "/" => arith(BinOp::Div, 10),
                    "//" => arith(BinOp::FloorDiv, 10),
                    "%" => arith(BinOp::Mod, 10),
                    "@" => arith(BinOp::MatMul, 10),
                    _ => None,
                };
            }
            _ => return None,
        };
        Some(op)
    }

    /// An operand at precedence `min`: `not` chains (below comparisons), else a factor.
    fn operand(&mut self, min: u8) -> PResult<Node> {
        if min > PREC_NOT || !self.at_kw("not") {
            return self.factor();
        }
        self.not_chain()
    }

    #[inline(never)]
    fn not_chain(&mut self) -> PResult<Node> {
        let mut nots = Vec::new();
        while self.at_kw("not") {
            nots.push(self.bump().span);
        }
        let mut e = self.binary_expr(PREC_CMP)?;
        while let Some(not) = nots.pop() {
            let span = self.since(not);
            let depth = e.depth;
            e = self.node(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(e.e) }, span, depth);
        }
        Ok(e)
    }

    /// factor: unary `-`, `+`, `~` (a loop, then applied inside out), then a power.
    fn factor(&mut self) -> PResult<Node> {
        if matches!(self.kind(), TokenKind::Op("-" | "+" | "~")) {
            return self.unary();
        }
        self.power()
    }

    #[inline(never)]
    fn unary(&mut self) -> PResult<Node> {
        let mut ops = Vec::new();
        while let TokenKind::Op(o @ ("-" | "+" | "~")) = self.kind() {
            ops.push((o, self.bump().span));
        }
        let mut e = self.power()?;
        while let Some((op, at)) = ops.pop() {
            let span = self.since(at);
            let depth = e.depth;
            let op = match op {
                "-" => UnaryOp::Neg,
                "+" => UnaryOp::Pos,
                _ => UnaryOp::Invert,
            };
            e = self.node(ExprKind::UnaryOp { op, operand: Box::new(e.e) }, span, depth);
        }
        Ok(e)
    }

    /// power: `await_primary ** factor` (right-associative, tighter than unary minus on
    /// its left: `-2**2` is `-(2**2)`).
    fn power(&mut self) -> PResult<Node> {
        let base = self.await_primary()?;
        if !self.at_op("**") {
            return Ok(base);
        }
        self.power_rest(base)
    }

    #[inline(never)]
    fn power_rest(&mut self, base: Node) -> PResult<Node> {
        let (before, before_end) = (self.pos, self.prev_end);
        self.bump();
        self.enter()?;
        let exponent = self.attempt(|p| p.factor());
        self.leave();
        let Some(exponent) = exponent? else {
            (self.pos, self.prev_end) = (before, before_end);
            return Ok(base);
        };
        let span = base.to(self.prev_end);
        let depth = base.depth.max(exponent.depth);
        let kind = ExprKind::BinOp { op: BinOp::Pow, left: Box::new(base.e), right: Box::new(exponent.e) };
        Ok(self.node(kind, span, depth))
    }

    fn await_primary(&mut self) -> PResult<Node> {
        if !self.at_kw("await") {
            return self.primary();
        }
        self.await_expr()
    }

    #[inline(never)]
    fn await_expr(&mut self) -> PResult<Node> {
        let kw = self.bump();
        let operand = self.primary()?;
        let span = self.since(kw.span);
        let depth = operand.depth;
        Ok(self.node(ExprKind::Await(Box::new(operand.e)), span, depth))
    }

    /// `lambda params: body`, a function named `<lambda>` whose body returns `body`.
    #[inline(never)]
    fn lambda(&mut self) -> PResult<Node> {
        let kw = self.bump();
        let (params, defaults_depth) = self.parameters(true)?;
        self.expect_op(":")?;
        let body = self.expression()?;
        let span = self.since(kw.span);
        let depth = body.depth.max(defaults_depth);
        let ret = Stmt { span: body.span(), kind: StmtKind::Return(Some(body.e)) };
        let def = FunctionDef {
            name: Rc::from("<lambda>"),
            name_span: kw.span,
            is_async: false,
            is_lambda: true,
            params,
            returns: None,
            decorators: Vec::new(),
            body: vec![ret],
            span,
        };
        Ok(self.node(ExprKind::Lambda(Rc::new(def)), span, depth))
    }
}
