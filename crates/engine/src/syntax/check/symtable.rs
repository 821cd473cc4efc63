//! CPython's symbol table (symtable.c): the scopes of a module and what each knows of
//! its names, and the errors raised while building it (in source order) and while
//! analysing it (scope by scope, names in the order they first appeared).

use super::future::Features;
use crate::syntax::ast::*;
use crate::syntax::diag::Diagnostic;
use crate::syntax::visit::{self, Visitor};
use std::collections::{HashMap, HashSet};

const GLOBAL: u16 = 1;
const LOCAL: u16 = 2;
const PARAM: u16 = 4;
const NONLOCAL: u16 = 8;
const USE: u16 = 16;
const IMPORT: u16 = 128;
const ANNOT: u16 = 256;
/// An iteration variable of a comprehension.
const COMP_ITER: u16 = 512;
/// CPython's DEF_BOUND.
const BOUND: u16 = LOCAL | PARAM | IMPORT;

pub(super) fn check(src: &str, module: &Module, features: &Features) -> Result<(), Diagnostic> {
    let mut st = Symtable {
        src,
        scopes: vec![Scope::new(Kind::Module, None)],
        stack: vec![0],
        error: None,
        future_annotations: features.annotations,
        private: None,
    };
    visit::walk_body(&mut st, &module.body);
    if let Some(e) = st.error {
        return Err(e);
    }
    st.analyze(0, None)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Module,
    Class,
    /// A function, a lambda or a comprehension.
    Function,
    /// The annotations of a module under `from __future__ import annotations`.
    Annotation,
}

/// One of CPython's symbol-table blocks.
struct Scope {
    kind: Kind,
    /// For a comprehension, its name in messages (`list comprehension`...).
    comprehension: Option<&'static str>,
    /// Names in the order they first appeared (the order the analysis reports them in).
    order: Vec<Name>,
    flags: HashMap<Name, u16>,
    /// `global` / `nonlocal` statements (and `:=` in comprehensions): errors about a name
    /// point at its first one.
    directives: Vec<(Name, Span)>,
    children: Vec<usize>,
    /// Visiting a comprehension's iteration variable.
    comp_iter_target: bool,
    /// Inside a comprehension's iterable (where `:=` is not allowed).
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: Kind, comprehension: Option<&'static str>) -> Scope {
        Scope {
            kind,
            comprehension,
            order: Vec::new(),
            flags: HashMap::new(),
            directives: Vec::new(),
            children: Vec::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    fn get(&self, name: &str) -> u16 {
        self.flags.get(name).copied().unwrap_or(0)
    }

    fn set(&mut self, name: &Name, flags: u16) {
        if !self.flags.contains_key(name) {
            self.order.push(name.clone());
        }
        self.flags.insert(name.clone(), flags);
    }
}

struct Symtable<'a> {
    src: &'a str,
    /// Every scope; `stack` holds the indexes of those being visited, innermost last.
    scopes: Vec<Scope>,
    stack: Vec<usize>,
    /// The first error met; the walk stops going deeper once there is one.
    error: Option<Diagnostic>,
    future_annotations: bool,
    /// The class whose body (methods included) is being visited: its private names
    /// (`__x`) are mangled to `_Class__x`.
    private: Option<Name>,
}

impl<'a> Symtable<'_> {
    /// CPython's _Py_Mangle: `__x` in class `A` is `_A__x` (not `__x__`, nor dotted).
    fn mangle(&self, name: &Name) -> Name {
        let Some(class) = &self.private else { return name.clone() };
        let class = class.trim_start_matches('_');
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || class.is_empty() {
            return name.clone();
        }
        Name::from(format!("_{class}{name}"))
    }

    fn current(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur(&mut self) -> &mut Scope {
        let i = self.current();
        &mut self.scopes[i]
    }

    fn fail(&mut self, message: impl Into<String>, span: Span) {
        if self.error.is_none() {
            self.error = Some(Diagnostic::syntax(message, span, self.src));
        }
    }

    fn enter(&mut self, kind: Kind, comprehension: Option<&'static str>) {
        let index = self.scopes.len();
        let mut scope = Scope::new(kind, comprehension);
        // A block inside a comprehension's iterable is inside it too.
        scope.comp_iter_expr = self.cur().comp_iter_expr;
        self.scopes.push(scope);
        if kind != Kind::Annotation {
            self.cur().children.push(index);
        }
        self.stack.push(index);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    /// CPython's symtable_add_def: records `flag` for `name` in the current scope.
    fn add_def(&mut self, name: &Name, flag: u16, span: Span) {
        let mangled = self.mangle(name);
        let scope = self.cur();
        let old = scope.get(&mangled);
        let mut flags = old | flag;
        let mut error = None;
        if flag & PARAM != 0 && old & PARAM != 0 {
            error = Some(format!("duplicate argument '{name}' in function definition"));
        } else if scope.comp_iter_target {
            if flags & (GLOBAL | NONLOCAL) != 0 {
                error = Some(format!("comprehension inner loop cannot rebind assignment expression target '{name}'"));
            }
            flags |= COMP_ITER;
        }
        if let Some(message) = error {
            return self.fail(message, span);
        }
        scope.set(&mangled, flags);
    }

    /// `global` / `nonlocal`: the name must not have been seen before in the block.
    fn directive(&mut self, names: &[Name], span: Span, flag: u16) {
        let what = if flag == GLOBAL { "global" } else { "nonlocal" };
        for name in names {
            let name = &self.mangle(name);
            let flags = self.cur().get(name);
            let message = if flags & PARAM != 0 {
                format!("name '{name}' is parameter and {what}")
            } else if flags & USE != 0 {
                format!("name '{name}' is used prior to {what} declaration")
            } else if flags & ANNOT != 0 {
                format!("annotated name '{name}' can't be {what}")
            } else if flags & LOCAL != 0 {
                format!("name '{name}' is assigned to before {what} declaration")
            } else {
                self.add_def(name, flag, span);
                self.cur().directives.push((name.clone(), span));
                continue;
            };
            return self.fail(message, span);
        }
    }

    fn function(&mut self, def: &'a FunctionDef, span: Span) {
        self.add_def(&def.name, LOCAL, span);
        visit::walk_defaults(self, &def.params);
        self.annotations(def);
        for d in &def.decorators {
            self.visit_expr(d);
        }
        self.enter(Kind::Function, None);
        self.parameters(&def.params);
        visit::walk_body(self, &def.body);
        self.exit();
    }

    fn parameters(&mut self, params: &'a Parameters) {
        for p in params.all() {
            self.add_def(&p.name, PARAM, p.span);
        }
    }

    /// A function's annotations, in CPython's order (under `from __future__ import
    /// annotations`, in a block of their own).
    fn annotations(&mut self, def: &'a FunctionDef) {
        let p = &def.params;
        let ordered = p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwarg).chain(&p.kwonly);
        if self.future_annotations {
            self.enter(Kind::Annotation, None);
        }
        for a in ordered.filter_map(|p| p.annotation.as_ref()) {
            self.visit_expr(a);
        }
        if self.future_annotations {
            self.exit();
        }
        if let Some(r) = &def.returns {
            self.annotation(r);
        }
    }

    fn annotation(&mut self, e: &'a Expr) {
        if self.future_annotations {
            self.enter(Kind::Annotation, None);
            self.visit_expr(e);
            self.exit();
        } else {
            self.visit_expr(e);
        }
    }

    /// `yield`, `await` and `:=` in an annotation that is never evaluated.
    fn in_annotation(&mut self, what: &str, span: Span) -> bool {
        if self.cur().kind == Kind::Annotation {
            self.fail(format!("'{what}' can not be used within an annotation"), span);
            return true;
        }
        false
    }

    fn class(&mut self, class: &'a ClassDef, span: Span) {
        self.add_def(&class.name, LOCAL, span);
        for e in &class.bases {
            self.visit_expr(e);
        }
        for k in &class.keywords {
            self.visit_expr(&k.value);
        }
        for d in &class.decorators {
            self.visit_expr(d);
        }
        self.enter(Kind::Class, None);
        let outer = self.private.replace(class.name.clone());
        visit::walk_body(self, &class.body);
        self.private = outer;
        self.exit();
    }

    fn ann_assign(
        &mut self,
        stmt: &'a Stmt,
        target: &'a Target,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) {
        if let Target::Name(name, span) = target {
            let flags = self.cur().get(name);
            if flags & (GLOBAL | NONLOCAL) != 0 && self.cur().kind != Kind::Module && simple {
                let what = if flags & GLOBAL != 0 { "global" } else { "nonlocal" };
                return self.fail(format!("annotated name '{name}' can't be {what}"), stmt.span);
            }
            if simple {
                self.add_def(name, ANNOT | LOCAL, *span);
            } else if value.is_some() {
                self.add_def(name, LOCAL, *span);
            }
        } else {
            self.visit_target(target);
        }
        self.annotation(annotation);
        if let Some(v) = value {
            self.visit_expr(v);
        }
    }

    /// CPython's symtable_handle_comprehension: the first iterable is evaluated in the
    /// enclosing scope, everything else in the comprehension's own.
    fn comprehension(&mut self, what: &'static str, generators: &'a [Comprehension], elts: &[&'a Expr]) {
        let Some((first, rest)) = generators.split_first() else { return };
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&first.iter);
        self.cur().comp_iter_expr -= 1;
        self.enter(Kind::Function, Some(what));
        self.iteration_target(&first.target);
        for cond in &first.ifs {
            self.visit_expr(cond);
        }
        for g in rest {
            self.iteration_target(&g.target);
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.exit();
    }

    fn iteration_target(&mut self, target: &'a Target) {
        self.cur().comp_iter_target = true;
        self.visit_target(target);
        self.cur().comp_iter_target = false;
    }

    /// `x := value` inside a comprehension binds `x` in the nearest enclosing function
    /// (or the module), never in the comprehension (symtable_extend_namedexpr_scope).
    fn extend_named_expr_scope(&mut self, target: &Name, span: Span) {
        for depth in (0..self.stack.len()).rev() {
            let index = self.stack[depth];
            let scope = &self.scopes[index];
            if scope.comprehension.is_some() {
                if scope.get(target) & COMP_ITER != 0 {
                    let message =
                        format!("assignment expression cannot rebind comprehension iteration variable '{target}'");
                    return self.fail(message, span);
                }
                continue;
            }
            match scope.kind {
                Kind::Function | Kind::Module => {
                    let module = scope.kind == Kind::Module;
                    let flag = if module || scope.get(target) & GLOBAL != 0 { GLOBAL } else { NONLOCAL };
                    self.add_def(target, flag, span);
                    self.cur().directives.push((target.clone(), span));
                    let outer = &mut self.scopes[index];
                    let flags = outer.get(target) | if module { GLOBAL } else { LOCAL };
                    outer.set(target, flags);
                    return;
                }
                Kind::Class => {
                    let message = "assignment expression within a comprehension cannot be used in a class body";
                    return self.fail(message, span);
                }
                Kind::Annotation => return,
            }
        }
    }

    /// CPython's analysis, once every block is built: `global` and `nonlocal` of one
    /// name, `nonlocal` at module level or without a binding in an enclosing function.
    /// `bound`: names bound by the enclosing functions (`None` for the module).
    fn analyze(&self, index: usize, bound: Option<&HashSet<Name>>) -> Result<(), Diagnostic> {
        let scope = &self.scopes[index];
        let mut visible: HashSet<Name> = bound.cloned().unwrap_or_default();
        let class_bound = visible.clone();
        let mut local = HashSet::new();
        for name in &scope.order {
            let flags = scope.get(name);
            let message = if flags & GLOBAL != 0 {
                if flags & NONLOCAL == 0 {
                    visible.remove(name);
                    continue;
                }
                format!("name '{name}' is nonlocal and global")
            } else if flags & NONLOCAL != 0 {
                if bound.is_none() {
                    "nonlocal declaration not allowed at module level".to_string()
                } else if !visible.contains(name) {
                    format!("no binding for nonlocal '{name}' found")
                } else {
                    continue;
                }
            } else {
                if flags & BOUND != 0 {
                    local.insert(name.clone());
                }
                continue;
            };
            let at = scope.directives.iter().find(|(n, _)| n == name).map(|&(_, span)| span).unwrap_or_default();
            return Err(Diagnostic::syntax(message, at, self.src));
        }
        let inner = match scope.kind {
            // A class gives its methods `__class__` (for `super()`), which they may
            // declare `nonlocal`.
            Kind::Class => class_bound.into_iter().chain([Name::from("__class__")]).collect(),
            Kind::Function => local.into_iter().chain(visible).collect(),
            Kind::Module | Kind::Annotation => visible,
        };
        for &child in &scope.children {
            self.analyze(child, Some(&inner))?;
        }
        Ok(())
    }
}

impl<'a> Visitor<'a> for Symtable<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.error.is_some() {
            return;
        }
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.function(def, stmt.span),
            StmtKind::ClassDef(class) => self.class(class, stmt.span),
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_target(t);
                }
                self.visit_expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(stmt, target, annotation, value.as_ref(), *simple)
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.visit_target(target);
                self.visit_expr(iter);
                visit::walk_body(self, body);
                visit::walk_body(self, orelse);
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                visit::walk_body(self, body);
                visit::walk_body(self, orelse);
                for h in handlers {
                    self.visit_handler(h);
                }
                visit::walk_body(self, finalbody);
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    let bound = alias
                        .asname
                        .clone()
                        .unwrap_or_else(|| Name::from(alias.name.split('.').next().unwrap_or(&alias.name)));
                    self.add_def(&bound, IMPORT, alias.span);
                }
            }
            StmtKind::ImportFrom { names, star, .. } => {
                if let Some(star) = star
                    && self.cur().kind != Kind::Module
                {
                    return self.fail("import * only allowed at module level", *star);
                }
                for alias in names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name).clone();
                    self.add_def(&bound, IMPORT, alias.span);
                }
            }
            StmtKind::Global(names) => self.directive(names, stmt.span, GLOBAL),
            StmtKind::Nonlocal(names) => self.directive(names, stmt.span, NONLOCAL),
            _ => visit::walk_stmt(self, stmt),
        }
    }

    fn visit_handler(&mut self, handler: &'a ExceptHandler) {
        if let Some(c) = &handler.class {
            self.visit_expr(c);
        }
        if let Some(name) = &handler.name {
            self.add_def(name, LOCAL, handler.span);
        }
        visit::walk_body(self, &handler.body);
    }

    fn visit_target(&mut self, target: &'a Target) {
        if self.error.is_some() {
            return;
        }
        match target {
            Target::Name(name, span) => self.add_def(name, LOCAL, *span),
            _ => visit::walk_target(self, target),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        if self.error.is_some() {
            return;
        }
        match &e.kind {
            ExprKind::Name(name) => self.add_def(name, USE, e.span),
            ExprKind::NamedExpr { target, target_span, value } => {
                if self.in_annotation("named expression", e.span) {
                    return;
                }
                if self.cur().comp_iter_expr > 0 {
                    let message = "assignment expression cannot be used in a comprehension iterable expression";
                    return self.fail(message, e.span);
                }
                if self.cur().comprehension.is_some() {
                    self.extend_named_expr_scope(target, *target_span);
                }
                self.visit_expr(value);
                self.add_def(target, LOCAL, *target_span);
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                if self.in_annotation("yield expression", e.span) {
                    return;
                }
                visit::walk_expr(self, e);
                if let Some(what) = self.cur().comprehension {
                    self.fail(format!("'yield' inside {what}"), e.span);
                }
            }
            ExprKind::Await(_) => {
                if !self.in_annotation("await expression", e.span) {
                    visit::walk_expr(self, e);
                }
            }
            ExprKind::Lambda(def) => {
                visit::walk_defaults(self, &def.params);
                self.enter(Kind::Function, None);
                self.parameters(&def.params);
                visit::walk_body(self, &def.body);
                self.exit();
            }
            ExprKind::ListComp { elt, generators } => self.comprehension("list comprehension", generators, &[elt]),
            ExprKind::SetComp { elt, generators } => self.comprehension("set comprehension", generators, &[elt]),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension("generator expression", generators, &[elt])
            }
            // CPython visits a dict comprehension's value before its key.
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension("dict comprehension", generators, &[value, key])
            }
            _ => visit::walk_expr(self, e),
        }
    }
}
