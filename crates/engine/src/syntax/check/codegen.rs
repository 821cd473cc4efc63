//! The errors of CPython's code generator (compile.c), in the order it generates code:
//! statements and expressions out of place (`return`, `yield`, `await`, `break`,
//! `continue`, `async for`/`async with`, async comprehensions), starred expressions where
//! they cannot be, assignments to `__debug__`, a repeated keyword argument, a bare
//! `except:` not last, and more than 20 nested blocks.

use super::future::Features;
use super::scope::{body_yields, comprehension_is_async, comprehension_parts};
use crate::syntax::ast::*;
use crate::syntax::diag::Diagnostic;
use crate::syntax::visit::{self, Visitor};

/// CPython's CO_MAXBLOCKS: frame blocks (loops, `try`, `with`, handlers) nest at most 20
/// deep in one code unit.
const MAX_BLOCKS: usize = 20;

/// Statements compiled again while unwinding `finally` blocks, at most.
const UNWIND_BUDGET: usize = 100_000;

pub(super) fn check(src: &str, module: &Module, features: &Features) -> Result<(), Diagnostic> {
    let mut c = Codegen {
        src,
        lines: crate::syntax::diag::LineIndex::new(src),
        features,
        unit: Unit::new(UnitKind::Module),
        unwind_depth: 0,
        unwind_work: 0,
        error: None,
    };
    visit::walk_body(&mut c, &module.body);
    match c.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// CPython's frame blocks, as far as the errors go.
#[derive(Clone, Copy)]
enum Block<'a> {
    Loop,
    /// An `except*` handler: `break`, `continue` and `return` cannot leave it.
    ExceptStar,
    /// The body of a `try` with a `finally`: leaving it with `break`, `continue` or
    /// `return` compiles the `finally` block there (so its errors come first).
    Finally(&'a [Stmt]),
    Other,
}

/// The code unit being compiled.
struct Unit<'a> {
    kind: UnitKind,
    /// An `async def` that yields.
    async_generator: bool,
    blocks: Vec<Block<'a>>,
}

impl Unit<'_> {
    fn new<'a>(kind: UnitKind) -> Unit<'a> {
        Unit { kind, async_generator: false, blocks: Vec::new() }
    }

    /// CPython's `ste_type == FunctionBlock`.
    fn is_function_block(&self) -> bool {
        !matches!(self.kind, UnitKind::Module | UnitKind::Class)
    }
}

/// How a target is used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Store,
    Del,
}

struct Codegen<'a> {
    src: &'a str,
    lines: crate::syntax::diag::LineIndex<'a>,
    features: &'a Features,
    unit: Unit<'a>,
    /// How deep in `finally` blocks compiled for a `break`/`continue`/`return` leaving
    /// them, and how many statements that has cost: past [`UNWIND_BUDGET`], `finally`
    /// blocks are no longer compiled again (CPython would, exponentially with the
    /// number of jumps out of nested `finally` blocks).
    unwind_depth: u32,
    unwind_work: usize,
    error: Option<Diagnostic>,
}

impl<'a> Codegen<'a> {
    fn fail(&mut self, message: impl Into<String>, span: Span) {
        if self.error.is_none() {
            self.error = Some(Diagnostic::syntax(message, span, self.src));
        }
    }

    /// Pushes a frame block; CPython refuses the 21st.
    fn push(&mut self, block: Block<'a>, span: Span) -> bool {
        if self.unit.blocks.len() >= MAX_BLOCKS {
            self.fail("too many statically nested blocks", span);
            return false;
        }
        self.unit.blocks.push(block);
        true
    }

    fn pop(&mut self) {
        self.unit.blocks.pop();
    }

    /// Compiles `f` in a new code unit of `kind`.
    fn in_unit(&mut self, unit: Unit<'a>, f: impl FnOnce(&mut Self)) {
        let outer = std::mem::replace(&mut self.unit, unit);
        f(self);
        self.unit = outer;
    }

    fn forbidden(&mut self, name: &str, ctx: Ctx, span: Span) {
        if name == "__debug__" {
            let message = if ctx == Ctx::Del { "cannot delete __debug__" } else { "cannot assign to __debug__" };
            self.fail(message, span);
        }
    }

    /// Parameters named `__debug__` (compiler_check_debug_args), reported at `span`.
    fn debug_params(&mut self, params: &'a Parameters, span: Span) {
        if params.all().any(|p| &*p.name == "__debug__") {
            self.fail("cannot assign to __debug__", span);
        }
    }

    fn function(&mut self, def: &'a FunctionDef, span: Span) {
        self.debug_params(&def.params, span);
        for d in &def.decorators {
            self.visit_expr(d);
        }
        visit::walk_defaults(self, &def.params);
        if !self.features.annotations {
            let p = &def.params;
            let ordered = p.args.iter().chain(&p.posonly).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
            for a in ordered.filter_map(|p| p.annotation.as_ref()).chain(&def.returns) {
                match &a.kind {
                    // `*args: *Ts` (PEP 646).
                    ExprKind::Starred(inner) => self.visit_expr(inner),
                    _ => self.visit_expr(a),
                }
            }
        }
        let kind = if def.is_async { UnitKind::AsyncFunction } else { UnitKind::Function };
        let unit = Unit { async_generator: def.is_async && body_yields(&def.body), ..Unit::new(kind) };
        self.in_unit(unit, |c| visit::walk_body(c, &def.body));
        self.forbidden(&def.name, Ctx::Store, span);
    }

    fn class(&mut self, class: &'a ClassDef, span: Span) {
        for d in &class.decorators {
            self.visit_expr(d);
        }
        self.in_unit(Unit::new(UnitKind::Class), |c| visit::walk_body(c, &class.body));
        self.items(&class.bases);
        self.keywords(class.keywords.iter(), span);
        for k in &class.keywords {
            self.visit_expr(&k.value);
        }
        self.forbidden(&class.name, Ctx::Store, span);
    }

    /// compile.c's validate_keywords: `__debug__=` (reported at the call, `span`), and a
    /// keyword repeated (at the repetition of the first keyword that has one).
    fn keywords(&mut self, keywords: impl Iterator<Item = &'a Keyword>, span: Span) {
        let all: Vec<&Keyword> = keywords.collect();
        for (i, k) in all.iter().enumerate() {
            if &*k.name == "__debug__" {
                return self.fail("cannot assign to __debug__", span);
            }
            if let Some(again) = all.iter().skip(i + 1).find(|o| o.name == k.name) {
                return self.fail(format!("keyword argument repeated: {}", k.name), again.span);
            }
        }
    }

    /// `break`, `continue` or `return` leaving the blocks up to the innermost loop (all of
    /// them for `return`), as compiler_unwind_fblock_stack: none may be an `except*`
    /// handler, and the `finally` blocks left are compiled there. Returns whether a loop
    /// was reached (`None` after an error).
    fn unwind(&mut self, to_loop: bool, span: Span) -> Option<bool> {
        let saved = self.unit.blocks.clone();
        let mut reached = Some(false);
        while let Some(&block) = self.unit.blocks.last() {
            match block {
                Block::Loop if to_loop => {
                    reached = Some(true);
                    break;
                }
                Block::ExceptStar => {
                    self.fail("'break', 'continue' and 'return' cannot appear in an except* block", span);
                    reached = None;
                    break;
                }
                Block::Finally(body) if self.unwind_work < UNWIND_BUDGET => {
                    self.unit.blocks.pop();
                    self.unwind_depth += 1;
                    visit::walk_body(self, body);
                    self.unwind_depth -= 1;
                    if self.error.is_some() {
                        reached = None;
                        break;
                    }
                }
                _ => {
                    self.unit.blocks.pop();
                }
            }
        }
        self.unit.blocks = saved;
        reached
    }

    fn loop_exit(&mut self, message: &str, span: Span) {
        if self.unwind(true, span) == Some(false) {
            self.fail(message, span);
        }
    }

    fn ret(&mut self, value: Option<&'a Expr>, span: Span) {
        if !self.unit.is_function_block() {
            return self.fail("'return' outside function", span);
        }
        if value.is_some() && self.unit.async_generator {
            return self.fail("'return' with value in async generator", span);
        }
        if let Some(v) = value {
            self.visit_expr(v);
        }
        self.unwind(false, span);
    }

    fn ann_assign(&mut self, target: &'a Target, annotation: &'a Expr, value: Option<&'a Expr>, simple: bool) {
        if let Some(v) = value {
            self.visit_expr(v);
            self.store(target, Ctx::Store);
        }
        let module_or_class = matches!(self.unit.kind, UnitKind::Module | UnitKind::Class);
        match target {
            Target::Name(name, span) => {
                self.forbidden(name, Ctx::Store, *span);
                if simple && module_or_class && !self.features.annotations {
                    self.visit_expr(annotation);
                }
            }
            Target::Attribute { value: object, attr, span, .. } => {
                self.forbidden(attr, Ctx::Store, *span);
                if value.is_none() {
                    self.visit_expr(object);
                }
            }
            Target::Subscript { value: object, index, .. } if value.is_none() => {
                self.visit_expr(object);
                self.visit_expr(index);
            }
            _ => {}
        }
        if !simple && module_or_class && !self.features.annotations {
            self.visit_expr(annotation);
        }
    }

    fn for_loop(&mut self, stmt: &'a Stmt, is_async: bool, parts: (&'a Target, &'a Expr, &'a [Stmt], &'a [Stmt])) {
        let (target, iter, body, orelse) = parts;
        if is_async && self.unit.kind != UnitKind::AsyncFunction {
            return self.fail("'async for' outside async function", stmt.span);
        }
        if !self.push(Block::Loop, stmt.span) {
            return;
        }
        self.visit_expr(iter);
        self.store(target, Ctx::Store);
        visit::walk_body(self, body);
        self.pop();
        visit::walk_body(self, orelse);
    }

    fn with(&mut self, stmt: &'a Stmt, is_async: bool, items: &'a [WithItem], body: &'a [Stmt]) {
        if is_async && self.unit.kind != UnitKind::AsyncFunction {
            return self.fail("'async with' outside async function", stmt.span);
        }
        let mut pushed = 0;
        for item in items {
            if self.error.is_some() {
                break;
            }
            self.visit_expr(&item.context);
            if !self.push(Block::Other, stmt.span) {
                break;
            }
            pushed += 1;
            if let Some(t) = &item.target {
                self.store(t, Ctx::Store);
            }
        }
        if pushed == items.len() {
            visit::walk_body(self, body);
        }
        for _ in 0..pushed {
            self.pop();
        }
    }

    fn try_stmt(&mut self, stmt: &'a Stmt, parts: (&'a [Stmt], &'a [ExceptHandler], &'a [Stmt], &'a [Stmt], bool)) {
        let (body, handlers, orelse, finalbody, star) = parts;
        let saved = self.unit.blocks.len();
        let has_finally = !finalbody.is_empty();
        if has_finally && !self.push(Block::Finally(finalbody), stmt.span) {
            return;
        }
        if handlers.is_empty() {
            visit::walk_body(self, body);
        } else {
            self.try_except(stmt, body, handlers, orelse, star);
        }
        self.unit.blocks.truncate(saved);
        if has_finally && self.push(Block::Other, stmt.span) {
            visit::walk_body(self, finalbody);
        }
        self.unit.blocks.truncate(saved);
    }

    fn try_except(
        &mut self,
        stmt: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        star: bool,
    ) {
        if !self.push(Block::Other, stmt.span) {
            return;
        }
        visit::walk_body(self, body);
        self.pop();
        // A plain `try` compiles its `else` before its handlers, `try`/`except*` after.
        if !star {
            visit::walk_body(self, orelse);
        }
        if !self.push(if star { Block::ExceptStar } else { Block::Other }, stmt.span) {
            return;
        }
        for (i, h) in handlers.iter().enumerate() {
            if h.class.is_none() && i + 1 < handlers.len() {
                return self.fail("default 'except:' must be last", h.span);
            }
            if let Some(class) = &h.class {
                self.visit_expr(class);
            }
            if let Some(name) = &h.name {
                self.forbidden(name, Ctx::Store, h.span);
            }
            if !self.push(Block::Other, h.span) {
                return;
            }
            visit::walk_body(self, &h.body);
            self.pop();
        }
        self.pop();
        if star {
            visit::walk_body(self, orelse);
        }
    }

    /// Compiles a target (compiler_visit_expr in a Store or Del context).
    fn store(&mut self, target: &'a Target, ctx: Ctx) {
        if self.error.is_some() {
            return;
        }
        match target {
            Target::Name(name, span) => self.forbidden(name, ctx, *span),
            Target::Attribute { value, attr, span, .. } => {
                self.visit_expr(value);
                self.forbidden(attr, ctx, *span);
            }
            Target::Subscript { value, index, .. } => {
                self.visit_expr(value);
                self.visit_expr(index);
            }
            Target::Tuple(items, span) => {
                if ctx == Ctx::Store {
                    let mut stars = items.iter().enumerate().filter(|(_, t)| matches!(t, Target::Starred(..)));
                    if let Some((i, _)) = stars.next()
                        && i >= 256
                    {
                        return self.fail("too many expressions in star-unpacking assignment", *span);
                    }
                    if stars.next().is_some() {
                        return self.fail("multiple starred expressions in assignment", *span);
                    }
                }
                for t in items {
                    match t {
                        Target::Starred(inner, _) => self.store(inner, ctx),
                        _ => self.store(t, ctx),
                    }
                }
            }
            Target::Starred(_, span) => self.fail("starred assignment target must be in a list or tuple", *span),
        }
    }

    /// A comprehension: its body in a unit of its own, then its first iterable in the
    /// enclosing one.
    fn comprehension(&mut self, e: &'a Expr) {
        let Some((generators, elts)) = comprehension_parts(e) else { return };
        let genexp = matches!(e.kind, ExprKind::GeneratorExp { .. });
        let async_ok = matches!(self.unit.kind, UnitKind::AsyncFunction | UnitKind::Comprehension);
        if !genexp && !async_ok && comprehension_is_async(e) {
            return self.fail("asynchronous comprehension outside of an asynchronous function", e.span);
        }
        self.in_unit(Unit::new(UnitKind::Comprehension), |c| {
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    c.visit_expr(&g.iter);
                }
                c.store(&g.target, Ctx::Store);
                for cond in &g.ifs {
                    c.visit_expr(cond);
                }
            }
            for elt in elts {
                c.visit_expr(elt);
            }
        });
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Arg], span: Span) {
        self.visit_expr(func);
        let keywords = args.iter().filter_map(|a| match a {
            Arg::Keyword(k) => Some(k),
            _ => None,
        });
        self.keywords(keywords, span);
        for a in args.iter().filter(|a| matches!(a, Arg::Positional(_) | Arg::Starred(_))) {
            visit::walk_arg(self, a);
        }
        for a in args.iter().filter(|a| matches!(a, Arg::Keyword(_) | Arg::DoubleStarred(_))) {
            visit::walk_arg(self, a);
        }
    }

    /// A display's items: `*x` is at home there.
    fn items(&mut self, items: &'a [Expr]) {
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => self.visit_expr(inner),
                _ => self.visit_expr(item),
            }
        }
    }
}

impl<'a> Visitor<'a> for Codegen<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.error.is_some() {
            return;
        }
        if self.unwind_depth > 0 {
            self.unwind_work += 1;
        }
        let span = stmt.span;
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.function(def, span),
            StmtKind::ClassDef(class) => self.class(class, span),
            StmtKind::Return(value) => self.ret(value.as_ref(), span),
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.store(t, Ctx::Del);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value);
                for t in targets {
                    self.store(t, Ctx::Store);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                match target {
                    Target::Attribute { value: object, .. } => self.visit_expr(object),
                    Target::Subscript { value: object, index, .. } => {
                        self.visit_expr(object);
                        self.visit_expr(index);
                    }
                    _ => {}
                }
                self.visit_expr(value);
                match target {
                    Target::Name(name, span) => self.forbidden(name, Ctx::Store, *span),
                    Target::Attribute { attr, span, .. } => self.forbidden(attr, Ctx::Store, *span),
                    _ => {}
                }
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(target, annotation, value.as_ref(), *simple)
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                self.for_loop(stmt, *is_async, (target, iter, body, orelse))
            }
            StmtKind::While { test, body, orelse } => {
                if self.push(Block::Loop, span) {
                    self.visit_expr(test);
                    visit::walk_body(self, body);
                    self.pop();
                    visit::walk_body(self, orelse);
                }
            }
            StmtKind::With { is_async, items, body } => self.with(stmt, *is_async, items, body),
            StmtKind::Try { body, handlers, orelse, finalbody, star } => {
                self.try_stmt(stmt, (body, handlers, orelse, finalbody, *star))
            }
            StmtKind::Break => self.loop_exit("'break' outside loop", span),
            StmtKind::Continue => self.loop_exit("'continue' not properly in loop", span),
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = a.asname.as_deref().unwrap_or_else(|| a.name.split('.').next().unwrap_or(""));
                    self.forbidden(bound, Ctx::Store, span);
                }
            }
            StmtKind::ImportFrom { module, names, level, .. } => {
                let line = self.lines.line(span.start);
                if *level == 0 && module.as_deref() == Some("__future__") && line > self.features.last_line {
                    return self.fail("from __future__ imports must occur at the beginning of the file", span);
                }
                for a in names {
                    self.forbidden(a.asname.as_ref().unwrap_or(&a.name), Ctx::Store, span);
                }
            }
            _ => visit::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        if self.error.is_some() {
            return;
        }
        let span = e.span;
        match &e.kind {
            ExprKind::Starred(_) => self.fail("can't use starred expression here", span),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => self.items(items),
            ExprKind::Call { func, args } => self.call(func, args, span),
            ExprKind::NamedExpr { target, value, .. } => {
                self.visit_expr(value);
                self.forbidden(target, Ctx::Store, span);
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                if !self.unit.is_function_block() {
                    return self.fail("'yield' outside function", span);
                }
                if matches!(e.kind, ExprKind::YieldFrom(_)) && self.unit.kind == UnitKind::AsyncFunction {
                    return self.fail("'yield from' inside async function", span);
                }
                visit::walk_expr(self, e);
            }
            ExprKind::Await(_) => {
                if !self.unit.is_function_block() {
                    return self.fail("'await' outside function", span);
                }
                if !matches!(self.unit.kind, UnitKind::AsyncFunction | UnitKind::Comprehension) {
                    return self.fail("'await' outside async function", span);
                }
                visit::walk_expr(self, e);
            }
            ExprKind::Lambda(def) => {
                self.debug_params(&def.params, span);
                visit::walk_defaults(self, &def.params);
                self.in_unit(Unit::new(UnitKind::Lambda), |c| visit::walk_body(c, &def.body));
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e),
            _ => visit::walk_expr(self, e),
        }
    }
}
