//! The SyntaxErrors CPython raises after parsing, while compiling: first those of its
//! symbol table (duplicate parameters, `global` after use), in source order, then those
//! of its code generator (`await`/`return`/`break`/`continue` out of place, too many
//! nested blocks, a bare `except:` not last, a repeated keyword argument), in the order
//! it generates code. Messages and positions are CPython 3.11's.

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::parser::{CLASS_PLACEHOLDER, NONLOCAL_MARKER, placeholder_kind};
use std::collections::HashMap;

/// Runs both passes; the first error found is CPython's.
pub fn check(source: &str, module: &Module) -> Result<(), Diagnostic> {
    let symtable = Symtable { src: source };
    let mut scope = Scope { kind: ScopeKind::Module, ..Scope::default() };
    symtable.body(&mut scope, &module.body)?;
    symtable.analyze(&scope, None)?;
    let mut compiler = Compiler { src: source };
    compiler.body(&mut Unit::default(), &module.body)
}

const PARAM: u8 = 1;
const USE: u8 = 2;
const LOCAL: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;
const IMPORT: u8 = 32;
const ANNOT: u8 = 64;
/// CPython's DEF_BOUND.
const BOUND: u8 = PARAM | LOCAL | IMPORT;

#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    #[default]
    Function,
    Class,
    Module,
}

/// One of CPython's symbol-table blocks: what it has seen of each name, in the order
/// names first appeared (the order its analysis reports them in).
#[derive(Default)]
struct Scope {
    kind: ScopeKind,
    order: Vec<Name>,
    flags: HashMap<Name, u8>,
    /// `global` / `nonlocal` statements: errors about a name point at its first one.
    directives: Vec<(Name, Span)>,
    children: Vec<Scope>,
}

impl Scope {
    fn add(&mut self, name: &Name, flag: u8) {
        if !self.flags.contains_key(name) {
            self.order.push(name.clone());
        }
        *self.flags.entry(name.clone()).or_default() |= flag;
    }

    fn get(&self, name: &Name) -> u8 {
        self.flags.get(name).copied().unwrap_or(0)
    }
}

struct Symtable<'a> {
    src: &'a str,
}

impl Symtable<'_> {
    fn error<T>(&self, message: String, span: Span) -> Result<T, Diagnostic> {
        Err(Diagnostic::syntax(message, span, self.src))
    }

    fn body(&self, scope: &mut Scope, body: &[Stmt]) -> Result<(), Diagnostic> {
        body.iter().try_for_each(|s| self.stmt(scope, s))
    }

    fn stmt(&self, scope: &mut Scope, stmt: &Stmt) -> Result<(), Diagnostic> {
        match &stmt.kind {
            StmtKind::Expr(e) => uses(scope, e),
            StmtKind::Assign { targets, value } => {
                // An annotation (refused, kept as an assignment) also marks its name.
                let annotation = placeholder_kind(value) == Some("annotation");
                if annotation
                    && scope.kind != ScopeKind::Module
                    && let Some(Target::Name(name, _)) = targets.first()
                    && scope.get(name) & (GLOBAL | NONLOCAL) != 0
                {
                    let what = if scope.get(name) & GLOBAL != 0 { "global" } else { "nonlocal" };
                    return self.error(format!("annotated name '{name}' can't be {what}"), stmt.span);
                }
                let flag = if annotation { LOCAL | ANNOT } else { LOCAL };
                targets.iter().for_each(|t| target(scope, t, flag));
                uses(scope, value);
            }
            StmtKind::AugAssign { target: t, value, .. } => {
                target(scope, t, LOCAL);
                uses(scope, value);
            }
            StmtKind::If { test, body, orelse } => {
                uses(scope, test);
                self.body(scope, body)?;
                self.body(scope, orelse)?;
            }
            StmtKind::While { test, body } => {
                uses(scope, test);
                self.body(scope, body)?;
            }
            StmtKind::For { target: t, iter, body } => {
                target(scope, t, LOCAL);
                uses(scope, iter);
                self.body(scope, body)?;
            }
            StmtKind::Return(value) | StmtKind::Raise(value) => value.iter().for_each(|v| uses(scope, v)),
            StmtKind::Try { body, handlers, finalbody } => {
                self.body(scope, body)?;
                for h in handlers {
                    if let Some(class) = &h.class {
                        uses(scope, class);
                    }
                    if let Some(name) = &h.name {
                        scope.add(name, LOCAL);
                    }
                    self.body(scope, &h.body)?;
                }
                self.body(scope, finalbody)?;
            }
            StmtKind::FunctionDef(def) => self.function(scope, def)?,
            StmtKind::Global(names) => match names.split_first() {
                Some((marker, names)) if &**marker == NONLOCAL_MARKER => {
                    self.directive(scope, names, stmt.span, NONLOCAL)?
                }
                _ => self.directive(scope, names, stmt.span, GLOBAL)?,
            },
            StmtKind::Import(modules) => {
                for module in modules {
                    let bound = module.split('.').next().unwrap_or(module);
                    scope.add(&Name::from(bound), IMPORT);
                }
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        }
        Ok(())
    }

    /// `global` or `nonlocal` (the latter refused by Loopscope, but CPython's errors
    /// about it come first): the name must not have been seen before in the block.
    fn directive(&self, scope: &mut Scope, names: &[Name], span: Span, flag: u8) -> Result<(), Diagnostic> {
        let what = if flag == GLOBAL { "global" } else { "nonlocal" };
        for name in names {
            let flags = scope.get(name);
            let message = if flags & PARAM != 0 {
                format!("name '{name}' is parameter and {what}")
            } else if flags & USE != 0 {
                format!("name '{name}' is used prior to {what} declaration")
            } else if flags & ANNOT != 0 {
                format!("annotated name '{name}' can't be {what}")
            } else if flags & LOCAL != 0 {
                format!("name '{name}' is assigned to before {what} declaration")
            } else {
                scope.add(name, flag);
                scope.directives.push((name.clone(), span));
                continue;
            };
            return self.error(message, span);
        }
        Ok(())
    }

    fn function(&self, scope: &mut Scope, def: &FunctionDef) -> Result<(), Diagnostic> {
        let class = &*def.name == CLASS_PLACEHOLDER;
        if !class {
            scope.add(&def.name, LOCAL);
        }
        for param in &def.params {
            if let Some(default) = &param.default {
                uses(scope, default);
            }
        }
        let mut inner = Scope { kind: if class { ScopeKind::Class } else { ScopeKind::Function }, ..Scope::default() };
        for param in &def.params {
            if inner.flags.contains_key(&param.name) {
                return self.error(format!("duplicate argument '{}' in function definition", param.name), param.span);
            }
            inner.add(&param.name, PARAM);
        }
        self.body(&mut inner, &def.body)?;
        scope.children.push(inner);
        Ok(())
    }

    /// CPython's analysis, once every block is built: `global` and `nonlocal` of one
    /// name, `nonlocal` at module level or without a binding in an enclosing function.
    /// `bound`: names bound by the enclosing functions (`None` for the module).
    fn analyze(&self, scope: &Scope, bound: Option<&[Name]>) -> Result<(), Diagnostic> {
        for name in &scope.order {
            let flags = scope.get(name);
            let directive = || scope.directives.iter().find(|(n, _)| n == name).map(|&(_, span)| span);
            let message = if flags & GLOBAL != 0 && flags & NONLOCAL != 0 {
                format!("name '{name}' is nonlocal and global")
            } else if flags & NONLOCAL != 0 && bound.is_none() {
                "nonlocal declaration not allowed at module level".to_string()
            } else if flags & NONLOCAL != 0 && !bound.is_some_and(|b| b.contains(name)) {
                format!("no binding for nonlocal '{name}' found")
            } else {
                continue;
            };
            return self.error(message, directive().unwrap_or_default());
        }
        let mut inner: Vec<Name> = bound.map(<[Name]>::to_vec).unwrap_or_default();
        if scope.kind == ScopeKind::Function {
            inner.extend(
                scope
                    .order
                    .iter()
                    .filter(|n| scope.get(n) & BOUND != 0 && scope.get(n) & (GLOBAL | NONLOCAL) == 0)
                    .cloned(),
            );
        }
        for child in &scope.children {
            self.analyze(child, Some(&inner))?;
        }
        Ok(())
    }
}

/// Marks the names a target binds (and the names its subscripts read).
fn target(scope: &mut Scope, target_: &Target, flag: u8) {
    match target_ {
        Target::Name(name, _) => scope.add(name, flag),
        Target::Subscript { value, index, .. } => {
            uses(scope, value);
            uses(scope, index);
        }
        Target::Tuple(items, _) => items.iter().for_each(|t| target(scope, t, flag)),
    }
}

/// Whether a statement contains a `yield` of its own function (not of a nested one).
fn stmt_yields(stmt: &Stmt) -> bool {
    let body_yields = |body: &[Stmt]| body.iter().any(stmt_yields);
    match &stmt.kind {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) | StmtKind::Raise(Some(e)) => expr_yields(e),
        StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => expr_yields(value),
        StmtKind::If { test, body, orelse } => expr_yields(test) || body_yields(body) || body_yields(orelse),
        StmtKind::While { test, body } => expr_yields(test) || body_yields(body),
        StmtKind::For { iter, body, .. } => expr_yields(iter) || body_yields(body),
        StmtKind::Try { body, handlers, finalbody } => {
            body_yields(body) || handlers.iter().any(|h| body_yields(&h.body)) || body_yields(finalbody)
        }
        _ => false,
    }
}

fn expr_yields(e: &Expr) -> bool {
    if placeholder_kind(e) == Some("yield expression") {
        return true;
    }
    let mut found = false;
    children(e, &mut |child| found = found || expr_yields(child));
    found
}

/// Marks every name read in `e` as used.
fn uses(scope: &mut Scope, e: &Expr) {
    if let ExprKind::Name(n) = &e.kind {
        scope.add(n, USE);
    }
    children(e, &mut |child| uses(scope, child));
}

/// Calls `f` on each direct subexpression of `e`, in CPython's code generation order.
fn children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Name(_) => {}
        ExprKind::FString(parts) => fparts(parts, f),
        ExprKind::List(items) | ExprKind::Tuple(items) => items.iter().for_each(f),
        ExprKind::Attribute { value, .. } | ExprKind::Await(value) => f(value),
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Call { func, args } => {
            f(func);
            for arg in args {
                match arg {
                    Arg::Positional(v) | Arg::Starred(v) | Arg::Keyword { value: v, .. } => f(v),
                }
            }
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::Compare { left, ops } => {
            f(left);
            ops.iter().for_each(|(_, v)| f(v));
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
    }
}

fn fparts(parts: &[FPart], f: &mut dyn FnMut(&Expr)) {
    for part in parts {
        if let FPart::Field { expr, spec, .. } = part {
            f(expr);
            fparts(spec, f);
        }
    }
}

/// CPython's CO_MAXBLOCKS: loops and `try` blocks nest at most 20 deep per function.
const MAX_BLOCKS: u32 = 20;

/// The code generator's view of the function being compiled.
#[derive(Default)]
struct Unit {
    in_function: bool,
    is_async: bool,
    /// An `async def` with a `yield` (refused, but CPython's errors come first).
    async_generator: bool,
    loops: u32,
    blocks: u32,
}

struct Compiler<'a> {
    src: &'a str,
}

impl Compiler<'_> {
    fn error<T>(&self, message: &str, span: Span) -> Result<T, Diagnostic> {
        Err(Diagnostic::syntax(message, span, self.src))
    }

    fn body(&mut self, unit: &mut Unit, body: &[Stmt]) -> Result<(), Diagnostic> {
        body.iter().try_for_each(|s| self.stmt(unit, s))
    }

    /// Pushes a frame block (a loop, a `try` body, a handler...), as CPython counts them.
    fn push(&self, unit: &mut Unit, span: Span) -> Result<(), Diagnostic> {
        if unit.blocks >= MAX_BLOCKS {
            return self.error("too many statically nested blocks", span);
        }
        unit.blocks += 1;
        Ok(())
    }

    fn stmt(&mut self, unit: &mut Unit, stmt: &Stmt) -> Result<(), Diagnostic> {
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(unit, e),
            StmtKind::Assign { targets, value } => {
                self.expr(unit, value)?;
                targets.iter().try_for_each(|t| self.target(unit, t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(unit, target)?;
                self.expr(unit, value)
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(unit, test)?;
                self.body(unit, body)?;
                self.body(unit, orelse)
            }
            StmtKind::While { test, body } => {
                self.push(unit, stmt.span)?;
                self.expr(unit, test)?;
                self.loop_body(unit, body)
            }
            StmtKind::For { target, iter, body } => {
                self.expr(unit, iter)?;
                self.push(unit, stmt.span)?;
                self.target(unit, target)?;
                self.loop_body(unit, body)
            }
            StmtKind::Break if unit.loops == 0 => self.error("'break' outside loop", stmt.span),
            StmtKind::Continue if unit.loops == 0 => self.error("'continue' not properly in loop", stmt.span),
            StmtKind::Return(value) => {
                if !unit.in_function {
                    return self.error("'return' outside function", stmt.span);
                }
                if unit.async_generator && value.is_some() {
                    return self.error("'return' with value in async generator", stmt.span);
                }
                value.iter().try_for_each(|v| self.expr(unit, v))
            }
            StmtKind::Raise(value) => value.iter().try_for_each(|v| self.expr(unit, v)),
            StmtKind::Try { body, handlers, finalbody } => self.try_stmt(unit, stmt.span, body, handlers, finalbody),
            StmtKind::FunctionDef(def) => {
                for param in &def.params {
                    if let Some(default) = &param.default {
                        self.expr(unit, default)?;
                    }
                }
                // A class body (refused, but checked) is a code unit that is no function.
                let mut inner = Unit {
                    in_function: &*def.name != CLASS_PLACEHOLDER,
                    is_async: def.is_async,
                    async_generator: def.is_async && def.body.iter().any(stmt_yields),
                    ..Unit::default()
                };
                self.body(&mut inner, &def.body)
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Global(_) | StmtKind::Import(_) => Ok(()),
        }
    }

    fn loop_body(&mut self, unit: &mut Unit, body: &[Stmt]) -> Result<(), Diagnostic> {
        unit.loops += 1;
        let result = self.body(unit, body);
        unit.loops -= 1;
        unit.blocks -= 1;
        result
    }

    fn try_stmt(
        &mut self,
        unit: &mut Unit,
        span: Span,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        finalbody: &[Stmt],
    ) -> Result<(), Diagnostic> {
        let saved = unit.blocks;
        let has_finally = !finalbody.is_empty();
        if has_finally {
            self.push(unit, span)?; // FINALLY_TRY
        }
        if !handlers.is_empty() {
            self.push(unit, span)?; // TRY_EXCEPT
            self.body(unit, body)?;
            unit.blocks -= 1;
            self.push(unit, span)?; // EXCEPTION_HANDLER
            for (i, h) in handlers.iter().enumerate() {
                if h.class.is_none() && i + 1 < handlers.len() {
                    return self.error("default 'except:' must be last", h.span);
                }
                if let Some(class) = &h.class {
                    self.expr(unit, class)?;
                }
                self.push(unit, h.span)?; // HANDLER_CLEANUP
                self.body(unit, &h.body)?;
                unit.blocks -= 1;
            }
        } else {
            self.body(unit, body)?;
        }
        unit.blocks = saved;
        if has_finally {
            self.push(unit, span)?; // FINALLY_END
            self.body(unit, finalbody)?;
        }
        unit.blocks = saved;
        Ok(())
    }

    fn target(&mut self, unit: &mut Unit, target: &Target) -> Result<(), Diagnostic> {
        match target {
            Target::Name(..) => Ok(()),
            Target::Subscript { value, index, .. } => {
                self.expr(unit, value)?;
                self.expr(unit, index)
            }
            Target::Tuple(items, _) => items.iter().try_for_each(|t| self.target(unit, t)),
        }
    }

    fn expr(&mut self, unit: &mut Unit, e: &Expr) -> Result<(), Diagnostic> {
        if placeholder_kind(e) == Some("yield expression") && !unit.in_function {
            return self.error("'yield' outside function", e.span);
        }
        match &e.kind {
            ExprKind::Await(_) if !unit.in_function => return self.error("'await' outside function", e.span),
            ExprKind::Await(_) if !unit.is_async => return self.error("'await' outside async function", e.span),
            ExprKind::Call { func, args } => {
                self.expr(unit, func)?;
                self.repeated_keywords(args)?;
                for arg in args {
                    match arg {
                        Arg::Positional(v) | Arg::Starred(v) | Arg::Keyword { value: v, .. } => self.expr(unit, v)?,
                    }
                }
                return Ok(());
            }
            _ => {}
        }
        let mut result = Ok(());
        children(e, &mut |child| {
            if result.is_ok() {
                result = self.expr(unit, child);
            }
        });
        result
    }

    fn repeated_keywords(&self, args: &[Arg]) -> Result<(), Diagnostic> {
        let keywords: Vec<(&Name, Span)> = args
            .iter()
            .filter_map(|a| match a {
                Arg::Keyword { name, span, .. } => Some((name, *span)),
                _ => None,
            })
            .collect();
        for (i, (name, span)) in keywords.iter().enumerate() {
            if keywords.iter().take(i).any(|(n, _)| n == name) {
                return Err(Diagnostic::syntax(format!("keyword argument repeated: {name}"), *span, self.src));
            }
        }
        Ok(())
    }
}
