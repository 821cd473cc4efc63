//! Control flow: `if`, loops, `try` (with `except`, `except*`, `else`, `finally`),
//! `with`, and the jumps that leave blocks (`break`, `continue`, `return`).

use super::{CResult, Compiler, FBlock, Protected};
use crate::compile::code::*;
use crate::syntax::ast::*;
use std::collections::HashSet;

impl<'a> Compiler<'a> {
    pub(super) fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let before = self.unit().assigned.clone();
        let jump = self.jump_if(test, false)?;
        self.body(body)?;
        let after_body = std::mem::replace(&mut self.u().assigned, before.clone());
        if orelse.is_empty() {
            self.patch_here(jump);
            self.u().assigned = before;
            return Ok(());
        }
        let skip = self.emit(Op::Jump { target: 0 });
        self.patch_here(jump);
        self.body(orelse)?;
        self.patch_here(skip);
        let after_else = std::mem::take(&mut self.u().assigned);
        self.u().assigned = after_body.intersection(&after_else).cloned().collect();
        Ok(())
    }

    /// Evaluates `test` and emits a jump taken when its truth is `when`; returns the
    /// jump to patch.
    pub(super) fn jump_if(&mut self, test: &'a Expr, when: bool) -> CResult<usize> {
        let m = self.mark();
        // `not x`: the opposite jump, no negation.
        if let ExprKind::UnaryOp { op: UnaryOp::Not, operand } = &test.kind {
            let r = self.jump_if(operand, !when);
            self.release(m);
            return r;
        }
        let cond = self.operand(test)?;
        let at = self.with_span(test.span, |c| {
            if when { c.emit(Op::JumpIfTrue { cond, target: 0 }) } else { c.emit(Op::JumpIfFalse { cond, target: 0 }) }
        });
        self.release(m);
        Ok(at)
    }

    /// Names deleted anywhere in a loop body are not certainly bound at its start.
    fn loop_entry_assigned(&mut self, body: &[Stmt]) -> HashSet<Name> {
        let mut deleted = Vec::new();
        collect_deleted(body, &mut deleted);
        let mut set = self.unit().assigned.clone();
        for d in deleted {
            set.remove(&d);
        }
        set
    }

    pub(super) fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let before = self.loop_entry_assigned(body);
        self.u().assigned = before.clone();
        let top = self.here();
        let infinite = matches!(test.kind, ExprKind::Bool(true)) || matches!(test.kind, ExprKind::Int(n) if n != 0);
        let exit = if infinite { None } else { Some(self.jump_if(test, false)?) };
        self.u().fblocks.push(FBlock::Loop { continue_target: top, breaks: Vec::new() });
        self.body(body)?;
        self.emit(Op::Loop { target: top });
        let Some(FBlock::Loop { breaks, .. }) = self.u().fblocks.pop() else { return Ok(()) };
        self.u().assigned = before.clone();
        if let Some(exit) = exit {
            self.patch_here(exit);
        }
        self.body(orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        self.u().assigned = before;
        Ok(())
    }

    /// `range(...)` with plain positional arguments, and `range` not a local.
    fn range_call(&self, iter: &'a Expr) -> Option<&'a [Arg]> {
        let ExprKind::Call { func, args } = &iter.kind else { return None };
        let ExprKind::Name(n) = &func.kind else { return None };
        if &**n != "range" || self.is_local_binding(n) || args.is_empty() || args.len() > 3 {
            return None;
        }
        args.iter().all(|a| matches!(a, Arg::Positional(_))).then_some(args)
    }

    pub(super) fn for_stmt(
        &mut self,
        is_async: bool,
        target: &'a Target,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        if is_async {
            return self.async_for(target, iter, body, orelse);
        }
        let before = self.loop_entry_assigned(body);
        let m = self.mark();
        // An iterator (or range state) in `state`, the item in the register after it.
        let (state, item) = if let Some(args) = self.range_call(iter) {
            let state = self.alloc_n(4)?;
            if let ExprKind::Call { func, .. } = &iter.kind {
                self.expr_to(func, state)?;
            }
            for (i, a) in args.iter().enumerate() {
                if let Arg::Positional(e) = a {
                    self.expr_to(e, state + 1 + i as Reg)?;
                }
            }
            self.with_span(iter.span, |c| c.emit(Op::RangeInit { state, argc: args.len() as u8 }));
            (state, state + 3)
        } else {
            let state = self.alloc_n(2)?;
            let src = self.operand(iter)?;
            self.with_span(iter.span, |c| c.emit(Op::GetIter { dst: state, src }));
            self.release(state + 2);
            (state, state + 1)
        };
        let ranged = item == state + 3;
        self.u().assigned = before.clone();
        let top = self.here();
        let next = self.with_span(iter.span, |c| {
            if ranged { c.emit(Op::ForRange { state, exit: 0 }) } else { c.emit(Op::ForIter { iter: state, exit: 0 }) }
        });
        self.store_target(target, item)?;
        self.u().fblocks.push(FBlock::Loop { continue_target: top, breaks: Vec::new() });
        self.body(body)?;
        self.emit(Op::Loop { target: top });
        let Some(FBlock::Loop { breaks, .. }) = self.u().fblocks.pop() else { return Ok(()) };
        self.patch_here(next);
        self.u().assigned = before.clone();
        self.release(m);
        self.body(orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        self.u().assigned = before;
        Ok(())
    }

    /// `async for target in iter`: `await it.__anext__()` until StopAsyncIteration.
    fn async_for(&mut self, target: &'a Target, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let before = self.loop_entry_assigned(body);
        let m = self.mark();
        let aiter = self.alloc()?;
        let src = self.operand(iter)?;
        self.with_span(iter.span, |c| c.emit(Op::GetAIter { dst: aiter, src }));
        let item = self.alloc()?;
        let exc = self.alloc()?;
        self.u().assigned = before.clone();
        let top = self.here();
        let start = self.here();
        self.with_span(iter.span, |c| {
            c.emit(Op::GetANext { dst: item, aiter });
            c.emit(Op::Await { dst: item, aw: item });
        });
        let end = self.here();
        self.store_target(target, item)?;
        self.u().fblocks.push(FBlock::Loop { continue_target: top, breaks: Vec::new() });
        self.body(body)?;
        self.emit(Op::Loop { target: top });
        let Some(FBlock::Loop { breaks, .. }) = self.u().fblocks.pop() else { return Ok(()) };
        // StopAsyncIteration from `__anext__` ends the loop; anything else propagates.
        let handler = self.here();
        let depth = self.unit().exc_depth;
        self.u().exc_table.push(ExcEntry { start, end, target: handler, exc, depth });
        self.emit(Op::PushExcInfo { exc });
        self.emit(Op::EndAsyncFor { exc });
        self.u().assigned = before.clone();
        self.release(m);
        self.body(orelse)?;
        for b in breaks {
            self.patch_here(b);
        }
        self.u().assigned = before;
        Ok(())
    }

    // ------------------------------------------------------------------ leaving blocks

    /// Runs the cleanups of the blocks from the innermost up to (not including) index
    /// `until` of the block stack, as a jump out of them needs.
    fn unwind_to(&mut self, until: usize) -> CResult<()> {
        let mut i = self.unit().fblocks.len();
        while i > until {
            i -= 1;
            let here = self.here();
            // Take the block out while its cleanup is compiled: a `return` inside a
            // `finally` must not run that `finally` again.
            let block = self.u().fblocks.remove(i);
            let block = match block {
                FBlock::Loop { .. } | FBlock::TryExcept { .. } => {
                    let mut b = block;
                    if let FBlock::TryExcept { range } = &mut b {
                        range.pause(here);
                    }
                    b
                }
                FBlock::Finally { body, mut range } => {
                    range.pause(here);
                    let saved = self.unit().assigned.clone();
                    self.body(body)?;
                    self.u().assigned = saved;
                    FBlock::Finally { body, range }
                }
                FBlock::Handler { name } => {
                    self.emit(Op::PopExcInfo);
                    if let Some(n) = &name {
                        self.delete_quietly(n)?;
                    }
                    FBlock::Handler { name }
                }
                FBlock::With { exit, is_async, mut range } => {
                    range.pause(here);
                    let m = self.mark();
                    self.call_exit(exit, NO_REG, is_async)?;
                    self.release(m);
                    FBlock::With { exit, is_async, range }
                }
                FBlock::FinallyExc => {
                    self.emit(Op::PopExcInfo);
                    FBlock::FinallyExc
                }
            };
            self.u().fblocks.insert(i, block);
        }
        Ok(())
    }

    /// After the jump out: the ranges cut for it resume.
    fn resume_ranges(&mut self, from: usize) {
        let here = self.here();
        for b in self.u().fblocks[from..].iter_mut() {
            match b {
                FBlock::TryExcept { range } | FBlock::Finally { range, .. } | FBlock::With { range, .. } => {
                    range.resume(here)
                }
                _ => {}
            }
        }
    }

    pub(super) fn break_stmt(&mut self, span: Span) -> CResult<()> {
        let Some(i) = self.unit().fblocks.iter().rposition(|b| matches!(b, FBlock::Loop { .. })) else {
            return self.err("'break' outside loop", span);
        };
        self.unwind_to(i + 1)?;
        let at = self.emit(Op::Jump { target: 0 });
        if let Some(FBlock::Loop { breaks, .. }) = self.u().fblocks.get_mut(i) {
            breaks.push(at);
        }
        self.resume_ranges(i + 1);
        Ok(())
    }

    pub(super) fn continue_stmt(&mut self, span: Span) -> CResult<()> {
        let Some(i) = self.unit().fblocks.iter().rposition(|b| matches!(b, FBlock::Loop { .. })) else {
            return self.err("'continue' not properly in loop", span);
        };
        self.unwind_to(i + 1)?;
        let target = match &self.unit().fblocks[i] {
            FBlock::Loop { continue_target, .. } => *continue_target,
            _ => 0,
        };
        self.emit(Op::Loop { target });
        self.resume_ranges(i + 1);
        Ok(())
    }

    pub(super) fn return_stmt(&mut self, value: Option<&'a Expr>, span: Span) -> CResult<()> {
        let r = self.alloc()?;
        match value {
            Some(v) => self.expr_to(v, r)?,
            None => {
                self.emit(Op::LoadNone { dst: r });
            }
        }
        self.unwind_to(0)?;
        self.with_span(span, |c| c.emit(Op::Return { src: r }));
        self.resume_ranges(0);
        Ok(())
    }

    /// Unbinds an `except ... as name` variable at the end of its clause.
    fn delete_quietly(&mut self, n: &Name) -> CResult<()> {
        if let Some(reg) = self.local_reg(n) {
            self.emit(Op::ClearLocal { reg });
            self.u().assigned.remove(&**n);
            return Ok(());
        }
        let m = self.mark();
        let r = self.alloc()?;
        self.emit(Op::LoadNone { dst: r });
        self.store_name(n, r)?;
        self.delete_name(n)?;
        self.release(m);
        Ok(())
    }

    // ------------------------------------------------------------------ try

    pub(super) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult<()> {
        let before = self.unit().assigned.clone();
        let depth = self.unit().exc_depth;
        let fin_exc = if finalbody.is_empty() { None } else { Some(self.alloc()?) };
        if fin_exc.is_some() {
            let here = self.here();
            self.u().fblocks.push(FBlock::Finally { body: finalbody, range: Protected::start(here) });
        }
        let mut to_end = Vec::new();
        if handlers.is_empty() {
            self.body(body)?;
            self.body(orelse)?;
        } else {
            let exc = self.alloc()?;
            let here = self.here();
            self.u().fblocks.push(FBlock::TryExcept { range: Protected::start(here) });
            self.body(body)?;
            let here = self.here();
            let segments = match self.u().fblocks.pop() {
                Some(FBlock::TryExcept { mut range }) => range.close(here),
                _ => Vec::new(),
            };
            // `else` runs after the whole body: what it bound is bound.
            self.body(orelse)?;
            to_end.push(self.emit(Op::Jump { target: 0 }));
            let handler = self.here();
            for (start, end) in segments {
                self.u().exc_table.push(ExcEntry { start, end, target: handler, exc, depth });
            }
            self.u().assigned = before.clone();
            if star {
                self.except_star(exc, handlers, &mut to_end)?;
            } else {
                self.except_clauses(exc, handlers, &mut to_end)?;
            }
        }
        if let Some(fexc) = fin_exc {
            let here = self.here();
            let segments = match self.u().fblocks.pop() {
                Some(FBlock::Finally { mut range, .. }) => range.close(here),
                _ => Vec::new(),
            };
            for j in to_end.drain(..) {
                self.patch_here(j);
            }
            // The normal path runs the `finally` body inline.
            self.u().assigned = before.clone();
            self.body(finalbody)?;
            let done = self.emit(Op::Jump { target: 0 });
            // The exceptional path: run it, then raise again.
            let handler = self.here();
            for (start, end) in segments {
                self.u().exc_table.push(ExcEntry { start, end, target: handler, exc: fexc, depth });
            }
            self.u().assigned = before.clone();
            self.emit(Op::PushExcInfo { exc: fexc });
            self.u().exc_depth += 1;
            self.u().fblocks.push(FBlock::FinallyExc);
            self.body(finalbody)?;
            self.u().fblocks.pop();
            self.u().exc_depth -= 1;
            self.emit(Op::PopExcInfo);
            self.emit(Op::Reraise { exc: fexc });
            self.patch_here(done);
        } else {
            for j in to_end.drain(..) {
                self.patch_here(j);
            }
        }
        // `except E as name` unbinds `name` at the end of its clause.
        let mut after = before;
        for h in handlers {
            if let Some(n) = &h.name {
                after.remove(n);
            }
        }
        self.u().assigned = after;
        Ok(())
    }

    /// The `except` clauses of a `try`, the exception in `exc`.
    fn except_clauses(&mut self, exc: Reg, handlers: &'a [ExceptHandler], to_end: &mut Vec<usize>) -> CResult<()> {
        self.emit(Op::PushExcInfo { exc });
        self.u().exc_depth += 1;
        for h in handlers {
            let saved = self.unit().cur_span;
            self.u().cur_span = h.span;
            let next = match &h.class {
                None => None,
                Some(class) => {
                    let m = self.mark();
                    let c = self.operand(class)?;
                    let matched = self.alloc()?;
                    self.emit(Op::ExcMatch { dst: matched, exc, class: c });
                    let j = self.emit(Op::JumpIfFalse { cond: matched, target: 0 });
                    self.release(m);
                    Some(j)
                }
            };
            if let Some(n) = &h.name {
                self.store_name(n, exc)?;
            }
            self.u().fblocks.push(FBlock::Handler { name: h.name.clone() });
            self.body(&h.body)?;
            self.u().fblocks.pop();
            self.emit(Op::PopExcInfo);
            if let Some(n) = &h.name {
                self.delete_quietly(n)?;
            }
            to_end.push(self.emit(Op::Jump { target: 0 }));
            if let Some(j) = next {
                self.patch_here(j);
            }
            self.u().cur_span = saved;
        }
        self.u().exc_depth -= 1;
        // No clause matched.
        self.emit(Op::Reraise { exc });
        Ok(())
    }

    /// `except*` clauses: each takes its part of the exception group; what is left and
    /// what the clauses raise are raised together at the end.
    fn except_star(&mut self, exc: Reg, handlers: &'a [ExceptHandler], to_end: &mut Vec<usize>) -> CResult<()> {
        self.emit(Op::PushExcInfo { exc });
        self.u().exc_depth += 1;
        let orig = self.alloc()?;
        let rest = self.alloc()?;
        let raised = self.alloc()?;
        self.emit(Op::Move { dst: orig, src: exc });
        self.emit(Op::Move { dst: rest, src: exc });
        self.emit(Op::BuildList { dst: raised, start: raised, count: 0 });
        for h in handlers {
            let m = self.mark();
            let Some(class) = &h.class else { continue };
            let c = self.operand(class)?;
            let matched = self.alloc()?;
            self.emit(Op::ExcStarMatch { dst: matched, exc: rest, class: c });
            let none = self.alloc()?;
            self.emit(Op::LoadNone { dst: none });
            let is_none = self.alloc()?;
            self.emit(Op::Compare { op: CmpOp::Is, dst: is_none, a: matched, b: none });
            let skip = self.emit(Op::JumpIfTrue { cond: is_none, target: 0 });
            if let Some(n) = &h.name {
                self.store_name(n, matched)?;
            }
            // What the clause raises is collected, not propagated at once.
            let caught = self.alloc()?;
            let start = self.here();
            self.emit(Op::PushExcInfo { exc: matched });
            self.u().exc_depth += 1;
            self.u().fblocks.push(FBlock::Handler { name: h.name.clone() });
            self.body(&h.body)?;
            self.u().fblocks.pop();
            self.u().exc_depth -= 1;
            self.emit(Op::PopExcInfo);
            let end = self.here();
            let over = self.emit(Op::Jump { target: 0 });
            let handler = self.here();
            let depth = self.unit().exc_depth;
            self.u().exc_table.push(ExcEntry { start, end, target: handler, exc: caught, depth });
            self.emit(Op::ListAppend { list: raised, item: caught });
            self.patch_here(over);
            if let Some(n) = &h.name {
                self.delete_quietly(n)?;
            }
            self.patch_here(skip);
            self.release(m);
        }
        self.u().exc_depth -= 1;
        self.emit(Op::ExcStarReraise { orig, rest, raised });
        self.emit(Op::PopExcInfo);
        to_end.push(self.emit(Op::Jump { target: 0 }));
        Ok(())
    }

    // ------------------------------------------------------------------ with

    pub(super) fn with_stmt(&mut self, is_async: bool, items: &'a [WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else { return self.body(body) };
        let m = self.mark();
        let ctx = self.alloc_n(3)?;
        self.with_span(first.context.span, |c| c.expr_to(&first.context, ctx))?;
        self.with_span(first.context.span, |c| {
            c.emit(Op::WithEnter { ctx, is_async });
            c.emit(Op::Call { func: ctx + 2, argc: 0 });
            if is_async {
                c.emit(Op::GetAwaitable { dst: ctx + 2, src: ctx + 2 });
                c.emit(Op::Await { dst: ctx + 2, aw: ctx + 2 });
            }
        });
        let exit = ctx + 1;
        let here = self.here();
        self.u().fblocks.push(FBlock::With { exit, is_async, range: Protected::start(here) });
        if let Some(t) = &first.target {
            self.store_target(t, ctx + 2)?;
        }
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with_stmt(is_async, rest, body)?;
        }
        let here = self.here();
        let segments = match self.u().fblocks.pop() {
            Some(FBlock::With { mut range, .. }) => range.close(here),
            _ => Vec::new(),
        };
        // Normal exit: `__exit__(None, None, None)`.
        let mm = self.mark();
        self.call_exit(exit, NO_REG, is_async)?;
        self.release(mm);
        let done = self.emit(Op::Jump { target: 0 });
        // Exceptional exit: `__exit__(type, value, tb)`; a true result swallows it.
        let exc = self.alloc()?;
        let handler = self.here();
        let depth = self.unit().exc_depth;
        for (start, end) in segments {
            self.u().exc_table.push(ExcEntry { start, end, target: handler, exc, depth });
        }
        self.emit(Op::PushExcInfo { exc });
        let r = self.call_exit(exit, exc, is_async)?;
        let swallow = self.emit(Op::JumpIfTrue { cond: r, target: 0 });
        self.emit(Op::Reraise { exc });
        self.patch_here(swallow);
        self.emit(Op::PopExcInfo);
        self.patch_here(done);
        self.release(m);
        Ok(())
    }
}

impl Compiler<'_> {
    /// Calls a `with` block's exit method with the exception in `exc` (or Nones); the
    /// register of the result.
    fn call_exit(&mut self, exit: Reg, exc: Reg, is_async: bool) -> CResult<Reg> {
        let f = self.alloc_n(4)?;
        self.emit(Op::Move { dst: f, src: exit });
        self.emit(Op::ExitArgs { dst: f + 1, exc });
        self.emit(Op::Call { func: f, argc: 3 });
        if is_async {
            self.emit(Op::GetAwaitable { dst: f, src: f });
            self.emit(Op::Await { dst: f, aw: f });
        }
        Ok(f)
    }
}

fn collect_deleted(body: &[Stmt], out: &mut Vec<Name>) {
    use crate::syntax::visit::{self, Visitor};
    struct Find<'o>(&'o mut Vec<Name>);
    impl<'v> Visitor<'v> for Find<'_> {
        fn visit_stmt(&mut self, s: &'v Stmt) {
            match &s.kind {
                StmtKind::Delete(targets) => {
                    for t in targets {
                        let mut names = Vec::new();
                        Compiler::target_names(t, &mut names);
                        self.0.extend(names);
                    }
                }
                StmtKind::Try { handlers, .. } => {
                    // `except E as e` unbinds `e` at the end of the clause.
                    self.0.extend(handlers.iter().filter_map(|h| h.name.clone()));
                    visit::walk_stmt(self, s);
                }
                StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => {}
                _ => visit::walk_stmt(self, s),
            }
        }
    }
    visit::walk_body(&mut Find(out), body);
}
