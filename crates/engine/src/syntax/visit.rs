//! The one walk over the syntax tree.
//!
//! A pass implements [`Visitor`], overrides the methods for the nodes it cares about and
//! calls the matching `walk_*` function to go on into the children (or does not, to skip
//! them). Every tree walk of the engine goes through here, so a new node kind is added in
//! one place.
//!
//! The visitor is generic over the tree's lifetime, so that a pass may keep references
//! into it (the code generator's checks keep the `finally` bodies they may re-walk).
//!
//! Children are visited in the order CPython evaluates them: an assignment's value before
//! its targets, a conditional expression's test first, a function's decorators, then its
//! defaults and annotations, then its body. Passes that need another order (CPython's
//! symbol table visits some things differently) override the method and walk themselves.

use super::ast::*;

pub trait Visitor<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        walk_expr(self, expr);
    }

    /// An assignment target (also a `for` variable, a `with ... as` target, a `del` item).
    fn visit_target(&mut self, target: &'a Target) {
        walk_target(self, target);
    }

    /// A `def`, `async def` or `lambda`.
    fn visit_function(&mut self, def: &'a FunctionDef) {
        walk_function(self, def);
    }

    fn visit_class(&mut self, class: &'a ClassDef) {
        walk_class(self, class);
    }

    fn visit_handler(&mut self, handler: &'a ExceptHandler) {
        walk_handler(self, handler);
    }

    /// One `for ... in ... if ...` clause of a comprehension.
    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        walk_comprehension(self, comprehension);
    }

    fn visit_arg(&mut self, arg: &'a Arg) {
        walk_arg(self, arg);
    }

    fn visit_fpart(&mut self, part: &'a FPart) {
        walk_fpart(self, part);
    }
}

pub fn walk_body<'a, V: Visitor<'a> + ?Sized>(v: &mut V, body: &'a [Stmt]) {
    for stmt in body {
        v.visit_stmt(stmt);
    }
}

pub fn walk_stmt<'a, V: Visitor<'a> + ?Sized>(v: &mut V, stmt: &'a Stmt) {
    match &stmt.kind {
        StmtKind::Expr(e) => v.visit_expr(e),
        StmtKind::Assign { targets, value } => {
            v.visit_expr(value);
            for t in targets {
                v.visit_target(t);
            }
        }
        StmtKind::AugAssign { target, value, .. } => {
            v.visit_target(target);
            v.visit_expr(value);
        }
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            if let Some(value) = value {
                v.visit_expr(value);
            }
            v.visit_target(target);
            v.visit_expr(annotation);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            v.visit_expr(test);
            walk_body(v, body);
            walk_body(v, orelse);
        }
        StmtKind::For { target, iter, body, orelse, .. } => {
            v.visit_expr(iter);
            v.visit_target(target);
            walk_body(v, body);
            walk_body(v, orelse);
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                v.visit_expr(&item.context);
                if let Some(t) = &item.target {
                    v.visit_target(t);
                }
            }
            walk_body(v, body);
        }
        StmtKind::Return(value) => {
            if let Some(value) = value {
                v.visit_expr(value);
            }
        }
        StmtKind::Raise { exc, cause } => {
            if let Some(e) = exc {
                v.visit_expr(e);
            }
            if let Some(c) = cause {
                v.visit_expr(c);
            }
        }
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            walk_body(v, body);
            for h in handlers {
                v.visit_handler(h);
            }
            walk_body(v, orelse);
            walk_body(v, finalbody);
        }
        StmtKind::Assert { test, msg } => {
            v.visit_expr(test);
            if let Some(m) = msg {
                v.visit_expr(m);
            }
        }
        StmtKind::Delete(targets) => {
            for t in targets {
                v.visit_target(t);
            }
        }
        StmtKind::FunctionDef(def) => v.visit_function(def),
        StmtKind::ClassDef(class) => v.visit_class(class),
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
    }
}

/// Decorators, then the defaults and annotations (evaluated where the function is
/// defined), then the body.
pub fn walk_function<'a, V: Visitor<'a> + ?Sized>(v: &mut V, def: &'a FunctionDef) {
    for d in &def.decorators {
        v.visit_expr(d);
    }
    walk_defaults(v, &def.params);
    walk_annotations(v, def);
    walk_body(v, &def.body);
}

/// Positional defaults, then keyword-only ones.
pub fn walk_defaults<'a, V: Visitor<'a> + ?Sized>(v: &mut V, params: &'a Parameters) {
    for p in params.posonly.iter().chain(&params.args).chain(&params.kwonly) {
        if let Some(d) = &p.default {
            v.visit_expr(d);
        }
    }
}

/// Parameter annotations in CPython's order, then the return annotation.
pub fn walk_annotations<'a, V: Visitor<'a> + ?Sized>(v: &mut V, def: &'a FunctionDef) {
    let p = &def.params;
    let ordered = p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
    for param in ordered {
        if let Some(a) = &param.annotation {
            v.visit_expr(a);
        }
    }
    if let Some(r) = &def.returns {
        v.visit_expr(r);
    }
}

pub fn walk_class<'a, V: Visitor<'a> + ?Sized>(v: &mut V, class: &'a ClassDef) {
    for d in &class.decorators {
        v.visit_expr(d);
    }
    for b in &class.bases {
        v.visit_expr(b);
    }
    for k in &class.keywords {
        v.visit_expr(&k.value);
    }
    walk_body(v, &class.body);
}

pub fn walk_handler<'a, V: Visitor<'a> + ?Sized>(v: &mut V, handler: &'a ExceptHandler) {
    if let Some(c) = &handler.class {
        v.visit_expr(c);
    }
    walk_body(v, &handler.body);
}

pub fn walk_target<'a, V: Visitor<'a> + ?Sized>(v: &mut V, target: &'a Target) {
    match target {
        Target::Name(..) => {}
        Target::Attribute { value, .. } => v.visit_expr(value),
        Target::Subscript { value, index, .. } => {
            v.visit_expr(value);
            v.visit_expr(index);
        }
        Target::Tuple(items, _) => {
            for t in items {
                v.visit_target(t);
            }
        }
        Target::Starred(inner, _) => v.visit_target(inner),
    }
}

pub fn walk_comprehension<'a, V: Visitor<'a> + ?Sized>(v: &mut V, c: &'a Comprehension) {
    v.visit_expr(&c.iter);
    v.visit_target(&c.target);
    for cond in &c.ifs {
        v.visit_expr(cond);
    }
}

pub fn walk_arg<'a, V: Visitor<'a> + ?Sized>(v: &mut V, arg: &'a Arg) {
    match arg {
        Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => v.visit_expr(e),
        Arg::Keyword(k) => v.visit_expr(&k.value),
    }
}

pub fn walk_fpart<'a, V: Visitor<'a> + ?Sized>(v: &mut V, part: &'a FPart) {
    if let FPart::Field { expr, spec, .. } = part {
        v.visit_expr(expr);
        for p in spec {
            v.visit_fpart(p);
        }
    }
}

pub fn walk_expr<'a, V: Visitor<'a> + ?Sized>(v: &mut V, expr: &'a Expr) {
    match &expr.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::Name(_) => {}
        ExprKind::FString(parts) => {
            for p in parts {
                v.visit_fpart(p);
            }
        }
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
            for e in items {
                v.visit_expr(e);
            }
        }
        ExprKind::Dict(items) => {
            for item in items {
                match item {
                    DictItem::Pair(key, value) => {
                        v.visit_expr(key);
                        v.visit_expr(value);
                    }
                    DictItem::Spread(e) => v.visit_expr(e),
                }
            }
        }
        ExprKind::Starred(e) | ExprKind::Await(e) | ExprKind::YieldFrom(e) => v.visit_expr(e),
        ExprKind::Yield(value) => {
            if let Some(e) = value {
                v.visit_expr(e);
            }
        }
        ExprKind::Attribute { value, .. } => v.visit_expr(value),
        ExprKind::Subscript { value, index } => {
            v.visit_expr(value);
            v.visit_expr(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for e in [lower, upper, step].into_iter().flatten() {
                v.visit_expr(e);
            }
        }
        ExprKind::Call { func, args } => {
            v.visit_expr(func);
            for a in args {
                v.visit_arg(a);
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            v.visit_expr(left);
            v.visit_expr(right);
        }
        ExprKind::UnaryOp { operand, .. } => v.visit_expr(operand),
        ExprKind::BoolOp { values, .. } => {
            for e in values {
                v.visit_expr(e);
            }
        }
        ExprKind::Compare { left, ops } => {
            v.visit_expr(left);
            for (_, e) in ops {
                v.visit_expr(e);
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            v.visit_expr(test);
            v.visit_expr(body);
            v.visit_expr(orelse);
        }
        ExprKind::Lambda(def) => v.visit_function(def),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            for c in generators {
                v.visit_comprehension(c);
            }
            v.visit_expr(elt);
        }
        ExprKind::DictComp { key, value, generators } => {
            for c in generators {
                v.visit_comprehension(c);
            }
            v.visit_expr(key);
            v.visit_expr(value);
        }
        ExprKind::NamedExpr { value, .. } => v.visit_expr(value),
    }
}
