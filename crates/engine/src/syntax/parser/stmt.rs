//! Statements: the file, the dispatch on a statement's first token, and the simple
//! statements (expressions, assignments, `return`, `raise`, `global`, imports, `del`,
//! `assert`...).

use super::target::{TargetCtx, expr_name, invalid_del_target};
use super::{Node, PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::lexer::TokenKind;
use std::rc::Rc;

/// The modules a scenario may import (SPEC section 1a).
const SUPPORTED_MODULES: &[&str] = &["asyncio", "time", "random", "typing", "__future__"];

/// A module a program may import: one of [`SUPPORTED_MODULES`], or a submodule of the
/// asyncio package (`asyncio.queues`); which submodules Loopscope has is the refusal
/// pass's question (`refuse/`), since only the asyncio layer knows them.
fn importable(module: &str) -> bool {
    SUPPORTED_MODULES.contains(&module)
        || module.strip_prefix("asyncio.").is_some_and(|sub| !sub.is_empty() && !sub.contains('.'))
}

impl Parser<'_, '_> {
    pub(super) fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while self.kind() != TokenKind::EndMarker {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let t = self.tok();
        match t.kind {
            TokenKind::Keyword("if") => out.push(self.if_stmt()?),
            TokenKind::Keyword("while") => out.push(self.while_stmt()?),
            TokenKind::Keyword("for") => out.push(self.for_stmt(None)?),
            TokenKind::Keyword("try") => out.push(self.try_stmt()?),
            TokenKind::Keyword("def") => out.push(self.funcdef(None, Vec::new())?),
            TokenKind::Keyword("class") => out.push(self.classdef(Vec::new())?),
            TokenKind::Keyword("with") => out.push(self.with_stmt(None)?),
            TokenKind::Keyword("async") => out.push(self.async_stmt()?),
            TokenKind::Op("@") => out.push(self.decorated()?),
            TokenKind::Name if self.text(t.span) == "match" && self.is_match_stmt() => out.push(self.match_stmt()?),
            TokenKind::Indent | TokenKind::Dedent => return self.unexpected(),
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    pub(super) fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if !self.eat_op(";") || self.kind() == TokenKind::Newline {
                break;
            }
        }
        if self.kind() == TokenKind::Newline {
            let end = self.prev_end;
            self.bump();
            self.prev_end = end;
            return Ok(());
        }
        self.unexpected()
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let t = self.tok();
        let TokenKind::Keyword(kw) = t.kind else {
            return self.expr_stmt();
        };
        match kw {
            "pass" | "break" | "continue" => {
                self.bump();
                let kind = match kw {
                    "pass" => StmtKind::Pass,
                    "break" => StmtKind::Break,
                    _ => StmtKind::Continue,
                };
                Ok(self.stmt(kind, t.span))
            }
            "return" => {
                self.bump();
                let value = if self.ends_simple_stmt() { None } else { Some(self.star_expressions()?.e) };
                Ok(self.stmt(StmtKind::Return(value), t.span))
            }
            "raise" => self.raise_stmt(),
            "global" | "nonlocal" => self.global_stmt(kw == "nonlocal"),
            "import" => self.import_stmt(),
            "from" => self.import_from(),
            "del" => self.del_stmt(),
            "assert" => {
                self.bump();
                let test = self.expression()?.e;
                let msg = if self.eat_op(",") { Some(self.expression()?.e) } else { None };
                Ok(self.stmt(StmtKind::Assert { test, msg }, t.span))
            }
            _ => self.expr_stmt(),
        }
    }

    pub(super) fn ends_simple_stmt(&mut self) -> bool {
        matches!(self.kind(), TokenKind::Newline | TokenKind::Op(";") | TokenKind::EndMarker)
    }

    fn raise_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        if self.ends_simple_stmt() {
            return Ok(self.stmt(StmtKind::Raise { exc: None, cause: None }, kw.span));
        }
        let exc = Some(self.expression()?.e);
        let cause = if self.eat_kw("from") { Some(self.expression()?.e) } else { None };
        Ok(self.stmt(StmtKind::Raise { exc, cause }, kw.span))
    }

    fn global_stmt(&mut self, nonlocal: bool) -> PResult<Stmt> {
        let kw = self.bump();
        let mut names = vec![self.name_token()?.0];
        while self.eat_op(",") {
            names.push(self.name_token()?.0);
        }
        let kind = if nonlocal { StmtKind::Nonlocal(names) } else { StmtKind::Global(names) };
        Ok(self.stmt(kind, kw.span))
    }

    /// `a.b.c`, returned as text with its span.
    fn dotted_name(&mut self) -> PResult<(String, Span)> {
        let (first, start) = self.name_token()?;
        let mut name = first.to_string();
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.name_token()?.0);
        }
        Ok((name, self.since(start)))
    }

    fn import_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let mut names = Vec::new();
        loop {
            let (module, start) = self.dotted_name()?;
            let asname = if self.eat_kw("as") { Some(self.name_token()?.0) } else { None };
            let span = self.since(start);
            if !importable(&module) {
                self.unsupported(&format!("'import {module}'"), start);
            }
            names.push(Alias { name: Rc::from(module), asname, span });
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(self.stmt(StmtKind::Import(names), kw.span))
    }

    fn import_from(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let mut level = 0;
        let first_dot = self.span();
        while self.at_op(".") || self.at_op("...") {
            level += if self.at_op("...") { 3 } else { 1 };
            self.bump();
        }
        let (module, module_span) = if level == 0 || !self.at_kw("import") {
            let (name, span) = self.dotted_name()?;
            (Some(Name::from(name)), span)
        } else {
            (None, Span::new(first_dot.start as usize, self.prev_end))
        };
        if !self.eat_kw("import") {
            return self.unexpected();
        }
        let module_ok = level == 0 && module.as_deref().is_some_and(importable);
        if level > 0 {
            self.unsupported("relative imports", first_dot);
        } else if !module_ok {
            let m = module.as_deref().unwrap_or("");
            self.unsupported(&format!("'from {m} import ...'"), module_span);
        }
        if self.at_op("*") {
            let star = self.bump().span;
            if module_ok {
                let m = module.as_deref().unwrap_or("");
                self.unsupported(&format!("'from {m} import *'"), star);
            }
            let kind = StmtKind::ImportFrom { module, module_span, names: Vec::new(), level, star: Some(star) };
            return Ok(self.stmt(kind, kw.span));
        }
        let parens = self.eat_op("(");
        let mut names = Vec::new();
        loop {
            let (name, start) = self.name_token()?;
            if &*name == "barry_as_FLUFL" && module.as_deref() == Some("__future__") {
                // It changes the grammar (`<>` for `!=`).
                self.unsupported("'from __future__ import barry_as_FLUFL'", start);
            }
            let asname = if self.eat_kw("as") { Some(self.name_token()?.0) } else { None };
            names.push(Alias { name, asname, span: self.since(start) });
            if !self.eat_op(",") {
                break;
            }
            if parens && self.at_op(")") {
                break;
            }
            if !parens && self.ends_simple_stmt() {
                let span = self.span();
                return self.fail("trailing comma not allowed without surrounding parentheses", span);
            }
        }
        if parens {
            self.expect_op(")")?;
        }
        let kind = StmtKind::ImportFrom { module, module_span, names, level, star: None };
        Ok(self.stmt(kind, kw.span))
    }

    /// `del a, b[0], c.x` (each item a target; `del (a, b)` is one tuple target).
    fn del_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let mut items = Vec::new();
        loop {
            items.push(self.star_expression()?);
            if !self.eat_op(",") || self.ends_simple_stmt() {
                break;
            }
        }
        if !self.ends_simple_stmt() {
            // CPython reads the whole line as expressions to name what cannot be deleted.
            return self.unexpected();
        }
        for item in &items {
            if let Some((what, span)) = invalid_del_target(&item.e) {
                return self.fail(format!("cannot delete {what}"), span);
            }
        }
        let mut targets = Vec::with_capacity(items.len());
        for item in items {
            targets.push(self.target_from(item.e, TargetCtx::Del)?);
        }
        Ok(self.stmt(StmtKind::Delete(targets), kw.span))
    }

    /// Expression statements, assignments, augmented assignments, annotations.
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let first = self.star_expressions_or_yield()?;
        match self.kind() {
            TokenKind::Op("=") => self.assignment(first, start),
            TokenKind::Op(":") => self.annotated(first, start),
            TokenKind::Op(":=") => self.misplaced_walrus(first),
            TokenKind::Op(op)
                if op.len() >= 2 && op.ends_with('=') && !matches!(op, "==" | "!=" | "<=" | ">=" | ":=") =>
            {
                self.aug_assign(first, op, start)
            }
            _ => {
                if self.starts_expression() {
                    self.legacy_print(&first.e)?;
                }
                Ok(self.stmt(StmtKind::Expr(first.e), start))
            }
        }
    }

    /// `f() := 1` as a statement: CPython names what cannot be assigned (a plain name or
    /// a tuple only gets the generic error).
    #[inline(never)]
    fn misplaced_walrus(&mut self, first: Node) -> PResult<Stmt> {
        if matches!(first.e.kind, ExprKind::Name(_) | ExprKind::Tuple(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            || !self.walrus_value_follows()?
        {
            return self.unexpected();
        }
        let what = expr_name(&first.e.kind);
        self.fail(format!("cannot use assignment expressions with {what}"), first.span())
    }

    /// `print "x"`: CPython's "Missing parentheses" message (not before a `(`).
    #[inline(never)]
    pub(super) fn legacy_print(&mut self, e: &Expr) -> PResult<()> {
        if let ExprKind::Name(n) = &e.kind
            && matches!(&**n, "print" | "exec")
            && !self.at_op("(")
        {
            return self.fail(format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"), e.span);
        }
        Ok(())
    }

    fn assignment(&mut self, first: Node, start: Span) -> PResult<Stmt> {
        self.maybe_meant_comparison(&first.e, start)?;
        let mut targets = Vec::new();
        let mut pending = first;
        while self.eat_op("=") {
            if matches!(pending.e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && !self.parenthesized(&pending.e)
            {
                return self.fail("assignment to yield expression not possible", pending.span());
            }
            targets.push(self.target_from(pending.e, TargetCtx::Assign)?);
            pending = self.star_expressions_or_yield()?;
        }
        Ok(self.stmt(StmtKind::Assign { targets, value: pending.e }, start))
    }

    /// `f() = 1`: CPython's invalid_named_expression suggests `==` when an invalid target
    /// that is an operand (not a display nor a constant) is assigned an operand.
    fn maybe_meant_comparison(&mut self, target: &Expr, start: Span) -> PResult<()> {
        let start_index = self.index_of_span(start);
        let start_token = self.toks.get(start_index).map(|t| t.kind);
        let excluded_start = matches!(start_token, Some(TokenKind::Keyword("True" | "False" | "None")))
            || matches!(start_token, Some(TokenKind::Op("(" | "["))) && self.starts_with_display(start_index);
        let assignable = match &target.kind {
            ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => true,
            ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::GeneratorExp { .. } => true,
            _ => !self.is_operand(target),
        };
        if assignable || excluded_start || !self.meant_comparison_follows() {
            return Ok(());
        }
        let what = expr_name(&target.kind);
        self.fail(format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), target.span)
    }

    /// Whether the statement read so far begins with a list display, a parenthesized
    /// tuple or a generator expression (`[a][0] + 1 = 2`, `(a, b)(c) = 1`): CPython's
    /// invalid_named_expression skips those (not a list comprehension).
    #[inline(never)]
    fn starts_with_display(&mut self, index: usize) -> bool {
        let saved = self.checkpoint();
        let outer = (self.error.take(), self.speculating, self.second_pass);
        (self.speculating, self.second_pass) = (true, true);
        self.pos = index;
        let atom = if self.at_op("[") { self.list_display() } else { self.paren() };
        let tuple = atom
            .is_ok_and(|n| matches!(n.e.kind, ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. }));
        self.restore(saved);
        (self.error, self.speculating, self.second_pass) = outer;
        tuple
    }

    pub(super) fn index_of_span(&self, span: Span) -> usize {
        self.toks.partition_point(|t| t.span.start < span.start)
    }

    fn aug_assign(&mut self, first: Node, op: &'static str, start: Span) -> PResult<Stmt> {
        self.bump();
        let target = self.target_from(first.e, TargetCtx::AugAssign)?;
        let value = self.star_expressions_or_yield()?;
        let op = match op {
            "+=" => BinOp::Add,
            "-=" => BinOp::Sub,
            "*=" => BinOp::Mul,
            "@=" => BinOp::MatMul,
            "/=" => BinOp::Div,
            "//=" => BinOp::FloorDiv,
            "%=" => BinOp::Mod,
            "**=" => BinOp::Pow,
            "<<=" => BinOp::LShift,
            ">>=" => BinOp::RShift,
            "&=" => BinOp::BitAnd,
            "^=" => BinOp::BitXor,
            "|=" => BinOp::BitOr,
            _ => return self.unexpected(),
        };
        Ok(self.stmt(StmtKind::AugAssign { target, op, value: value.e }, start))
    }

    /// `x: int`, `x: int = 1`, `self.x: int = 1`.
    fn annotated(&mut self, first: Node, start: Span) -> PResult<Stmt> {
        let single =
            matches!(first.e.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. });
        let expression = !matches!(first.e.kind, ExprKind::Starred(_) | ExprKind::Yield(_) | ExprKind::YieldFrom(_));
        if !expression {
            return self.unexpected();
        }
        // Only a single target reads on past the ':' in CPython's first pass; for the
        // others, it names the bad target (second pass) once an annotation follows.
        let outer = self.second_pass;
        self.second_pass |= !single;
        let colon = self.checkpoint();
        self.bump();
        let annotation = self.expression();
        self.second_pass = outer;
        let annotation = match annotation {
            Ok(a) => a.e,
            Err(_) if !single && self.generic_error => {
                self.forget_error();
                self.restore(colon);
                return self.unexpected();
            }
            Err(fail) => return Err(fail),
        };
        match &first.e.kind {
            ExprKind::Tuple(_) => return self.fail("only single target (not tuple) can be annotated", first.span()),
            ExprKind::List(_) => return self.fail("only single target (not list) can be annotated", first.span()),
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            _ => return self.fail("illegal target for annotation", first.span()),
        }
        // `(x): int` is not "simple": CPython does not record it in `__annotations__`.
        let simple = matches!(first.e.kind, ExprKind::Name(_)) && self.text(start) != "(";
        let value = if self.eat_op("=") { Some(self.star_expressions_or_yield()?.e) } else { None };
        let target = self.target_from(first.e, TargetCtx::Assign)?;
        Ok(self.stmt(StmtKind::AnnAssign { target, annotation, value, simple }, start))
    }
}
