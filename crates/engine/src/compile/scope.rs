//! Where each name of a program lives: CPython's symbol-table rules.
//!
//! One pass collects, per scope (module, class body, function, lambda, comprehension),
//! the names it binds, uses and declares `global`/`nonlocal`; a second resolves every
//! name: a local of its function, a cell (a local that an inner function captures), a
//! free variable (captured from an enclosing function), or a global. Class bodies keep
//! their names in the class namespace and are skipped when inner functions look
//! outwards. Comprehensions are scopes of their own, except that their first iterable
//! is evaluated outside and a walrus inside binds in the enclosing function.
//!
//! Scopes are found again by the codegen through the address of their syntax node
//! (the `Rc` of a `def`/`class`/`lambda`, the `Expr` of a comprehension).

use crate::syntax::ast::*;
use crate::syntax::visit::{self, Visitor};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// How a name is reached from a given scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// A local variable of a function (a register).
    Local,
    /// A local variable of a function that inner functions capture (a register holding
    /// a cell).
    Cell,
    /// A variable of an enclosing function (a register holding its cell).
    Free,
    /// A module-level variable (a global slot).
    Global,
    /// A name of a class body (the class namespace, then the globals).
    ClassName,
}

const BOUND: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const DECL_GLOBAL: u8 = 8;
const DECL_NONLOCAL: u8 = 16;
/// A comprehension's walrus target: bound in the enclosing function, not here.
const WALRUS: u8 = 32;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Names in order of first appearance, with their flags.
    order: Vec<Name>,
    flags: HashMap<Name, u8>,
    /// The resolved bindings (after `resolve`).
    pub bindings: HashMap<Name, Binding>,
    /// Parameters in order.
    pub params: Vec<Name>,
    pub parent: Option<usize>,
    /// The innermost enclosing class's name: `__x` here means `_Class__x` (CPython's
    /// private name mangling).
    pub private: Option<Name>,
    /// The function uses `super` or `__class__`: it needs the class's `__class__` cell.
    pub uses_class_cell: bool,
    /// A class body whose methods need its `__class__` cell.
    pub provides_class_cell: bool,
    pub is_generator: bool,
    pub is_async: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>, private: Option<Name>) -> Scope {
        Scope {
            kind,
            order: Vec::new(),
            flags: HashMap::new(),
            bindings: HashMap::new(),
            params: Vec::new(),
            parent,
            private,
            uses_class_cell: false,
            provides_class_cell: false,
            is_generator: false,
            is_async: false,
        }
    }

    fn mark(&mut self, name: &Name, flag: u8) {
        let name = mangle(self.private.as_ref(), name);
        if !self.flags.contains_key(&name) {
            self.order.push(name.clone());
        }
        *self.flags.entry(name).or_default() |= flag;
    }

    /// `name` as this scope stores it (private names mangled).
    pub fn mangle(&self, name: &Name) -> Name {
        mangle(self.private.as_ref(), name)
    }

    fn flag(&self, name: &str) -> u8 {
        self.flags.get(name).copied().unwrap_or(0)
    }

    /// How `name` is reached from this scope. Names never seen here are globals (or,
    /// in a class body, looked up by name).
    pub fn binding(&self, name: &str) -> Binding {
        let mangled;
        let name = match self.private.as_ref() {
            Some(class) if is_private(name) => {
                mangled = mangled_name(class, name);
                mangled.as_deref().unwrap_or(name)
            }
            _ => name,
        };
        match self.bindings.get(name) {
            Some(b) => *b,
            None if self.kind == ScopeKind::Class => Binding::ClassName,
            None => Binding::Global,
        }
    }

    /// The locals (and cells) of a function scope in a stable order: parameters first,
    /// then the others in order of first appearance.
    pub fn locals(&self) -> Vec<(Name, Binding)> {
        let mut out: Vec<(Name, Binding)> = self.params.iter().map(|p| (p.clone(), self.binding(p))).collect();
        for name in &self.order {
            if self.params.contains(name) {
                continue;
            }
            if let Some(b @ (Binding::Local | Binding::Cell)) = self.bindings.get(name) {
                out.push((name.clone(), *b));
            }
        }
        out
    }

    /// The free variables of this scope, in order of first appearance.
    pub fn frees(&self) -> Vec<Name> {
        self.order.iter().filter(|n| self.bindings.get(*n) == Some(&Binding::Free)).cloned().collect()
    }

    /// Cells of a class body (only `__class__`).
    pub fn class_cells(&self) -> Vec<Name> {
        self.order.iter().filter(|n| self.bindings.get(*n) == Some(&Binding::Cell)).cloned().collect()
    }
}

/// `__x` inside class `C` is `_C__x` (not `__x__`, and not in a class named only `_`s).
pub fn mangle(private: Option<&Name>, name: &Name) -> Name {
    match private {
        Some(class) if is_private(name) => mangled_name(class, name).map(Name::from).unwrap_or_else(|| name.clone()),
        _ => name.clone(),
    }
}

fn is_private(name: &str) -> bool {
    name.starts_with("__") && !name.ends_with("__") && !name.contains('.')
}

fn mangled_name(class: &str, name: &str) -> Option<String> {
    let stripped = class.trim_start_matches('_');
    (!stripped.is_empty()).then(|| format!("_{stripped}{name}"))
}

/// The scopes of a whole program.
#[derive(Debug)]
pub struct Scopes {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl Scopes {
    pub fn module(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The scope of a `def`, `class` or `lambda` (its `Rc`) or comprehension (its
    /// `Expr`), as a node address.
    pub fn of(&self, node: usize) -> Option<usize> {
        self.by_node.get(&node).copied()
    }
}

/// The address that identifies a function's scope.
pub fn function_key(def: &std::rc::Rc<FunctionDef>) -> usize {
    std::rc::Rc::as_ptr(def) as usize
}

pub fn class_key(def: &std::rc::Rc<ClassDef>) -> usize {
    std::rc::Rc::as_ptr(def) as usize
}

pub fn expr_key(e: &Expr) -> usize {
    e as *const Expr as usize
}

/// Builds and resolves the scopes of `module`.
pub fn analyze(module: &Module) -> Scopes {
    let mut b =
        Builder { scopes: vec![Scope::new(ScopeKind::Module, None, None)], by_node: HashMap::new(), current: 0 };
    for s in &module.body {
        b.visit_stmt(s);
    }
    let mut scopes = Scopes { scopes: b.scopes, by_node: b.by_node };
    resolve(&mut scopes);
    scopes
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    current: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn enter(&mut self, kind: ScopeKind, key: usize) -> usize {
        let private = self.scope().private.clone();
        self.enter_private(kind, key, private)
    }

    fn enter_private(&mut self, kind: ScopeKind, key: usize, private: Option<Name>) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.current), private));
        self.by_node.insert(key, id);
        let saved = self.current;
        self.current = id;
        saved
    }

    fn bind(&mut self, name: &Name) {
        self.scope().mark(name, BOUND);
    }

    fn bind_target(&mut self, t: &Target) {
        match t {
            Target::Name(n, _) => self.bind(n),
            Target::Tuple(items, _) => items.iter().for_each(|t| self.bind_target(t)),
            Target::Starred(inner, _) => self.bind_target(inner),
            Target::Attribute { value, .. } => self.visit_expr(value),
            Target::Subscript { value, index, .. } => {
                self.visit_expr(value);
                self.visit_expr(index);
            }
        }
    }

    fn function(&mut self, def: &FunctionDef, key: usize) {
        // Defaults, annotations and decorators are evaluated in the enclosing scope.
        for p in def.params.all() {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
            if let Some(a) = &p.annotation {
                self.visit_expr(a);
            }
        }
        if let Some(r) = &def.returns {
            self.visit_expr(r);
        }
        def.decorators.iter().for_each(|d| self.visit_expr(d));
        let saved = self.enter(ScopeKind::Function, key);
        self.scope().is_async = def.is_async;
        for p in def.params.all() {
            self.scope().mark(&p.name, BOUND | PARAM);
            let name = self.scope().mangle(&p.name);
            self.scope().params.push(name);
        }
        for s in &def.body {
            self.visit_stmt(s);
        }
        self.current = saved;
    }

    fn comprehension(&mut self, key: usize, generators: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let saved = self.enter(ScopeKind::Comprehension, key);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.bind_target(&g.target);
            g.ifs.iter().for_each(|e| self.visit_expr(e));
            if g.is_async {
                self.scope().is_async = true;
            }
        }
        elts.iter().for_each(|e| self.visit_expr(e));
        self.current = saved;
    }

    /// A walrus target: bound in the nearest enclosing non-comprehension scope.
    fn walrus(&mut self, name: &Name) {
        let mut s = self.current;
        while self.scopes[s].kind == ScopeKind::Comprehension {
            self.scopes[s].mark(name, WALRUS | USED);
            match self.scopes[s].parent {
                Some(p) => s = p,
                None => break,
            }
        }
        self.scopes[s].mark(name, BOUND);
    }
}

impl<'v> Visitor<'v> for Builder {
    fn visit_stmt(&mut self, s: &'v Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(def) => {
                self.bind(&def.name);
                self.function(def, function_key(def));
            }
            StmtKind::ClassDef(def) => {
                def.bases.iter().for_each(|b| self.visit_expr(b));
                def.keywords.iter().for_each(|k| self.visit_expr(&k.value));
                def.decorators.iter().for_each(|d| self.visit_expr(d));
                self.bind(&def.name);
                let saved = self.enter_private(ScopeKind::Class, class_key(def), Some(def.name.clone()));
                for s in &def.body {
                    self.visit_stmt(s);
                }
                self.current = saved;
            }
            StmtKind::Global(names) => names.iter().for_each(|n| self.scope().mark(n, DECL_GLOBAL)),
            StmtKind::Nonlocal(names) => names.iter().for_each(|n| self.scope().mark(n, DECL_NONLOCAL)),
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound: Name = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or(&a.name).into(),
                    };
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.bind(a.asname.as_ref().unwrap_or(&a.name));
                }
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value);
                targets.iter().for_each(|t| self.bind_target(t));
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(value);
                if let Target::Name(n, _) = target {
                    self.scope().mark(n, USED);
                }
                self.bind_target(target);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                if let Some(v) = value {
                    self.visit_expr(v);
                }
                self.visit_expr(annotation);
                match target {
                    // A bare annotation binds nothing, but makes the name local.
                    Target::Name(n, _) => self.bind(n),
                    other => self.bind_target(other),
                }
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.visit_expr(iter);
                self.bind_target(target);
                body.iter().chain(orelse).for_each(|s| self.visit_stmt(s));
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context);
                    if let Some(t) = &item.target {
                        self.bind_target(t);
                    }
                }
                body.iter().for_each(|s| self.visit_stmt(s));
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                body.iter().for_each(|s| self.visit_stmt(s));
                for h in handlers {
                    if let Some(c) = &h.class {
                        self.visit_expr(c);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    h.body.iter().for_each(|s| self.visit_stmt(s));
                }
                orelse.iter().chain(finalbody).for_each(|s| self.visit_stmt(s));
            }
            StmtKind::Delete(targets) => targets.iter().for_each(|t| self.bind_target(t)),
            _ => visit::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'v Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                self.scope().mark(n, USED);
                if &**n == "super" {
                    self.scope().uses_class_cell = true;
                }
            }
            ExprKind::Lambda(def) => self.function(def, function_key(def)),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr_key(e), generators, &[elt]);
                if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
                    let id = self.by_node[&expr_key(e)];
                    self.scopes[id].is_generator = true;
                }
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(expr_key(e), generators, &[key, value]);
            }
            ExprKind::NamedExpr { target, value, .. } => {
                self.visit_expr(value);
                self.walrus(target);
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                self.scope().is_generator = true;
                visit::walk_expr(self, e);
            }
            ExprKind::Await(_) => {
                if self.scope().kind == ScopeKind::Comprehension {
                    self.scope().is_async = true;
                }
                visit::walk_expr(self, e);
            }
            _ => visit::walk_expr(self, e),
        }
    }
}

/// Resolves every scope's names, innermost scopes seeing their parents.
fn resolve(scopes: &mut Scopes) {
    // An async comprehension makes its enclosing comprehensions async too (they must
    // await it); a generator expression stays a separate (lazy) object.
    for id in (1..scopes.scopes.len()).rev() {
        let s = &scopes.scopes[id];
        if s.kind == ScopeKind::Comprehension
            && s.is_async
            && !s.is_generator
            && let Some(p) = s.parent
            && scopes.scopes[p].kind == ScopeKind::Comprehension
        {
            scopes.scopes[p].is_async = true;
        }
    }
    for id in 0..scopes.scopes.len() {
        let names: Vec<Name> = scopes.scopes[id].order.clone();
        for name in names {
            let binding = local_binding(&scopes.scopes[id], &name);
            let binding = match binding {
                Some(b) => b,
                None => find_enclosing(scopes, id, &name),
            };
            scopes.scopes[id].bindings.insert(name, binding);
        }
        if scopes.scopes[id].uses_class_cell && scopes.scopes[id].kind != ScopeKind::Class {
            capture_class_cell(scopes, id);
        }
    }
}

/// The binding a name has in its own scope, if it is not looked up outside.
fn local_binding(scope: &Scope, name: &str) -> Option<Binding> {
    let f = scope.flag(name);
    if f & DECL_GLOBAL != 0 {
        return Some(Binding::Global);
    }
    if f & DECL_NONLOCAL != 0 || f & WALRUS != 0 {
        return None;
    }
    match scope.kind {
        ScopeKind::Module => Some(Binding::Global),
        ScopeKind::Class => {
            if f & BOUND != 0 {
                Some(Binding::ClassName)
            } else {
                None
            }
        }
        ScopeKind::Function | ScopeKind::Comprehension => (f & BOUND != 0).then_some(Binding::Local),
    }
}

/// A name not bound in scope `id`: a free variable if an enclosing function binds it
/// (which then makes it a cell there, and free in every scope in between), otherwise a
/// global (or a class-namespace lookup in a class body).
fn find_enclosing(scopes: &mut Scopes, id: usize, name: &Name) -> Binding {
    // Every function scope between `id` and the owner passes the cell along.
    let mut path = vec![id];
    let mut s = scopes.scopes[id].parent;
    while let Some(p) = s {
        let scope = &scopes.scopes[p];
        match scope.kind {
            ScopeKind::Module => break,
            // A class body's own names are invisible to the functions inside it, but it
            // passes an enclosing function's cell along to them.
            ScopeKind::Class => {
                path.push(p);
                s = scope.parent;
                continue;
            }
            ScopeKind::Function | ScopeKind::Comprehension => {}
        }
        let f = scope.flag(name);
        if f & DECL_GLOBAL != 0 {
            break;
        }
        if f & BOUND != 0 && f & (DECL_NONLOCAL | WALRUS) == 0 {
            scopes.scopes[p].bindings.insert(name.clone(), Binding::Cell);
            for &q in &path[1..] {
                if !scopes.scopes[q].flags.contains_key(name) {
                    scopes.scopes[q].order.push(name.clone());
                    scopes.scopes[q].flags.insert(name.clone(), USED);
                }
                scopes.scopes[q].bindings.insert(name.clone(), Binding::Free);
            }
            return Binding::Free;
        }
        path.push(p);
        s = scope.parent;
    }
    if scopes.scopes[id].kind == ScopeKind::Class { Binding::ClassName } else { Binding::Global }
}

/// A method using `super()` captures `__class__` from its class body, through any
/// functions in between.
fn capture_class_cell(scopes: &mut Scopes, id: usize) {
    let name: Name = "__class__".into();
    let mut path = vec![id];
    let mut s = scopes.scopes[id].parent;
    while let Some(p) = s {
        if scopes.scopes[p].kind == ScopeKind::Class {
            scopes.scopes[p].provides_class_cell = true;
            scopes.scopes[p].mark(&name, BOUND);
            scopes.scopes[p].bindings.insert(name.clone(), Binding::Cell);
            for &q in &path {
                scopes.scopes[q].mark(&name, USED);
                scopes.scopes[q].bindings.insert(name.clone(), Binding::Free);
            }
            return;
        }
        path.push(p);
        s = scopes.scopes[p].parent;
    }
}
