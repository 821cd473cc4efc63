//! Expressions: each compiles into a register chosen by the caller (`expr_to`), or into
//! whatever register already holds it (`operand`: a local variable is its own
//! register, no move).

use super::{CResult, Compiler, Unit};
use crate::compile::code::*;
use crate::compile::scope;
use crate::syntax::ast::*;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// A register holding the value of `e` (a new temporary unless `e` is a local).
    pub(super) fn operand(&mut self, e: &'a Expr) -> CResult<Reg> {
        if let ExprKind::Name(n) = &e.kind {
            return self.with_span(e.span, |c| c.operand_name(n));
        }
        let r = self.alloc()?;
        self.expr_to(e, r)?;
        Ok(r)
    }

    /// Evaluates `e` into `dst`.
    pub(super) fn expr_to(&mut self, e: &'a Expr, dst: Reg) -> CResult<()> {
        let saved = self.unit().cur_span;
        self.u().cur_span = e.span;
        let m = self.mark();
        let r = self.expr_inner(e, dst);
        self.release(m);
        self.u().cur_span = saved;
        r
    }

    fn load_const(&mut self, c: Const, dst: Reg) -> CResult<()> {
        let k = self.const_(c)?;
        self.emit(Op::LoadConst { dst, k });
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr, dst: Reg) -> CResult<()> {
        match &e.kind {
            ExprKind::Int(i) => {
                if let Ok(v) = i32::try_from(*i) {
                    self.emit(Op::LoadInt { dst, v });
                } else {
                    self.load_const(Const::Int(*i), dst)?;
                }
            }
            ExprKind::BigInt(digits) => self.load_const(Const::BigInt(digits.clone()), dst)?,
            ExprKind::Float(f) => self.load_const(Const::Float(*f), dst)?,
            ExprKind::Str(s) => self.load_const(Const::Str(s.clone()), dst)?,
            ExprKind::Bool(b) => {
                self.emit(Op::LoadBool { dst, v: *b });
            }
            ExprKind::None => {
                self.emit(Op::LoadNone { dst });
            }
            ExprKind::Ellipsis => self.load_const(Const::Ellipsis, dst)?,
            ExprKind::Name(n) => self.load_name(n, dst)?,
            ExprKind::FString(parts) => self.fstring(parts, dst)?,
            ExprKind::List(items) => self.display(items, dst, Display::List)?,
            ExprKind::Tuple(items) => self.display(items, dst, Display::Tuple)?,
            ExprKind::Set(items) => self.display(items, dst, Display::Set)?,
            ExprKind::Dict(items) => self.dict_display(items, dst)?,
            ExprKind::Starred(_) => return self.err("can't use starred expression here", e.span),
            ExprKind::Attribute { value, attr, .. } => {
                if Self::is_super_call(value) && self.has_class_cell() {
                    let name = self.name(attr);
                    self.emit(Op::LoadSuperAttr { dst, name });
                } else {
                    let obj = self.operand(value)?;
                    let name = self.name(attr);
                    self.emit(Op::LoadAttr { dst, obj, name });
                }
            }
            ExprKind::Subscript { value, index } => {
                let obj = self.operand(value)?;
                let key = self.operand(index)?;
                self.with_span(e.span, |c| c.emit(Op::GetItem { dst, obj, key }));
            }
            ExprKind::Slice { lower, upper, step } => {
                let start = self.alloc_n(3)?;
                for (i, part) in [lower, upper, step].into_iter().enumerate() {
                    match part {
                        Some(p) => self.expr_to(p, start + i as Reg)?,
                        None => {
                            self.emit(Op::LoadNone { dst: start + i as Reg });
                        }
                    }
                }
                self.emit(Op::BuildSlice { dst, start });
            }
            ExprKind::Call { func, args } => self.call(func, args, dst, e.span)?,
            ExprKind::BinOp { op, left, right } => {
                let a = self.operand(left)?;
                let a = self.protect(a, right)?;
                let b = self.operand(right)?;
                self.with_span(e.span, |c| c.emit(Op::Binary { op: *op, dst, a, b }));
            }
            ExprKind::UnaryOp { op, operand } => {
                // `-5` is a constant.
                if *op == UnaryOp::Neg
                    && let ExprKind::Int(i) = &operand.kind
                {
                    let v = i.wrapping_neg();
                    match i32::try_from(v) {
                        Ok(v) => {
                            self.emit(Op::LoadInt { dst, v });
                        }
                        Err(_) => self.load_const(Const::Int(v), dst)?,
                    }
                    return Ok(());
                }
                let src = self.operand(operand)?;
                let op = match op {
                    UnaryOp::Neg => UnOp::Neg,
                    UnaryOp::Pos => UnOp::Pos,
                    UnaryOp::Not => UnOp::Not,
                    UnaryOp::Invert => UnOp::Invert,
                };
                self.with_span(e.span, |c| c.emit(Op::Unary { op, dst, src }));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr_to(v, dst)?;
                    if i + 1 < values.len() {
                        jumps.push(match op {
                            BoolOp::And => self.emit(Op::JumpIfFalse { cond: dst, target: 0 }),
                            BoolOp::Or => self.emit(Op::JumpIfTrue { cond: dst, target: 0 }),
                        });
                    }
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            ExprKind::Compare { left, ops } => {
                let mut a = self.operand(left)?;
                let mut jumps = Vec::new();
                for (i, (op, right)) in ops.iter().enumerate() {
                    let last = i + 1 == ops.len();
                    let b = if last {
                        self.operand(right)?
                    } else {
                        // The middle operand is evaluated once and kept.
                        let t = self.alloc()?;
                        self.expr_to(right, t)?;
                        t
                    };
                    let span = left.span.to(right.span);
                    self.with_span(span, |c| c.emit(Op::Compare { op: *op, dst, a, b }));
                    if !last {
                        jumps.push(self.emit(Op::JumpIfFalse { cond: dst, target: 0 }));
                    }
                    a = b;
                }
                for j in jumps {
                    self.patch_here(j);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let j = self.jump_if(test, false)?;
                self.expr_to(body, dst)?;
                let skip = self.emit(Op::Jump { target: 0 });
                self.patch_here(j);
                self.expr_to(orelse, dst)?;
                self.patch_here(skip);
            }
            ExprKind::Lambda(def) => self.function(def, dst)?,
            ExprKind::ListComp { elt, generators } => self.comprehension(e, Comp::List(elt), generators, dst)?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, Comp::Set(elt), generators, dst)?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, Comp::Dict(key, value), generators, dst)?
            }
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, Comp::Gen(elt), generators, dst)?,
            ExprKind::Await(inner) => {
                let src = self.operand(inner)?;
                self.with_span(e.span, |c| {
                    c.emit(Op::GetAwaitable { dst, src });
                    c.emit(Op::Await { dst, aw: dst });
                });
            }
            ExprKind::Yield(value) => {
                let v = match value {
                    Some(v) => self.operand(v)?,
                    None => {
                        let t = self.alloc()?;
                        self.emit(Op::LoadNone { dst: t });
                        t
                    }
                };
                self.emit(Op::Yield { dst, value: v });
            }
            ExprKind::YieldFrom(inner) => {
                let src = self.operand(inner)?;
                let it = self.alloc()?;
                self.emit(Op::GetYieldFromIter { dst: it, src });
                self.emit(Op::LoadNone { dst });
                self.emit(Op::YieldFrom { dst, iter: it });
            }
            ExprKind::NamedExpr { target, value, .. } => {
                self.expr_to(value, dst)?;
                self.store_name(target, dst)?;
            }
        }
        Ok(())
    }

    /// If evaluating `later` may rebind the local in `a` (a walrus), a copy of it.
    fn protect(&mut self, a: Reg, later: &Expr) -> CResult<Reg> {
        if a < self.unit().nlocals && !self.unit().walrus_targets.is_empty() && contains_walrus(later) {
            let t = self.alloc()?;
            self.emit(Op::Move { dst: t, src: a });
            return Ok(t);
        }
        Ok(a)
    }

    fn is_super_call(e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Call { func, args } if args.is_empty()
            && matches!(&func.kind, ExprKind::Name(n) if &**n == "super"))
    }

    /// Whether zero-argument `super()` can work here (a method with `__class__`).
    fn has_class_cell(&self) -> bool {
        self.unit().class_cell.is_some()
            && self.unit().kind != CodeKind::Class
            && self.binding("super") != scope::Binding::Local
    }

    // ------------------------------------------------------------------ displays

    fn display(&mut self, items: &'a [Expr], dst: Reg, kind: Display) -> CResult<()> {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !has_star {
            let start = self.alloc_n(items.len() as u16)?;
            for (i, item) in items.iter().enumerate() {
                self.expr_to(item, start + i as Reg)?;
            }
            let count = items.len() as u16;
            match kind {
                Display::List => self.emit(Op::BuildList { dst, start, count }),
                Display::Tuple => self.emit(Op::BuildTuple { dst, start, count }),
                Display::Set if items.len() >= 3 && items.iter().all(is_constant) => {
                    self.emit(Op::BuildConstSet { dst, start, count })
                }
                Display::Set => self.emit(Op::BuildSet { dst, start, count }),
            };
            return Ok(());
        }
        // With `*x`: build a list (or set) piece by piece.
        let acc = self.alloc()?;
        match kind {
            Display::Set => self.emit(Op::BuildSet { dst: acc, start: acc, count: 0 }),
            _ => self.emit(Op::BuildList { dst: acc, start: acc, count: 0 }),
        };
        for item in items {
            let m = self.mark();
            match &item.kind {
                ExprKind::Starred(inner) => {
                    let src = self.operand(inner)?;
                    self.with_span(item.span, |c| match kind {
                        Display::Set => c.emit(Op::SetUpdate { set: acc, src }),
                        _ => c.emit(Op::ListExtend { list: acc, src }),
                    });
                }
                _ => {
                    let v = self.operand(item)?;
                    match kind {
                        Display::Set => self.emit(Op::SetAdd { set: acc, item: v }),
                        _ => self.emit(Op::ListAppend { list: acc, item: v }),
                    };
                }
            }
            self.release(m);
        }
        match kind {
            Display::Tuple => self.emit(Op::ListToTuple { dst, src: acc }),
            _ => self.emit(Op::Move { dst, src: acc }),
        };
        Ok(())
    }

    fn dict_display(&mut self, items: &'a [DictItem], dst: Reg) -> CResult<()> {
        if items.iter().all(|i| matches!(i, DictItem::Pair(..))) {
            let start = self.alloc_n(2 * items.len() as u16)?;
            for (i, item) in items.iter().enumerate() {
                if let DictItem::Pair(k, v) = item {
                    self.expr_to(k, start + 2 * i as Reg)?;
                    self.expr_to(v, start + 2 * i as Reg + 1)?;
                }
            }
            self.emit(Op::BuildDict { dst, start, count: items.len() as u16 });
            return Ok(());
        }
        let acc = self.alloc()?;
        self.emit(Op::BuildDict { dst: acc, start: acc, count: 0 });
        for item in items {
            let m = self.mark();
            match item {
                DictItem::Pair(k, v) => {
                    let kr = self.operand(k)?;
                    let vr = self.operand(v)?;
                    self.emit(Op::DictInsert { dict: acc, key: kr, value: vr });
                }
                DictItem::Spread(src) => {
                    let s = self.operand(src)?;
                    self.with_span(src.span, |c| c.emit(Op::DictUpdate { dict: acc, src: s }));
                }
            }
            self.release(m);
        }
        self.emit(Op::Move { dst, src: acc });
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FPart], dst: Reg) -> CResult<()> {
        let n =
            parts.iter().map(|p| if let FPart::Field { debug_text: Some(_), .. } = p { 2 } else { 1 }).sum::<usize>();
        if n == 0 {
            return self.load_const(Const::Str("".into()), dst);
        }
        let start = self.alloc_n(n as u16)?;
        let mut i = 0u16;
        for p in parts {
            match p {
                FPart::Literal(s) => {
                    self.load_const(Const::Str(s.clone()), start + i)?;
                    i += 1;
                }
                FPart::Field { expr, conversion, spec, debug_text } => {
                    if let Some(t) = debug_text {
                        self.load_const(Const::Str(t.clone()), start + i)?;
                        i += 1;
                    }
                    let v = self.operand(expr)?;
                    let spec_reg = if spec.is_empty() {
                        NO_REG
                    } else {
                        let s = self.alloc()?;
                        self.fstring(spec, s)?;
                        s
                    };
                    let conv = match conversion {
                        Some('r') => Conversion::Repr,
                        Some('s') => Conversion::Str,
                        Some('a') => Conversion::Ascii,
                        // `f"{x=}"` without a conversion or spec shows the repr.
                        _ if debug_text.is_some() && spec.is_empty() => Conversion::Repr,
                        _ => Conversion::None,
                    };
                    self.with_span(expr.span, |c| {
                        c.emit(Op::FormatValue { dst: start + i, src: v, spec: spec_reg, conv })
                    });
                    i += 1;
                }
            }
        }
        if n == 1 && matches!(parts.first(), Some(FPart::Field { .. })) {
            self.emit(Op::Move { dst, src: start });
        } else {
            self.emit(Op::BuildString { dst, start, count: i });
        }
        Ok(())
    }

    // ------------------------------------------------------------------ calls

    fn call(&mut self, func: &'a Expr, args: &'a [Arg], dst: Reg, span: Span) -> CResult<()> {
        let simple = args.iter().all(|a| matches!(a, Arg::Positional(_) | Arg::Keyword(_)));
        let kwnames: Vec<Name> = args
            .iter()
            .filter_map(|a| match a {
                Arg::Keyword(k) => Some(k.name.clone()),
                _ => None,
            })
            .collect();
        if !simple {
            return self.call_ex(func, args, dst, span);
        }
        // `super().m(...)`, `obj.m(...)`: no bound method is made.
        let method = match &func.kind {
            ExprKind::Attribute { value, attr, .. } => Some((value, attr)),
            _ => None,
        };
        let n = args.len() as u16;
        if let Some((value, attr)) = method {
            let f = self.alloc_n(2 + n)?;
            let name = self.name(attr);
            if Self::is_super_call(value) && self.has_class_cell() {
                self.with_span(func.span, |c| c.emit(Op::LoadSuperMethod { dst: f, name }));
            } else {
                let obj = self.operand(value)?;
                self.with_span(func.span, |c| c.emit(Op::LoadMethod { dst: f, obj, name }));
            }
            self.call_args(args, f + 2)?;
            self.with_span(span, |c| -> CResult<()> {
                if kwnames.is_empty() {
                    c.emit(Op::CallMethod { func: f, argc: n });
                } else {
                    let k = c.const_(Const::Names(kwnames.into()))?;
                    c.emit(Op::CallMethodKw { func: f, argc: n, names: k as u16 });
                }
                Ok(())
            })?;
            if f != dst {
                self.emit(Op::Move { dst, src: f });
            }
            return Ok(());
        }
        if args.is_empty() && matches!(&func.kind, ExprKind::Name(n) if &**n == "super") && self.has_class_cell() {
            let name = self.name("");
            self.emit(Op::LoadSuperAttr { dst, name });
            return Ok(());
        }
        let f = self.alloc_n(1 + n)?;
        self.expr_to(func, f)?;
        self.call_args(args, f + 1)?;
        self.with_span(span, |c| -> CResult<()> {
            if kwnames.is_empty() {
                c.emit(Op::Call { func: f, argc: n });
            } else {
                let k = c.const_(Const::Names(kwnames.into()))?;
                c.emit(Op::CallKw { func: f, argc: n, names: k as u16 });
            }
            Ok(())
        })?;
        if f != dst {
            self.emit(Op::Move { dst, src: f });
        }
        Ok(())
    }

    /// Positional arguments first, then keyword values, from register `start`.
    fn call_args(&mut self, args: &'a [Arg], start: Reg) -> CResult<()> {
        let mut i = 0;
        for a in args {
            if let Arg::Positional(e) = a {
                self.expr_to(e, start + i)?;
                i += 1;
            }
        }
        for a in args {
            if let Arg::Keyword(k) = a {
                self.expr_to(&k.value, start + i)?;
                i += 1;
            }
        }
        Ok(())
    }

    /// A call with `*args` or `**kwargs`: a tuple and a dict are built first.
    fn call_ex(&mut self, func: &'a Expr, args: &'a [Arg], dst: Reg, span: Span) -> CResult<()> {
        let f = self.alloc()?;
        self.expr_to(func, f)?;
        // A lone `*x` goes to the call as it is (CPython's CALL_FUNCTION_EX makes the
        // tuple, and names the function when `x` is not iterable).
        let positional: Vec<&'a Arg> =
            args.iter().filter(|a| matches!(a, Arg::Positional(_) | Arg::Starred(_))).collect();
        let lone_star = match positional.as_slice() {
            [Arg::Starred(e)] => Some(e),
            _ => None,
        };
        let pos = self.alloc()?;
        match lone_star {
            Some(e) => self.expr_to(e, pos)?,
            None => {
                self.emit(Op::BuildList { dst: pos, start: pos, count: 0 });
            }
        }
        let has_kw = args.iter().any(|a| matches!(a, Arg::Keyword(_) | Arg::DoubleStarred(_)));
        let kw = if has_kw { self.alloc()? } else { NO_REG };
        if has_kw {
            self.emit(Op::BuildDict { dst: kw, start: kw, count: 0 });
        }
        for a in args {
            let m = self.mark();
            match a {
                Arg::Positional(e) => {
                    let v = self.operand(e)?;
                    self.emit(Op::ListAppend { list: pos, item: v });
                }
                Arg::Starred(_) if lone_star.is_some() => {}
                Arg::Starred(e) => {
                    let v = self.operand(e)?;
                    self.with_span(e.span, |c| c.emit(Op::ListExtend { list: pos, src: v }));
                }
                Arg::Keyword(k) => {
                    let key = self.alloc()?;
                    let kc = self.const_(Const::Str(k.name.clone()))?;
                    self.emit(Op::LoadConst { dst: key, k: kc });
                    let single = self.alloc()?;
                    let v = self.alloc()?;
                    self.expr_to(&k.value, v)?;
                    self.emit(Op::BuildDict { dst: single, start: key, count: 0 });
                    self.emit(Op::DictInsert { dict: single, key, value: v });
                    self.emit(Op::DictMerge { dict: kw, src: single, func: f });
                }
                Arg::DoubleStarred(e) => {
                    let v = self.operand(e)?;
                    self.with_span(e.span, |c| c.emit(Op::DictMerge { dict: kw, src: v, func: f }));
                }
            }
            self.release(m);
        }
        if lone_star.is_none() {
            self.emit(Op::ListToTuple { dst: pos, src: pos });
        }
        self.with_span(span, |c| c.emit(Op::CallEx { func: f, args: pos, kwargs: kw }));
        if f != dst {
            self.emit(Op::Move { dst, src: f });
        }
        Ok(())
    }

    // ------------------------------------------------------------------ comprehensions

    /// A comprehension: a nested function called with the first iterable's iterator.
    fn comprehension(&mut self, e: &'a Expr, comp: Comp<'a>, generators: &'a [Comprehension], dst: Reg) -> CResult<()> {
        let Some(first) = generators.first() else { return self.err("empty comprehension", e.span) };
        let scope = self.scopes.of(scope::expr_key(e)).unwrap_or(0);
        let name = self.intern(match comp {
            Comp::List(_) => "<listcomp>",
            Comp::Set(_) => "<setcomp>",
            Comp::Dict(..) => "<dictcomp>",
            Comp::Gen(_) => "<genexpr>",
        });
        let qualname = self.qualname_of(&name);
        let mut unit = Unit::new(CodeKind::Comprehension, name, qualname, scope, self.scopes, e.span);
        unit.walrus_targets = std::collections::HashSet::new();
        self.units.push(unit);
        let cells: Vec<Reg> = self.unit().cellvars.iter().filter(|(r, _)| *r != 0).map(|(r, _)| *r).collect();
        for r in cells {
            self.emit(Op::MakeCell { reg: r });
        }
        let acc = match comp {
            Comp::Gen(_) => None,
            _ => {
                let acc = self.alloc()?;
                match comp {
                    Comp::List(_) => self.emit(Op::BuildList { dst: acc, start: acc, count: 0 }),
                    Comp::Set(_) => self.emit(Op::BuildSet { dst: acc, start: acc, count: 0 }),
                    _ => self.emit(Op::BuildDict { dst: acc, start: acc, count: 0 }),
                };
                Some(acc)
            }
        };
        self.comp_loop(generators, 0, comp, acc)?;
        let r = match acc {
            Some(a) => a,
            None => {
                let r = self.alloc()?;
                self.emit(Op::LoadNone { dst: r });
                r
            }
        };
        self.emit(Op::Return { src: r });
        let unit = self.units.pop().ok_or_else(|| super::CompileError { message: "unit".into(), span: e.span })?;
        let is_async = unit.flags.is_async;
        let is_gen = matches!(comp, Comp::Gen(_));
        let code = self.finish(unit)?;
        // Here: make the function, call it with iter(first iterable).
        let f = self.alloc_n(2)?;
        let extra = self.alloc_n(4)?;
        self.emit(Op::LoadNone { dst: extra });
        self.emit(Op::LoadNone { dst: extra + 1 });
        self.closure(&code, extra + 2)?;
        self.emit(Op::LoadNone { dst: extra + 3 });
        let k = self.const_(Const::Code(Rc::new(code)))?;
        self.emit(Op::MakeFunction { dst: f, code: k as u16, extra });
        let src = self.operand(&first.iter)?;
        self.with_span(first.iter.span, |c| {
            if first.is_async {
                c.emit(Op::GetAIter { dst: f + 1, src })
            } else {
                c.emit(Op::GetIter { dst: f + 1, src })
            }
        });
        self.emit(Op::Call { func: f, argc: 1 });
        if is_async && !is_gen {
            self.emit(Op::GetAwaitable { dst: f, src: f });
            self.emit(Op::Await { dst: f, aw: f });
        }
        self.emit(Op::Move { dst, src: f });
        Ok(())
    }

    /// The loops of a comprehension, innermost adding the element.
    fn comp_loop(
        &mut self,
        generators: &'a [Comprehension],
        i: usize,
        comp: Comp<'a>,
        acc: Option<Reg>,
    ) -> CResult<()> {
        let Some(g) = generators.get(i) else {
            let m = self.mark();
            match comp {
                Comp::List(elt) => {
                    let v = self.operand(elt)?;
                    self.emit(Op::ListAppend { list: acc.unwrap_or(0), item: v });
                }
                Comp::Set(elt) => {
                    let v = self.operand(elt)?;
                    self.emit(Op::SetAdd { set: acc.unwrap_or(0), item: v });
                }
                Comp::Dict(k, v) => {
                    let kr = self.operand(k)?;
                    let vr = self.operand(v)?;
                    self.emit(Op::DictInsert { dict: acc.unwrap_or(0), key: kr, value: vr });
                }
                Comp::Gen(elt) => {
                    let v = self.operand(elt)?;
                    let sent = self.alloc()?;
                    self.emit(Op::Yield { dst: sent, value: v });
                }
            }
            self.release(m);
            return Ok(());
        };
        let m = self.mark();
        // The first iterator is the parameter `.0`; the others are made here.
        let it = if i == 0 {
            let r = self.alloc_n(2)?;
            self.emit(Op::Move { dst: r, src: 0 });
            r
        } else {
            let r = self.alloc_n(2)?;
            let src = self.operand(&g.iter)?;
            self.with_span(g.iter.span, |c| {
                if g.is_async { c.emit(Op::GetAIter { dst: r, src }) } else { c.emit(Op::GetIter { dst: r, src }) }
            });
            self.release(r + 2);
            r
        };
        let top = self.here();
        if g.is_async {
            let exc = self.alloc()?;
            let start = self.here();
            self.emit(Op::GetANext { dst: it + 1, aiter: it });
            self.emit(Op::Await { dst: it + 1, aw: it + 1 });
            let end = self.here();
            self.store_target(&g.target, it + 1)?;
            let mut skips = Vec::new();
            for cond in &g.ifs {
                skips.push(self.jump_if(cond, false)?);
            }
            self.comp_loop(generators, i + 1, comp, acc)?;
            let back = self.emit(Op::Loop { target: top });
            for s in skips {
                self.patch(s, back as u32);
            }
            let handler = self.here();
            let depth = self.unit().exc_depth;
            self.u().exc_table.push(ExcEntry { start, end, target: handler, exc, depth });
            self.emit(Op::PushExcInfo { exc });
            self.emit(Op::EndAsyncFor { exc });
        } else {
            let next = self.emit(Op::ForIter { iter: it, exit: 0 });
            self.store_target(&g.target, it + 1)?;
            let mut skips = Vec::new();
            for cond in &g.ifs {
                skips.push(self.jump_if(cond, false)?);
            }
            self.comp_loop(generators, i + 1, comp, acc)?;
            let back = self.emit(Op::Loop { target: top });
            for s in skips {
                self.patch(s, back as u32);
            }
            self.patch_here(next);
        }
        self.release(m);
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Display {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy)]
enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn contains_walrus(e: &Expr) -> bool {
    use crate::syntax::visit::{self, Visitor};
    struct Find(bool);
    impl<'v> Visitor<'v> for Find {
        fn visit_expr(&mut self, e: &'v Expr) {
            match &e.kind {
                ExprKind::NamedExpr { .. } => self.0 = true,
                ExprKind::Lambda(_) => {}
                _ => visit::walk_expr(self, e),
            }
        }
    }
    let mut f = Find(false);
    f.visit_expr(e);
    f.0
}

/// An expression CPython's optimizer folds into a constant (literals, signed numbers,
/// tuples of those).
fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis => true,
        ExprKind::UnaryOp { op: UnaryOp::Neg | UnaryOp::Pos, operand } => {
            matches!(operand.kind, ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_))
        }
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        _ => false,
    }
}
