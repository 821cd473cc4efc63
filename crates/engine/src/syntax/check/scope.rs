//! Questions about one scope's own code (not the nested functions, lambdas, classes and
//! comprehensions it defines, but the parts of them its own code evaluates: decorators,
//! defaults, annotations, class bases, a comprehension's first iterable).

use crate::syntax::ast::*;
use crate::syntax::visit::{self, Visitor};

/// Whether a function body yields (an `async def` that does is an async generator).
pub(super) fn body_yields(body: &[Stmt]) -> bool {
    let mut finder = OwnScope { what: Find::Yield, found: false };
    visit::walk_body(&mut finder, body);
    finder.found
}

/// Whether a comprehension runs as a coroutine (CPython's `ste_coroutine`): it has an
/// `async for`, or awaits in its own scope, or holds a list, set or dict comprehension
/// that does. (A generator expression that awaits is an async generator of its own and
/// does not count.)
pub(super) fn comprehension_is_async(e: &Expr) -> bool {
    let Some((generators, elts)) = comprehension_parts(e) else { return false };
    if generators.iter().any(|g| g.is_async) {
        return true;
    }
    let mut finder = OwnScope { what: Find::Await, found: false };
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            finder.visit_expr(&g.iter);
        }
        finder.visit_target(&g.target);
        for cond in &g.ifs {
            finder.visit_expr(cond);
        }
    }
    for elt in elts {
        finder.visit_expr(elt);
    }
    finder.found
}

/// A comprehension's clauses and its element(s) (key and value for a dict).
pub(super) fn comprehension_parts(e: &Expr) -> Option<(&[Comprehension], Vec<&Expr>)> {
    match &e.kind {
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => Some((generators, vec![&**elt])),
        ExprKind::DictComp { key, value, generators } => Some((generators, vec![&**key, &**value])),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Find {
    Yield,
    Await,
}

struct OwnScope {
    what: Find,
    found: bool,
}

impl<'a> Visitor<'a> for OwnScope {
    fn visit_expr(&mut self, e: &'a Expr) {
        if self.found {
            return;
        }
        match &e.kind {
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if self.what == Find::Yield => self.found = true,
            ExprKind::Await(_) if self.what == Find::Await => self.found = true,
            ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } => {
                if let Some(first) = generators.first() {
                    self.visit_expr(&first.iter);
                }
                let counts = !matches!(e.kind, ExprKind::GeneratorExp { .. });
                if self.what == Find::Await && counts && comprehension_is_async(e) {
                    self.found = true;
                }
            }
            ExprKind::Lambda(def) => visit::walk_defaults(self, &def.params),
            _ => visit::walk_expr(self, e),
        }
    }

    fn visit_function(&mut self, def: &'a FunctionDef) {
        for d in &def.decorators {
            self.visit_expr(d);
        }
        visit::walk_defaults(self, &def.params);
        visit::walk_annotations(self, def);
    }

    fn visit_class(&mut self, class: &'a ClassDef) {
        for e in class.decorators.iter().chain(&class.bases).chain(class.keywords.iter().map(|k| &k.value)) {
            self.visit_expr(e);
        }
    }
}
