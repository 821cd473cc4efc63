//! Statements (control flow in `flow.rs`), function and class definitions, imports.

use super::{CResult, Compiler, Unit};
use crate::compile::code::*;
use crate::compile::scope::{self, Binding};
use crate::syntax::ast::*;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let saved = self.unit().cur_span;
        self.u().cur_span = s.span;
        let m = self.mark();
        let r = self.stmt_inner(s);
        self.release(m);
        self.u().cur_span = saved;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.operand(e)?;
                Ok(())
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(target, annotation, value.as_ref(), *simple)
            }
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::For { is_async, target, iter, body, orelse } => {
                self.for_stmt(*is_async, target, iter, body, orelse)
            }
            StmtKind::With { is_async, items, body } => self.with_stmt(*is_async, items, body),
            StmtKind::Break => self.break_stmt(s.span),
            StmtKind::Continue => self.continue_stmt(s.span),
            StmtKind::Pass => Ok(()),
            StmtKind::Return(value) => self.return_stmt(value.as_ref(), s.span),
            StmtKind::Raise { exc, cause } => {
                match exc {
                    None => {
                        self.emit(Op::RaiseActive);
                    }
                    Some(e) => {
                        let r = self.operand(e)?;
                        let c = match cause {
                            Some(c) => self.operand(c)?,
                            None => NO_REG,
                        };
                        self.emit(Op::Raise { exc: r, cause: c });
                    }
                }
                Ok(())
            }
            StmtKind::Try { body, handlers, orelse, finalbody, star } => {
                self.try_stmt(body, handlers, orelse, finalbody, *star)
            }
            StmtKind::Assert { test, msg } => {
                let t = self.operand(test)?;
                let jump = self.emit(Op::JumpIfTrue { cond: t, target: 0 });
                let m = self.mark();
                let f = self.alloc()?;
                self.emit(Op::LoadBuiltin { dst: f, id: 0 });
                let argc = match msg {
                    Some(msg) => {
                        let a = self.alloc()?;
                        self.expr_to(msg, a)?;
                        1
                    }
                    None => 0,
                };
                self.emit(Op::Call { func: f, argc });
                self.emit(Op::Raise { exc: f, cause: NO_REG });
                self.release(m);
                self.patch_here(jump);
                Ok(())
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::FunctionDef(def) => {
                let f = self.alloc()?;
                self.function(def, f)?;
                self.store_name(&def.name, f)
            }
            StmtKind::ClassDef(def) => self.class_def(def),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let r = self.alloc()?;
                    let n = self.name(&a.name);
                    self.emit(Op::ImportName { dst: r, name: n });
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule.
                            let mut cur = r;
                            for part in a.name.split('.').skip(1) {
                                let p = self.name(part);
                                self.emit(Op::LoadAttr { dst: cur, obj: cur, name: p });
                                cur = r;
                            }
                            self.store_name(asname, cur)?;
                        }
                        None => {
                            let top: Name = self.intern(a.name.split('.').next().unwrap_or(&a.name));
                            self.store_name(&top, r)?;
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom { module, names, .. } => {
                let module = module.clone().unwrap_or_else(|| "".into());
                let r = self.alloc()?;
                let n = self.name(&module);
                self.emit(Op::ImportName { dst: r, name: n });
                for part in module.split('.').skip(1) {
                    let p = self.name(part);
                    self.emit(Op::LoadAttr { dst: r, obj: r, name: p });
                }
                let v = self.alloc()?;
                for a in names {
                    let n = self.name(&a.name);
                    self.with_span(a.span, |c| c.emit(Op::ImportFrom { dst: v, module: r, name: n }));
                    self.store_name(a.asname.as_ref().unwrap_or(&a.name), v)?;
                }
                Ok(())
            }
        }
    }

    fn assign(&mut self, targets: &'a [Target], value: &'a Expr) -> CResult<()> {
        // `x = expr` for a local: straight into its register when safe.
        if let [Target::Name(n, _)] = targets
            && let Some(reg) = self.local_reg(n)
            && Self::writes_last(value)
        {
            self.expr_to(value, reg)?;
            let n = self.mangled(n).unwrap_or_else(|| n.clone());
            self.u().assigned.insert(n);
            return Ok(());
        }
        let v = self.alloc()?;
        self.expr_to(value, v)?;
        for t in targets {
            self.store_target(t, v)?;
        }
        Ok(())
    }

    /// Whether compiling `e` into a register writes it only once, at the end (so the
    /// register may be a variable that `e` reads).
    pub(super) fn writes_last(e: &Expr) -> bool {
        matches!(
            e.kind,
            ExprKind::Int(_)
                | ExprKind::Float(_)
                | ExprKind::Str(_)
                | ExprKind::Bool(_)
                | ExprKind::None
                | ExprKind::Name(_)
                | ExprKind::BinOp { .. }
                | ExprKind::UnaryOp { .. }
                | ExprKind::Attribute { .. }
                | ExprKind::Subscript { .. }
                | ExprKind::Call { .. }
                | ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::Dict(_)
                | ExprKind::Set(_)
                | ExprKind::Await(_)
                | ExprKind::Lambda(_)
                | ExprKind::ListComp { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::GeneratorExp { .. }
        ) && !matches!(&e.kind, ExprKind::Compare { ops, .. } if ops.len() > 1)
    }

    fn aug_assign(&mut self, target: &'a Target, op: BinOp, value: &'a Expr) -> CResult<()> {
        match target {
            Target::Name(n, _) => {
                if let Some(reg) = self.local_reg(n) {
                    let a = self.operand_name(n)?;
                    let b = self.operand(value)?;
                    self.with_span(target.span().to(value.span), |c| c.emit(Op::Inplace { op, dst: reg, a, b }));
                    return Ok(());
                }
                let t = self.alloc()?;
                self.load_name(n, t)?;
                let b = self.operand(value)?;
                self.with_span(target.span().to(value.span), |c| c.emit(Op::Inplace { op, dst: t, a: t, b }));
                self.store_name(n, t)
            }
            Target::Attribute { value: obj, attr, .. } => {
                let o = self.operand(obj)?;
                let t = self.alloc()?;
                let name = self.name(attr);
                self.emit(Op::LoadAttr { dst: t, obj: o, name });
                let b = self.operand(value)?;
                self.emit(Op::Inplace { op, dst: t, a: t, b });
                self.emit(Op::StoreAttr { obj: o, name, src: t });
                Ok(())
            }
            Target::Subscript { value: obj, index, .. } => {
                let o = self.operand(obj)?;
                let k = self.operand(index)?;
                let t = self.alloc()?;
                self.emit(Op::GetItem { dst: t, obj: o, key: k });
                let b = self.operand(value)?;
                self.emit(Op::Inplace { op, dst: t, a: t, b });
                self.emit(Op::SetItem { obj: o, key: k, src: t });
                Ok(())
            }
            other => self.err("illegal expression for augmented assignment", other.span()),
        }
    }

    // ------------------------------------------------------------------ definitions

    /// Compiles a `def`/`lambda` (decorators included) into register `dst`.
    pub(super) fn function(&mut self, def: &'a Rc<FunctionDef>, dst: Reg) -> CResult<()> {
        let m = self.mark();
        // Decorators are evaluated first, applied last.
        let decorators = self.alloc_n(def.decorators.len() as u16)?;
        for (i, d) in def.decorators.iter().enumerate() {
            self.expr_to(d, decorators + i as Reg)?;
        }
        let extra = self.alloc_n(4)?;
        // Defaults of positional parameters, then keyword-only ones.
        let positional: Vec<&Param> = def.params.posonly.iter().chain(&def.params.args).collect();
        let defaults: Vec<&Expr> = positional.iter().filter_map(|p| p.default.as_ref()).collect();
        if defaults.is_empty() {
            self.emit(Op::LoadNone { dst: extra });
        } else {
            let mm = self.mark();
            let start = self.alloc_n(defaults.len() as u16)?;
            for (i, d) in defaults.iter().enumerate() {
                self.expr_to(d, start + i as Reg)?;
            }
            self.emit(Op::BuildTuple { dst: extra, start, count: defaults.len() as u16 });
            self.release(mm);
        }
        let kwdefaults: Vec<&Param> = def.params.kwonly.iter().filter(|p| p.default.is_some()).collect();
        if kwdefaults.is_empty() {
            self.emit(Op::LoadNone { dst: extra + 1 });
        } else {
            let mm = self.mark();
            let start = self.alloc_n(2 * kwdefaults.len() as u16)?;
            for (i, p) in kwdefaults.iter().enumerate() {
                let k = self.const_(Const::Str(p.name.clone()))?;
                self.emit(Op::LoadConst { dst: start + 2 * i as Reg, k });
                if let Some(d) = &p.default {
                    self.expr_to(d, start + 2 * i as Reg + 1)?;
                }
            }
            self.emit(Op::BuildDict { dst: extra + 1, start, count: kwdefaults.len() as u16 });
            self.release(mm);
        }
        self.annotations(def, extra + 3)?;
        let key = scope::function_key(def);
        let scope = self.scopes.of(key).unwrap_or(0);
        let name = if def.is_lambda { self.intern("<lambda>") } else { def.name.clone() };
        let qualname = self.qualname_of(&name);
        let kind = if def.is_lambda { CodeKind::Lambda } else { CodeKind::Function };
        let code = self.function_body(def, scope, kind, name, qualname)?;
        self.closure(&code, extra + 2)?;
        let k = self.const_(Const::Code(Rc::new(code)))?;
        self.with_span(def.span, |c| c.emit(Op::MakeFunction { dst, code: k as u16, extra }));
        for i in (0..def.decorators.len()).rev() {
            let f = self.alloc_n(2)?;
            self.emit(Op::Move { dst: f, src: decorators + i as Reg });
            self.emit(Op::Move { dst: f + 1, src: dst });
            self.with_span(def.decorators[i].span, |c| c.emit(Op::Call { func: f, argc: 1 }));
            self.emit(Op::Move { dst, src: f });
            self.release(f);
        }
        self.release(m);
        Ok(())
    }

    /// `x: T = v`. In a module or class body the annotation of a name goes into
    /// `__annotations__` (after the value is stored, as CPython orders it); other
    /// targets' annotations are evaluated there; in functions none is.
    fn ann_assign(
        &mut self,
        target: &'a Target,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult<()> {
        if let Some(v) = value {
            self.assign(std::slice::from_ref(target), v)?;
        }
        if !matches!(self.unit().kind, CodeKind::Module | CodeKind::Class) {
            return Ok(());
        }
        match target {
            Target::Name(n, _) if simple => {
                let m = self.mark();
                let ann = self.annotation_value(annotation)?;
                let dict = self.alloc()?;
                let annotations = self.intern("__annotations__");
                self.load_name(&annotations, dict)?;
                let key_text = self.mangled(n).unwrap_or_else(|| n.clone());
                let key = self.alloc()?;
                let k = self.const_(Const::Str(key_text))?;
                self.emit(Op::LoadConst { dst: key, k });
                self.with_span(annotation.span, |c| c.emit(Op::SetItem { obj: dict, key, src: ann }));
                self.release(m);
            }
            _ if !self.future_annotations => {
                let m = self.mark();
                self.operand(annotation)?;
                self.release(m);
            }
            _ => {}
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or its source text when postponed.
    fn annotation_value(&mut self, annotation: &'a Expr) -> CResult<Reg> {
        if !self.future_annotations {
            return self.operand(annotation);
        }
        let text = self.source.get(annotation.span.start as usize..annotation.span.end as usize).unwrap_or("");
        let r = self.alloc()?;
        let k = self.const_(Const::Str(text.into()))?;
        self.emit(Op::LoadConst { dst: r, k });
        Ok(r)
    }

    /// `__annotations__ = {}` at the start of a module or class body that annotates
    /// a name somewhere (CPython's SETUP_ANNOTATIONS).
    pub(super) fn setup_annotations(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if !annotates_a_name(body) {
            return Ok(());
        }
        let r = self.alloc()?;
        self.emit(Op::BuildDict { dst: r, start: r, count: 0 });
        let annotations = self.intern("__annotations__");
        self.store_name(&annotations, r)?;
        self.release(r);
        Ok(())
    }

    /// The annotations dict of a function into `dst` (None when there are none), in
    /// CPython's order: positional, `*args`, keyword-only, `**kwargs`, return.
    fn annotations(&mut self, def: &'a FunctionDef, dst: Reg) -> CResult<()> {
        let mut items: Vec<(Name, &'a Expr)> = Vec::new();
        let p = &def.params;
        let ordered = p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
        for prm in ordered {
            if let Some(a) = &prm.annotation {
                let name = self.mangled(&prm.name).unwrap_or_else(|| prm.name.clone());
                items.push((name, a));
            }
        }
        if let Some(r) = &def.returns {
            items.push((self.intern("return"), r));
        }
        if items.is_empty() {
            self.emit(Op::LoadNone { dst });
            return Ok(());
        }
        let m = self.mark();
        let start = self.alloc_n(2 * items.len() as u16)?;
        for (i, (n, e)) in items.iter().enumerate() {
            let k = self.const_(Const::Str(n.clone()))?;
            self.emit(Op::LoadConst { dst: start + 2 * i as Reg, k });
            if self.future_annotations {
                let r = self.annotation_value(e)?;
                self.emit(Op::Move { dst: start + 2 * i as Reg + 1, src: r });
                self.release(r);
            } else {
                self.expr_to(e, start + 2 * i as Reg + 1)?;
            }
        }
        self.emit(Op::BuildDict { dst, start, count: items.len() as u16 });
        self.release(m);
        Ok(())
    }

    /// The closure tuple of a nested code object (its free variables' cells, taken
    /// from this unit's registers) into `dst`.
    pub(super) fn closure(&mut self, code: &Code, dst: Reg) -> CResult<()> {
        if code.freevars.is_empty() {
            self.emit(Op::LoadNone { dst });
            return Ok(());
        }
        let m = self.mark();
        let n = code.freevars.len() as u16;
        let start = self.alloc_n(n)?;
        for (i, (_, name)) in code.freevars.iter().enumerate() {
            let reg = self.unit().regs.get(name).copied();
            match reg {
                Some(r) => {
                    self.emit(Op::Move { dst: start + i as Reg, src: r });
                }
                None => {
                    let span = self.unit().cur_span;
                    return self.err(format!("no cell for free variable '{name}' (a Loopscope bug)"), span);
                }
            }
        }
        self.emit(Op::BuildTuple { dst, start, count: n });
        self.release(m);
        Ok(())
    }

    /// Compiles the body of a function into a code object.
    fn function_body(
        &mut self,
        def: &'a FunctionDef,
        scope: usize,
        kind: CodeKind,
        name: Name,
        qualname: Name,
    ) -> CResult<Code> {
        let mut unit = Unit::new(kind, name, qualname, scope, self.scopes, def.span);
        let p = &def.params;
        unit.params = ParamSpec {
            posonly: p.posonly.len() as u16,
            args: p.args.len() as u16,
            kwonly: p.kwonly.len() as u16,
            vararg: p.vararg.is_some(),
            kwarg: p.kwarg.is_some(),
            names: p.all().map(|x| self.scopes.scopes[scope].mangle(&x.name)).collect(),
        };
        for prm in p.all() {
            unit.assigned.insert(self.scopes.scopes[scope].mangle(&prm.name));
        }
        unit.walrus_targets = walrus_targets(&def.body);
        self.units.push(unit);
        // Captured parameters become cells first.
        let cells: Vec<Reg> = self.unit().cellvars.iter().map(|(r, _)| *r).collect();
        for r in cells {
            self.emit(Op::MakeCell { reg: r });
        }
        let body: &'a [Stmt] = &def.body;
        let mut start = 0;
        if !def.is_lambda
            && let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Str(doc), .. }), .. }) = body.first()
        {
            let k = self.const_(Const::Str(doc.clone()))?;
            if k == 0 {
                self.u().has_docstring = true;
            }
            start = 1;
        }
        self.body(&body[start..])?;
        self.emit_return_none(def.span);
        let unit = self.units.pop().ok_or_else(|| super::CompileError { message: "unit".into(), span: def.span })?;
        self.finish(unit)
    }

    fn class_def(&mut self, def: &'a Rc<ClassDef>) -> CResult<()> {
        let m = self.mark();
        let decorators = self.alloc_n(def.decorators.len() as u16)?;
        for (i, d) in def.decorators.iter().enumerate() {
            self.expr_to(d, decorators + i as Reg)?;
        }
        let bases = self.alloc()?;
        let mm = self.mark();
        let start = self.alloc_n(def.bases.len() as u16)?;
        for (i, b) in def.bases.iter().enumerate() {
            self.expr_to(b, start + i as Reg)?;
        }
        self.emit(Op::BuildTuple { dst: bases, start, count: def.bases.len() as u16 });
        self.release(mm);
        // The body is a function run once with a namespace (`LoadName`/`StoreName`).
        let scope = self.scopes.of(scope::class_key(def)).unwrap_or(0);
        let qualname = self.qualname_of(&def.name);
        let mut unit = Unit::new(CodeKind::Class, def.name.clone(), qualname.clone(), scope, self.scopes, def.span);
        unit.walrus_targets = walrus_targets(&def.body);
        self.units.push(unit);
        if let Some(r) = self.unit().class_cell
            && self.scopes.scopes[scope].provides_class_cell
        {
            self.emit(Op::MakeCell { reg: r });
        }
        let body: &'a [Stmt] = &def.body;
        let mut first = 0;
        if let Some(Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Str(doc), .. }), .. }) = body.first() {
            let r = self.alloc()?;
            let k = self.const_(Const::Str(doc.clone()))?;
            self.emit(Op::LoadConst { dst: r, k });
            let n = self.name("__doc__");
            self.emit(Op::StoreName { name: n, src: r });
            self.release(r);
            first = 1;
        }
        self.setup_annotations(&body[first..])?;
        self.body(&body[first..])?;
        if self.scopes.scopes[scope].provides_class_cell
            && let Some(r) = self.unit().class_cell
        {
            let n = self.name("__classcell__");
            self.emit(Op::StoreName { name: n, src: r });
        }
        self.emit_return_none(def.span);
        let unit = self.units.pop().ok_or_else(|| super::CompileError { message: "unit".into(), span: def.span })?;
        let code = self.finish(unit)?;
        let extra = self.alloc_n(4)?;
        self.emit(Op::LoadNone { dst: extra });
        self.emit(Op::LoadNone { dst: extra + 1 });
        self.closure(&code, extra + 2)?;
        self.emit(Op::LoadNone { dst: extra + 3 });
        let body_fn = self.alloc()?;
        let k = self.const_(Const::Code(Rc::new(code)))?;
        self.emit(Op::MakeFunction { dst: body_fn, code: k as u16, extra });
        let cls = self.alloc()?;
        self.with_span(def.span, |c| c.emit(Op::MakeClass { dst: cls, body: body_fn, bases }));
        for i in (0..def.decorators.len()).rev() {
            let f = self.alloc_n(2)?;
            self.emit(Op::Move { dst: f, src: decorators + i as Reg });
            self.emit(Op::Move { dst: f + 1, src: cls });
            self.with_span(def.decorators[i].span, |c| c.emit(Op::Call { func: f, argc: 1 }));
            self.emit(Op::Move { dst: cls, src: f });
            self.release(f);
        }
        self.store_name(&def.name, cls)?;
        self.release(m);
        Ok(())
    }

    pub(super) fn is_local_binding(&self, name: &str) -> bool {
        self.binding(name) == Binding::Local
    }
}

/// The names assigned by a walrus anywhere in a body (not inside nested functions).
fn walrus_targets(body: &[Stmt]) -> std::collections::HashSet<Name> {
    use crate::syntax::visit::{self, Visitor};
    struct Find(std::collections::HashSet<Name>);
    impl<'v> Visitor<'v> for Find {
        fn visit_stmt(&mut self, s: &'v Stmt) {
            match &s.kind {
                StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => {}
                _ => visit::walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'v Expr) {
            match &e.kind {
                ExprKind::NamedExpr { target, value, .. } => {
                    self.0.insert(target.clone());
                    self.visit_expr(value);
                }
                ExprKind::Lambda(_) => {}
                _ => visit::walk_expr(self, e),
            }
        }
    }
    let mut f = Find(Default::default());
    visit::walk_body(&mut f, body);
    f.0
}

/// Whether a module or class body annotates a name anywhere outside nested functions
/// and classes (CPython's `find_ann`).
fn annotates_a_name(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { simple, target: Target::Name(..), .. } => *simple,
        StmtKind::AnnAssign { .. } => false,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => annotates_a_name(body) || annotates_a_name(orelse),
        StmtKind::With { body, .. } => annotates_a_name(body),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            annotates_a_name(body)
                || handlers.iter().any(|h| annotates_a_name(&h.body))
                || annotates_a_name(orelse)
                || annotates_a_name(finalbody)
        }
        _ => false,
    })
}
