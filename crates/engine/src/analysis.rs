//! Facts about a parsed program that the interpreter relies on, computed once before it
//! runs: which expressions cannot suspend (`Expr::sync`), which names are local to each
//! function, and that only implemented attributes of `asyncio`/`time` are used.

use crate::ast::{Arg, Expr, ExprKind, FPart, FunctionDef, Module, Name, Stmt, StmtKind, Target};
use crate::builtins::{ASYNCIO_ATTRS, TIME_ATTRS};
use crate::diag::Diagnostic;
use crate::value::{Builtin, ExcClass};
use std::collections::HashSet;
use std::rc::Rc;

/// Fills in `Expr::sync` everywhere and rejects unimplemented module attributes.
pub fn prepare(module: &mut Module, source: &str) -> Result<(), Diagnostic> {
    let mut bound = HashSet::new();
    collect_bound(&module.body, &mut bound);
    let mut pass = Pass { bound, source, error: None };
    pass.block(&mut module.body);
    match pass.error {
        Some(d) => Err(d),
        None => Ok(()),
    }
}

/// Names local to a function: its parameters and every name it binds, less `global`s.
pub fn function_locals(def: &FunctionDef) -> crate::fxhash::FxHashSet<Name> {
    let mut locals: HashSet<Name> = def.params.iter().map(|p| p.name.clone()).collect();
    let mut globals = HashSet::new();
    local_bindings(&def.body, &mut locals, &mut globals);
    locals.into_iter().filter(|n| !globals.contains(n)).collect()
}

fn local_bindings(body: &[Stmt], locals: &mut HashSet<Name>, globals: &mut HashSet<Name>) {
    for s in body {
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target_names(t, locals)),
            StmtKind::AugAssign { target, .. } => target_names(target, locals),
            StmtKind::For { target, body, .. } => {
                target_names(target, locals);
                local_bindings(body, locals, globals);
            }
            StmtKind::If { body, orelse, .. } => {
                local_bindings(body, locals, globals);
                local_bindings(orelse, locals, globals);
            }
            StmtKind::While { body, .. } => local_bindings(body, locals, globals),
            StmtKind::Try { body, handlers, finalbody } => {
                local_bindings(body, locals, globals);
                for h in handlers {
                    if let Some(n) = &h.name {
                        locals.insert(n.clone());
                    }
                    local_bindings(&h.body, locals, globals);
                }
                local_bindings(finalbody, locals, globals);
            }
            StmtKind::FunctionDef(def) => {
                locals.insert(def.name.clone());
            }
            StmtKind::Global(names) => globals.extend(names.iter().cloned()),
            StmtKind::Import(names) => locals.extend(names.iter().cloned()),
            _ => {}
        }
    }
}

fn target_names(t: &Target, out: &mut HashSet<Name>) {
    match t {
        Target::Name(n, _) => {
            out.insert(n.clone());
        }
        Target::Tuple(ts, _) => ts.iter().for_each(|t| target_names(t, out)),
        Target::Subscript { .. } => {}
    }
}

/// Every name bound anywhere in the program (a builtin rebound by the user is no longer
/// known to be synchronous).
fn collect_bound(body: &[Stmt], out: &mut HashSet<Name>) {
    let mut globals = HashSet::new();
    local_bindings(body, out, &mut globals);
    out.extend(globals);
    for s in body {
        visit_defs(s, &mut |def| {
            out.extend(def.params.iter().map(|p| p.name.clone()));
            let mut g = HashSet::new();
            local_bindings(&def.body, out, &mut g);
            out.extend(g);
        });
    }
}

fn visit_defs(s: &Stmt, f: &mut dyn FnMut(&FunctionDef)) {
    let blocks: Vec<&Vec<Stmt>> = match &s.kind {
        StmtKind::FunctionDef(def) => {
            f(def);
            vec![&def.body]
        }
        StmtKind::If { body, orelse, .. } => vec![body, orelse],
        StmtKind::While { body, .. } | StmtKind::For { body, .. } => vec![body],
        StmtKind::Try { body, handlers, finalbody } => {
            let mut v = vec![body, finalbody];
            v.extend(handlers.iter().map(|h| &h.body));
            v
        }
        _ => vec![],
    };
    for b in blocks {
        for s in b {
            visit_defs(s, f);
        }
    }
}

struct Pass<'a> {
    bound: HashSet<Name>,
    source: &'a str,
    error: Option<Diagnostic>,
}

impl Pass<'_> {
    fn block(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) | StmtKind::Raise(Some(e)) => {
                self.expr(e);
            }
            StmtKind::Assign { targets, value } => {
                targets.iter_mut().for_each(|t| self.target(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target);
                self.expr(value);
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::While { test, body } => {
                self.expr(test);
                self.block(body);
            }
            StmtKind::For { target, iter, body } => {
                self.target(target);
                self.expr(iter);
                self.block(body);
            }
            StmtKind::Try { body, handlers, finalbody } => {
                self.block(body);
                for h in handlers {
                    if let Some(c) = &mut h.class {
                        self.expr(c);
                    }
                    self.block(&mut h.body);
                }
                self.block(finalbody);
            }
            StmtKind::FunctionDef(def) => {
                if let Some(def) = Rc::get_mut(def) {
                    for p in &mut def.params {
                        if let Some(d) = &mut p.default {
                            self.expr(d);
                        }
                    }
                    self.block(&mut def.body);
                }
            }
            _ => {}
        }
    }

    fn target(&mut self, t: &mut Target) {
        match t {
            Target::Name(..) => {}
            Target::Subscript { value, index, .. } => {
                self.expr(value);
                self.expr(index);
            }
            Target::Tuple(ts, _) => ts.iter_mut().for_each(|t| self.target(t)),
        }
    }

    /// Sets `sync` on `e` and below; returns it.
    fn expr(&mut self, e: &mut Expr) -> bool {
        let sync = match &mut e.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::None => true,
            ExprKind::Name(_) => true,
            ExprKind::Await(inner) => {
                self.expr(inner);
                false
            }
            ExprKind::List(items) | ExprKind::Tuple(items) => self.all(items),
            ExprKind::Attribute { value, attr, attr_span } => {
                // `import asyncio` binds the name too: check every `asyncio.X`/`time.X`.
                if let ExprKind::Name(module) = &value.kind {
                    let known = match &**module {
                        "asyncio" => Some(ASYNCIO_ATTRS),
                        "time" => Some(TIME_ATTRS),
                        _ => None,
                    };
                    if let Some(known) = known
                        && !known.contains(&&**attr)
                        && self.error.is_none()
                    {
                        self.error = Some(Diagnostic::syntax(
                            format!("'{module}.{attr}' is not supported by Loopscope"),
                            *attr_span,
                            self.source,
                        ));
                    }
                }
                self.expr(value)
            }
            ExprKind::Subscript { value, index } => {
                let a = self.expr(value);
                let b = self.expr(index);
                a && b
            }
            ExprKind::Call { func, args } => {
                let callee_sync = match &func.kind {
                    ExprKind::Name(n) => {
                        !self.bound.contains(n) && (Builtin::global(n).is_some() || ExcClass::builtin(n).is_some())
                    }
                    ExprKind::Attribute { value, attr, .. } => {
                        !(matches!(&value.kind, ExprKind::Name(m) if &**m == "asyncio") && &**attr == "run")
                    }
                    _ => false,
                };
                let f = self.expr(func);
                let mut a = true;
                for arg in args {
                    let x = match arg {
                        Arg::Positional(x) | Arg::Starred(x) => x,
                        Arg::Keyword { value, .. } => value,
                    };
                    a &= self.expr(x);
                }
                callee_sync && f && a
            }
            ExprKind::BinOp { left, right, .. } => {
                let a = self.expr(left);
                let b = self.expr(right);
                a && b
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => self.all(values),
            ExprKind::Compare { left, ops } => {
                let mut s = self.expr(left);
                for (_, r) in ops {
                    s &= self.expr(r);
                }
                s
            }
            ExprKind::IfExp { test, body, orelse } => {
                let a = self.expr(test);
                let b = self.expr(body);
                let c = self.expr(orelse);
                a && b && c
            }
            ExprKind::FString(parts) => self.fparts(parts),
        };
        e.sync = sync;
        sync
    }

    fn all(&mut self, items: &mut [Expr]) -> bool {
        let mut s = true;
        for i in items {
            s &= self.expr(i);
        }
        s
    }

    fn fparts(&mut self, parts: &mut [FPart]) -> bool {
        let mut s = true;
        for p in parts {
            if let FPart::Field { expr, spec, .. } = p {
                s &= self.expr(expr);
                s &= self.fparts(spec);
            }
        }
        s
    }
}
