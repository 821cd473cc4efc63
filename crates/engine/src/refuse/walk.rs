//! The walk both halves of the pass share: the syntax tree with, at every node, the
//! compiler's scope it is evaluated in (decorators, defaults, annotations, class bases
//! and a comprehension's first iterable in the enclosing one), reporting what the pass
//! looks at through [`Hooks`].

use crate::compile::scope::{ScopeKind, Scopes, expr_key};
use crate::syntax::ast::*;
use crate::syntax::visit::{self, Visitor};

/// The compiler's scope id, or `None` where it has none for a node (never expected; a
/// pass then knows nothing there and refuses nothing).
pub type ScopeId = Option<usize>;

/// How a name gets bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum How {
    /// `import asyncio [as a]`, or `from asyncio import events` (`asyncio.events`): the
    /// name holds that module.
    Module(String),
    /// Anything else.
    Other,
}

/// What the pass is told about, each with the scope it happens in.
pub trait Hooks<'a> {
    fn bind(&mut self, _scope: ScopeId, _name: Name, _how: How) {}
    /// A name read.
    fn load(&mut self, _scope: ScopeId, _name: &'a Name, _span: Span) {}
    /// `value.attr` read (then `value` is walked).
    fn attribute(&mut self, _scope: ScopeId, _value: &'a Expr, _attr: &'a Name, _attr_span: Span) {}
    /// `value.attr = ...` or `del value.attr`: the program gives objects that attribute.
    fn attr_target(&mut self, _attr: &'a Name) {}
    /// A string constant (a name `setattr`/`getattr` or a class dict may use).
    fn string(&mut self, _s: &'a str) {}
    /// `f(name=...)`: a keyword argument (`dict(name=...)` can become attributes).
    fn keyword(&mut self, _name: &'a Name) {}
    /// `import module` or `from module import ...` (absolute imports only), with the
    /// module name's span.
    fn import_module(&mut self, _module: &'a str, _span: Span, _from: bool) {}
    /// `from module import name [as other]` (absolute imports only).
    fn import_from(&mut self, _module: &'a str, _alias: &'a Alias) {}
    /// `from module import *`: any name may be bound.
    fn star_import(&mut self) {}
}

pub struct Walk<'s, H> {
    scopes: &'s Scopes,
    stack: Vec<ScopeId>,
    /// `from __future__ import annotations`: no annotation is evaluated.
    future_annotations: bool,
    pub hooks: H,
}

impl<'s, H> Walk<'s, H> {
    pub fn new(module: &Module, scopes: &'s Scopes, hooks: H) -> Walk<'s, H> {
        // The compiler's test (codegen): the import anywhere at module level.
        let future_annotations = module.body.iter().any(|s| {
            matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), names, .. }
                if &**m == "__future__" && names.iter().any(|a| &*a.name == "annotations"))
        });
        Walk { scopes, stack: vec![Some(0)], future_annotations, hooks }
    }

    fn current(&self) -> ScopeId {
        self.stack.last().copied().flatten()
    }

    /// Annotations of module and class variables (simple names) are evaluated; those
    /// of locals never are (CPython's rule, and the compiler's).
    fn ann_assign_evaluated(&self, simple: bool) -> bool {
        let kind = self.current().map(|s| self.scopes.scopes[s].kind);
        simple && !self.future_annotations && matches!(kind, Some(ScopeKind::Module | ScopeKind::Class))
    }
}

/// The name `import a.b.c [as x]` binds, and the module it then holds when that is one
/// the pass knows (`import asyncio.events` binds `asyncio`, the package).
fn import_binding(alias: &Alias) -> (Name, How) {
    match &alias.asname {
        Some(as_name) => {
            let how = if alias.name.contains('.') { How::Other } else { How::Module(alias.name.to_string()) };
            (as_name.clone(), how)
        }
        None => {
            let top = alias.name.split('.').next().unwrap_or(&alias.name);
            (top.into(), How::Module(top.to_string()))
        }
    }
}

impl<'a, H: Hooks<'a>> Walk<'_, H> {
    fn comprehension(&mut self, e: &'a Expr, generators: &'a [Comprehension], elts: &[&'a Expr]) {
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        self.stack.push(self.scopes.of(expr_key(e)));
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_target(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.stack.pop();
    }
}

impl<'a, H: Hooks<'a>> Visitor<'a> for Walk<'_, H> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let scope = self.current();
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                self.hooks.bind(scope, def.name.clone(), How::Other);
                self.visit_function(def);
            }
            StmtKind::ClassDef(class) => {
                self.hooks.bind(scope, class.name.clone(), How::Other);
                self.visit_class(class);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.hooks.import_module(&a.name, a.span, false);
                    let (name, how) = import_binding(a);
                    self.hooks.bind(scope, name, how);
                }
            }
            StmtKind::ImportFrom { module, module_span, names, level, star } => {
                if let Some(m) = module.as_deref().filter(|_| *level == 0) {
                    self.hooks.import_module(m, *module_span, true);
                }
                if star.is_some() {
                    self.hooks.star_import();
                }
                for a in names {
                    let m = module.as_deref().filter(|_| *level == 0);
                    if let Some(m) = m {
                        self.hooks.import_from(m, a);
                    }
                    // A module only if it is one of the package's submodules (the finder
                    // knows which): `from asyncio import events`.
                    let how = m.map_or(How::Other, |m| How::Module(format!("{m}.{}", a.name)));
                    self.hooks.bind(scope, a.asname.clone().unwrap_or_else(|| a.name.clone()), how);
                }
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.visit_expr(v);
                }
                self.visit_target(target);
                if self.ann_assign_evaluated(*simple) {
                    self.visit_expr(annotation);
                }
            }
            _ => visit::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        let scope = self.current();
        match &e.kind {
            ExprKind::Name(n) => self.hooks.load(scope, n, e.span),
            ExprKind::Str(s) => self.hooks.string(s),
            ExprKind::Attribute { value, attr, attr_span } => {
                self.hooks.attribute(scope, value, attr, *attr_span);
                self.visit_expr(value);
            }
            ExprKind::NamedExpr { target, value, .. } => {
                self.visit_expr(value);
                self.hooks.bind(scope, target.clone(), How::Other);
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, &[elt]),
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, &[key, value]),
            _ => visit::walk_expr(self, e),
        }
    }

    fn visit_target(&mut self, target: &'a Target) {
        match target {
            Target::Name(n, _) => self.hooks.bind(self.current(), n.clone(), How::Other),
            Target::Attribute { attr, .. } => {
                self.hooks.attr_target(attr);
                visit::walk_target(self, target);
            }
            _ => visit::walk_target(self, target),
        }
    }

    fn visit_function(&mut self, def: &'a FunctionDef) {
        for d in &def.decorators {
            self.visit_expr(d);
        }
        visit::walk_defaults(self, &def.params);
        if !self.future_annotations {
            visit::walk_annotations(self, def);
        }
        // The scope's key is the address of the `Rc`'s contents, which `def` is.
        self.stack.push(self.scopes.of(def as *const FunctionDef as usize));
        let scope = self.current();
        for p in def.params.all() {
            self.hooks.bind(scope, p.name.clone(), How::Other);
        }
        visit::walk_body(self, &def.body);
        self.stack.pop();
    }

    fn visit_class(&mut self, class: &'a ClassDef) {
        for d in &class.decorators {
            self.visit_expr(d);
        }
        for b in &class.bases {
            self.visit_expr(b);
        }
        for k in &class.keywords {
            self.hooks.keyword(&k.name);
            self.visit_expr(&k.value);
        }
        self.stack.push(self.scopes.of(class as *const ClassDef as usize));
        visit::walk_body(self, &class.body);
        self.stack.pop();
    }

    fn visit_handler(&mut self, handler: &'a ExceptHandler) {
        if let Some(c) = &handler.class {
            self.visit_expr(c);
        }
        if let Some(n) = &handler.name {
            self.hooks.bind(self.current(), n.clone(), How::Other);
        }
        visit::walk_body(self, &handler.body);
    }

    fn visit_arg(&mut self, arg: &'a Arg) {
        if let Arg::Keyword(k) = arg {
            self.hooks.keyword(&k.name);
        }
        visit::walk_arg(self, arg);
    }
}
