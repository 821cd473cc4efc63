//! Compound statements: blocks, `if`, `while`, `for`, `try`, `with`, `def`, `class`,
//! decorators, the `async` forms, and `match` (refused).

use super::target::{TargetCtx, invalid_target_in};
use super::{MAX_ELIF, Node, PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::lexer::TokenKind;
use std::rc::Rc;

impl Parser<'_, '_> {
    /// The indented block (or same-line statements) after a compound header's ':'.
    pub(super) fn block(&mut self, what: &str, header: Span) -> PResult<Vec<Stmt>> {
        if self.kind() != TokenKind::Newline {
            let mut body = Vec::new();
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if self.kind() != TokenKind::Indent {
            return self.expected_block(what, header);
        }
        self.bump();
        let mut body = Vec::new();
        while !matches!(self.kind(), TokenKind::Dedent | TokenKind::EndMarker) {
            self.statement(&mut body)?;
        }
        self.eat_dedent();
        Ok(body)
    }

    /// `if x:` and no indented block. CPython's column is one less when the next line
    /// is a dedent (its DEDENT token's column is 0-based), not at the end of the file.
    #[inline(never)]
    fn expected_block<T>(&mut self, what: &str, header: Span) -> PResult<T> {
        let line = self.line(header.start);
        let t = self.tok();
        let rest = self.toks.get(self.pos..).unwrap_or(&[]);
        let line_dedent = t.kind == TokenKind::Dedent
            && rest.iter().find(|t| t.kind != TokenKind::Dedent).is_some_and(|t| t.kind != TokenKind::EndMarker);
        let first = self.error.is_none();
        let result = self.fail_kind(
            "IndentationError",
            format!("expected an indented block after {what} on line {line}"),
            t.span,
        );
        if first
            && line_dedent
            && let Some(d) = self.error.as_mut()
        {
            d.col = d.col.saturating_sub(1);
        }
        result
    }

    fn eat_dedent(&mut self) {
        if self.kind() == TokenKind::Dedent {
            // A dedent has no width: the statement still ends with its last token.
            let end = self.prev_end;
            self.bump();
            self.prev_end = end;
        }
    }

    pub(super) fn if_stmt(&mut self) -> PResult<Stmt> {
        // `elif` chains are collected in a loop, then nested from the end: no recursion.
        let mut clauses: Vec<(Span, Expr, Vec<Stmt>)> = Vec::new();
        let mut orelse = Vec::new();
        loop {
            let kw = self.bump();
            let what = if clauses.is_empty() { "'if' statement" } else { "'elif' statement" };
            let test = self.named_expression(true)?;
            self.expect_colon()?;
            let body = self.block(what, kw.span)?;
            if clauses.len() == MAX_ELIF {
                // Refused once, at the first branch past the limit.
                clauses.push((kw.span, test.e, body));
                self.unsupported_message(
                    format!("more than {MAX_ELIF} 'elif' branches are not supported by Loopscope"),
                    kw.span,
                );
            } else if clauses.len() < MAX_ELIF {
                clauses.push((kw.span, test.e, body));
            }
            if self.at_kw("elif") {
                continue;
            }
            if self.at_kw("else") {
                let kw = self.bump();
                self.expect_forced_colon()?;
                orelse = self.block("'else' statement", kw.span)?;
            }
            break;
        }
        let end = self.prev_end;
        let mut stmt = None;
        while let Some((start, test, body)) = clauses.pop() {
            let orelse = match stmt.take() {
                Some(s) => vec![s],
                None => std::mem::take(&mut orelse),
            };
            stmt = Some(Stmt { kind: StmtKind::If { test, body, orelse }, span: Span::new(start.start as usize, end) });
        }
        match stmt {
            Some(s) => Ok(s),
            None => self.unexpected(),
        }
    }

    pub(super) fn while_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let test = self.named_expression(true)?.e;
        self.expect_colon()?;
        let body = self.block("'while' statement", kw.span)?;
        let orelse = self.else_block()?;
        Ok(self.stmt(StmtKind::While { test, body, orelse }, kw.span))
    }

    /// The `else:` block of a loop or a `try`, if any.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw("else") {
            return Ok(Vec::new());
        }
        let kw = self.bump();
        self.expect_forced_colon()?;
        self.block("'else' statement", kw.span)
    }

    pub(super) fn for_stmt(&mut self, async_kw: Option<Span>) -> PResult<Stmt> {
        let kw = self.bump();
        let start = async_kw.unwrap_or(kw.span);
        let target = self.for_target()?;
        self.bump(); // 'in'
        let iter = self.star_expressions()?.e;
        self.expect_colon()?;
        let body = self.block("'for' statement", kw.span)?;
        let orelse = self.else_block()?;
        let kind = StmtKind::For { is_async: async_kw.is_some(), target, iter, body, orelse };
        Ok(self.stmt(kind, start))
    }

    pub(super) fn try_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.expect_forced_colon()?;
        let body = self.block("'try' statement", kw.span)?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at_kw("except") {
            let is_star = self.tok_at(1).kind == TokenKind::Op("*");
            if star.is_some_and(|s| s != is_star) {
                let span = self.span();
                return self.fail("cannot have both 'except' and 'except*' on the same 'try'", span);
            }
            star = Some(is_star);
            handlers.push(self.except_handler()?);
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let mut finalbody = Vec::new();
        let has_finally = self.at_kw("finally");
        if has_finally {
            let kw = self.bump();
            self.expect_forced_colon()?;
            finalbody = self.block("'finally' statement", kw.span)?;
        }
        if handlers.is_empty() && !has_finally {
            let span = self.span();
            return self.fail("expected 'except' or 'finally' block", span);
        }
        let kind = StmtKind::Try { body, handlers, orelse, finalbody, star: star.unwrap_or(false) };
        Ok(self.stmt(kind, kw.span))
    }

    fn except_handler(&mut self) -> PResult<ExceptHandler> {
        let kw = self.bump();
        let star = self.eat_op("*");
        let mut class = None;
        let mut name = None;
        if star && matches!(self.kind(), TokenKind::Op(":") | TokenKind::Newline) {
            let span = self.span();
            return self.fail("expected one or more exception types", span);
        }
        if !self.at_op(":") {
            let c = self.expression()?;
            if self.at_op(",") {
                return self.fail("multiple exception types must be parenthesized", c.span());
            }
            class = Some(c.e);
            if self.eat_kw("as") {
                name = Some(self.name_token()?.0);
            }
        }
        self.expect_colon()?;
        let header = self.since(kw.span);
        let what = if star { "'except*' statement" } else { "'except' statement" };
        let body = self.block(what, kw.span)?;
        Ok(ExceptHandler { class, name, body, span: header })
    }

    pub(super) fn async_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        match self.kind() {
            TokenKind::Keyword("def") => self.funcdef(Some(kw.span), Vec::new()),
            TokenKind::Keyword("for") => self.for_stmt(Some(kw.span)),
            TokenKind::Keyword("with") => self.with_stmt(Some(kw.span)),
            _ => self.unexpected(),
        }
    }

    pub(super) fn funcdef(&mut self, async_kw: Option<Span>, decorators: Vec<Expr>) -> PResult<Stmt> {
        let kw = self.bump();
        let start = async_kw.unwrap_or(kw.span);
        let (name, name_span) = self.name_token()?;
        if !self.at_op("(") {
            let span = self.span();
            return self.fail("expected '('", span);
        }
        self.bump();
        self.brackets += 1;
        let params = self.parameters(false)?.0;
        self.expect_op(")")?;
        self.brackets -= 1;
        let returns = if self.eat_op("->") { Some(self.expression()?.e) } else { None };
        self.expect_forced_colon()?;
        let body = self.block("function definition", kw.span)?;
        let def = FunctionDef {
            name,
            name_span,
            is_async: async_kw.is_some(),
            is_lambda: false,
            params,
            returns,
            decorators,
            body,
            span: self.since(start),
        };
        Ok(self.stmt(StmtKind::FunctionDef(Rc::new(def)), start))
    }

    pub(super) fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let kw = self.bump();
        let (name, name_span) = self.name_token()?;
        let mut args = Vec::new();
        if self.at_op("(") {
            let open = self.bump();
            self.brackets += 1;
            args = self.arguments(open.span, false)?.0;
            self.brackets -= 1;
        }
        self.expect_colon()?;
        let body = self.block("class definition", kw.span)?;
        let (bases, keywords) = self.class_header(args);
        self.refuse_slots(&body);
        let class = ClassDef { name, name_span, bases, keywords, decorators, body, span: self.since(kw.span) };
        Ok(self.stmt(StmtKind::ClassDef(Rc::new(class)), kw.span))
    }

    /// Splits a class header's arguments into bases and keywords, refusing what Loopscope
    /// does not run: several bases, `*bases`, metaclasses and other class keywords.
    fn class_header(&mut self, args: Vec<Arg>) -> (Vec<Expr>, Vec<Keyword>) {
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        for arg in args {
            match arg {
                Arg::Positional(e) => {
                    if bases.len() == 1 {
                        self.unsupported("multiple inheritance", e.span);
                    }
                    bases.push(e);
                }
                Arg::Starred(e) => {
                    let span = e.span;
                    self.unsupported("'*' unpacking in a class header", span);
                    bases.push(Expr::new(ExprKind::Starred(Box::new(e)), span));
                }
                Arg::Keyword(k) => {
                    if &*k.name == "metaclass" {
                        self.unsupported("metaclasses", k.span);
                    } else {
                        self.unsupported("class keyword arguments", k.span);
                    }
                    keywords.push(k);
                }
                Arg::DoubleStarred(e) => self.unsupported("class keyword arguments ('**')", e.span),
            }
        }
        (bases, keywords)
    }

    /// `__slots__ = ...` in a class body (SPEC section 1c).
    fn refuse_slots(&mut self, body: &[Stmt]) {
        for stmt in body {
            let targets: Vec<&Target> = match &stmt.kind {
                StmtKind::Assign { targets, .. } => targets.iter().collect(),
                StmtKind::AnnAssign { target, .. } | StmtKind::AugAssign { target, .. } => vec![target],
                _ => continue,
            };
            for t in targets {
                if let Target::Name(n, span) = t
                    && &**n == "__slots__"
                {
                    self.unsupported("'__slots__'", *span);
                }
            }
        }
    }

    pub(super) fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named_expression(true)?.e);
            if self.kind() != TokenKind::Newline {
                return self.unexpected();
            }
            self.bump();
        }
        match self.kind() {
            TokenKind::Keyword("def") => self.funcdef(None, decorators),
            TokenKind::Keyword("class") => self.classdef(decorators),
            TokenKind::Keyword("async") if self.tok_at(1).kind == TokenKind::Keyword("def") => {
                let kw = self.bump();
                self.funcdef(Some(kw.span), decorators)
            }
            _ => self.unexpected(),
        }
    }

    /// `with` and `async with`.
    pub(super) fn with_stmt(&mut self, async_kw: Option<Span>) -> PResult<Stmt> {
        let kw = self.bump();
        let start = async_kw.unwrap_or(kw.span);
        let items = match self.parenthesized_with_items()? {
            Some(items) => items,
            None => self.with_items()?,
        };
        self.expect_colon()?;
        let body = self.block("'with' statement", kw.span)?;
        Ok(self.stmt(StmtKind::With { is_async: async_kw.is_some(), items, body }, start))
    }

    /// `with (a as b, c as d):` (Python 3.9+). Tried first, as CPython does; `with (a, b)
    /// as c:` then reads as one item.
    fn parenthesized_with_items(&mut self) -> PResult<Option<Vec<WithItem>>> {
        if !self.at_op("(") {
            return Ok(None);
        }
        let saved = self.checkpoint();
        self.bump();
        self.brackets += 1;
        match self.with_items() {
            Ok(items) if self.at_op(")") && self.tok_at(1).kind == TokenKind::Op(":") => {
                self.bump();
                self.brackets -= 1;
                Ok(Some(items))
            }
            Err(fail) if !self.generic_error && self.error.is_some() => Err(fail),
            _ => {
                self.restore(saved);
                self.forget_error();
                Ok(None)
            }
        }
    }

    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            let context = self.expression()?.e;
            let mut target = None;
            if self.eat_kw("as") {
                let t = self.with_target()?;
                target = Some(self.target_from(t.e, TargetCtx::Assign)?);
            }
            items.push(WithItem { context, target });
            if !self.eat_op(",") || self.at_op(")") {
                return Ok(items);
            }
        }
    }

    /// The target after `with ... as`, followed by `,`, `)` or `:`. What is not a target
    /// is read again as an expression (CPython's second pass) to name it.
    fn with_target(&mut self) -> PResult<Node> {
        let saved = self.checkpoint();
        let t = self.star_target()?;
        let ends = |p: &mut Self| p.at_op(",") || p.at_op(")") || p.at_op(":");
        // At the end of the line, the header only lacks its ':' (said by the caller).
        if ends(self) || self.kind() == TokenKind::Newline && invalid_target_in(&t.e).is_none() {
            return Ok(t);
        }
        let stop = self.checkpoint();
        self.restore(saved);
        let outer = std::mem::replace(&mut self.second_pass, true);
        let e = self.expression();
        self.second_pass = outer;
        match e {
            Ok(e) if ends(self) => Ok(e),
            Ok(_) => {
                self.restore(stop);
                self.unexpected()
            }
            Err(fail) => Err(fail),
        }
    }

    /// `match` is a soft keyword: a statement only if the line reads `match ...:`.
    pub(super) fn is_match_stmt(&mut self) -> bool {
        let next = self.tok_at(1).kind;
        if matches!(next, TokenKind::Op("=" | "." | ":" | "," | ";" | ")") | TokenKind::Newline | TokenKind::EndMarker)
            || matches!(next, TokenKind::Op(op) if op.ends_with('=') && op.len() >= 2)
        {
            return false;
        }
        let rest = self.toks.get(self.pos..).unwrap_or(&[]);
        let line_end =
            rest.iter().position(|t| matches!(t.kind, TokenKind::Newline | TokenKind::EndMarker | TokenKind::Error));
        match line_end {
            Some(i) if i >= 2 => rest.get(i - 1).is_some_and(|t| t.kind == TokenKind::Op(":")),
            _ => false,
        }
    }

    /// `match`: refused. The subject and patterns are skipped (patterns are not
    /// expressions); the case bodies are parsed and kept (as the body of an `if`) for
    /// CPython's compile-time checks.
    pub(super) fn match_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.unsupported("'match' statements", kw.span);
        self.skip_to_header_colon()?;
        self.expect_colon()?;
        if self.kind() != TokenKind::Newline {
            return self.unexpected();
        }
        self.bump();
        if self.kind() != TokenKind::Indent {
            return self.expected_block("'match' statement", kw.span);
        }
        self.bump();
        let mut body = Vec::new();
        loop {
            let t = self.tok();
            if t.kind != TokenKind::Name || self.text(t.span) != "case" {
                return self.unexpected();
            }
            self.bump();
            self.skip_to_header_colon()?;
            self.expect_colon()?;
            body.extend(self.block("'case' statement", t.span)?);
            if matches!(self.kind(), TokenKind::Dedent | TokenKind::EndMarker) {
                break;
            }
        }
        self.eat_dedent();
        let test = Expr::new(ExprKind::Bool(true), kw.span);
        Ok(self.stmt(StmtKind::If { test, body, orelse: Vec::new() }, kw.span))
    }

    /// Skips a `match` subject or a `case` pattern: up to the first `:` outside brackets.
    fn skip_to_header_colon(&mut self) -> PResult<()> {
        let mut depth = 0u32;
        let mut any = false;
        loop {
            match self.kind() {
                TokenKind::Newline | TokenKind::EndMarker | TokenKind::Error => return self.unexpected(),
                TokenKind::Op(":") if any && depth == 0 => return Ok(()),
                TokenKind::Op("(" | "[" | "{") => depth += 1,
                TokenKind::Op(")" | "]" | "}") => depth = depth.saturating_sub(1),
                _ => {}
            }
            any = true;
            self.bump();
        }
    }
}
