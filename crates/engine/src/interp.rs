//! The interpreter: executes the syntax tree as `async` Rust, so that every scenario task
//! is a real future that suspends exactly where the Python coroutine awaits.
//!
//! Statements are always executed through `async` functions (boxed where they recurse);
//! expressions that cannot suspend (`Expr::sync`, computed by `analysis`) take a plain
//! synchronous path, which keeps arithmetic and builtin calls cheap.

use crate::ast::{Arg, BoolOp, CmpOp, Expr, ExprKind, FPart, Name, Span, Stmt, StmtKind, Target, UnaryOp};
use crate::format::{Spec, format_float, format_int, format_str};
use crate::fxhash::{FxHashMap, FxHashSet};
use crate::host::Host;
use crate::limits::Limits;
use crate::runtime::Runtime;
use crate::trace::{EventKind, TaskId, Trace};
use crate::value::{
    Builtin, CoroBody, Coroutine, Exc, ExcClass, Exception, Function, MAX_REPR, ModuleName, Value, binary_op, compare,
};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// Why execution left the normal path.
#[derive(Debug)]
pub enum Flow {
    Exc(Exc),
    Return(Value),
    Break,
    Continue,
    /// The run is over (a limit, a deadlock, Stop): unwind everything, run no `finally`.
    Halt,
}

impl From<Exc> for Flow {
    fn from(e: Exc) -> Flow {
        Flow::Exc(e)
    }
}

pub type Res<T> = Result<T, Flow>;
pub type BoxFut<'a, T> = Pin<Box<dyn Future<Output = Res<T>> + 'a>>;

/// Why the run halted, when it did not end normally.
#[derive(Debug, Clone)]
pub enum Halt {
    Error(String),
    Stopped,
}

/// A function's variables; module-level code uses the globals instead.
pub struct Env {
    pub vars: RefCell<FxHashMap<Name, Value>>,
    pub locals: Rc<FxHashSet<Name>>,
    pub parent: Option<Rc<Env>>,
}

/// Per-task execution state threaded through the interpreter.
pub struct Ctx {
    /// The task running this code; `None` at module level.
    pub task: Option<TaskId>,
    /// Nested calls in this task (RecursionError past the limit).
    pub depth: usize,
    /// Exceptions being handled (`except` bodies), for a bare `raise`.
    pub handling: Vec<Exc>,
    /// Byte offset of the statement being executed (where an `await` suspends).
    pub at: u32,
}

pub struct Interp {
    pub rt: RefCell<Runtime>,
    pub globals: RefCell<FxHashMap<Name, Value>>,
    pub trace: Rc<RefCell<Trace>>,
    pub limits: Limits,
    pub host: Rc<dyn Host>,
    pub stop: Rc<Cell<bool>>,
    pub halt: RefCell<Option<Halt>>,
    steps: Cell<u64>,
    /// Steps left before the next check for yielding to the host.
    budget: Cell<u32>,
    /// Set by a task that paused only to give the host a turn (see `Preempt`).
    pub preempted: Cell<bool>,
    /// Completed printed lines, and whether a line is open (for the line limit).
    lines: Cell<usize>,
    line_open: Cell<bool>,
    source: Rc<str>,
    line_starts: Vec<u32>,
    /// Whether an `asyncio.run` loop is running (nested calls are an error).
    pub loop_running: Cell<bool>,
    /// This interpreter, for the task futures that must own a reference to it.
    me: std::rc::Weak<Interp>,
}

/// Steps between two checks of `Host::should_yield` and the stop switch.
const YIELD_CHECK_STEPS: u32 = 1024;

impl Interp {
    pub fn new(
        source: Rc<str>,
        limits: Limits,
        host: Rc<dyn Host>,
        trace: Rc<RefCell<Trace>>,
        stop: Rc<Cell<bool>>,
    ) -> Rc<Interp> {
        let mut line_starts = vec![0];
        line_starts.extend(source.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i as u32 + 1));
        Rc::new_cyclic(|me| Interp {
            me: me.clone(),
            rt: RefCell::new(Runtime::new(trace.clone())),
            globals: RefCell::new(FxHashMap::default()),
            trace,
            limits,
            host,
            stop,
            halt: RefCell::new(None),
            steps: Cell::new(0),
            budget: Cell::new(YIELD_CHECK_STEPS),
            preempted: Cell::new(false),
            lines: Cell::new(0),
            line_open: Cell::new(false),
            source,
            line_starts,
            loop_running: Cell::new(false),
        })
    }

    pub fn self_rc(&self) -> Option<Rc<Interp>> {
        self.me.upgrade()
    }

    /// (line, column) of a span's start, 1-based, columns in characters.
    pub fn position(&self, span: Span) -> (u32, u32) {
        let offset = (span.start as usize).min(self.source.len());
        let line = self.line_starts.partition_point(|&s| s as usize <= offset).saturating_sub(1);
        let start = self.line_starts.get(line).copied().unwrap_or(0) as usize;
        let col = self.source.get(start..offset).map(|s| s.chars().count()).unwrap_or(0);
        (line as u32 + 1, col as u32 + 1)
    }

    /// Stops the run with an engine error (`LimitError: ...`, `Deadlock: ...`).
    pub fn halt_with(&self, message: impl Into<String>) -> Flow {
        let mut halt = self.halt.borrow_mut();
        if halt.is_none() {
            *halt = Some(Halt::Error(message.into()));
        }
        Flow::Halt
    }

    pub fn halt_stopped(&self) -> Flow {
        let mut halt = self.halt.borrow_mut();
        if halt.is_none() {
            *halt = Some(Halt::Stopped);
        }
        Flow::Halt
    }

    pub fn now(&self) -> f64 {
        self.rt.borrow().now
    }

    /// Counts `n` interpreter steps against the limit.
    pub fn charge(&self, n: u64) -> Res<()> {
        let steps = self.steps.get().saturating_add(n);
        self.steps.set(steps);
        if steps > self.limits.max_steps {
            return Err(self.halt_with("LimitError: step limit reached"));
        }
        Ok(())
    }

    /// One step; every `YIELD_CHECK_STEPS` also gives the host a turn if it needs one.
    async fn tick(&self, ctx: &Ctx) -> Res<()> {
        self.charge(1)?;
        let b = self.budget.get();
        if b > 0 {
            self.budget.set(b - 1);
            return Ok(());
        }
        self.budget.set(YIELD_CHECK_STEPS);
        if self.stop.get() {
            return Err(self.halt_stopped());
        }
        if self.host.should_yield() {
            if ctx.task.is_some() {
                // Inside a task: return Pending to the driver, which yields to the host
                // and polls this same task again; no other handle runs meanwhile.
                self.preempted.set(true);
                SuspendOnce::default().await;
            } else {
                self.host.yield_now().await;
            }
            if self.stop.get() {
                return Err(self.halt_stopped());
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------------ statements

    pub async fn exec_block(&self, ctx: &mut Ctx, env: &Option<Rc<Env>>, body: &[Stmt]) -> Res<()> {
        for stmt in body {
            self.exec_stmt(ctx, env, stmt).await?;
        }
        Ok(())
    }

    /// A block inside a compound statement: boxed, because blocks nest (the only
    /// allocation on the statement path, made once per block run, not per statement).
    fn exec_nested<'a>(&'a self, ctx: &'a mut Ctx, env: &'a Option<Rc<Env>>, body: &'a [Stmt]) -> BoxFut<'a, ()> {
        Box::pin(self.exec_block(ctx, env, body))
    }

    async fn exec_stmt(&self, ctx: &mut Ctx, env: &Option<Rc<Env>>, stmt: &Stmt) -> Res<()> {
        self.tick(ctx).await?;
        ctx.at = stmt.span.start;
        let r = self.exec_stmt_inner(ctx, env, stmt).await;
        if let Err(Flow::Exc(e)) = &r
            && e.at.get().is_none()
        {
            e.at.set(Some(self.position(stmt.span)));
        }
        r
    }

    async fn exec_stmt_inner(&self, ctx: &mut Ctx, env: &Option<Rc<Env>>, stmt: &Stmt) -> Res<()> {
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.eval(ctx, env, e).await?;
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(ctx, env, value).await?;
                for t in targets {
                    self.assign(ctx, env, t, v.clone()).await?;
                }
            }
            StmtKind::AugAssign { target, op, value } => match target {
                Target::Name(name, _) => {
                    let old = self.lookup(env, name)?;
                    let rhs = self.eval(ctx, env, value).await?;
                    let new = binary_op(*op, &old, &rhs)?;
                    self.store(env, name, new);
                }
                Target::Subscript { value: obj, index, .. } => {
                    let o = self.eval(ctx, env, obj).await?;
                    let i = self.eval(ctx, env, index).await?;
                    let old = o.index(&i)?;
                    let rhs = self.eval(ctx, env, value).await?;
                    let new = binary_op(*op, &old, &rhs)?;
                    set_item(&o, &i, new)?;
                }
                Target::Tuple(..) => {
                    return Err(exc(ExcClass::TypeError, "illegal expression for augmented assignment"));
                }
            },
            StmtKind::If { test, body, orelse } => {
                let v = self.eval(ctx, env, test).await?;
                if v.truthy() {
                    self.exec_nested(ctx, env, body).await?;
                } else {
                    self.exec_nested(ctx, env, orelse).await?;
                }
            }
            StmtKind::While { test, body } => loop {
                let v = self.eval(ctx, env, test).await?;
                if !v.truthy() {
                    break;
                }
                match self.exec_nested(ctx, env, body).await {
                    Ok(()) | Err(Flow::Continue) => {}
                    Err(Flow::Break) => break,
                    Err(other) => return Err(other),
                }
                self.tick(ctx).await?;
            },
            StmtKind::For { target, iter, body } => {
                let it = self.eval(ctx, env, iter).await?;
                for item in ForIter::new(&it)? {
                    self.assign(ctx, env, target, item).await?;
                    match self.exec_nested(ctx, env, body).await {
                        Ok(()) | Err(Flow::Continue) => {}
                        Err(Flow::Break) => break,
                        Err(other) => return Err(other),
                    }
                    self.tick(ctx).await?;
                }
            }
            StmtKind::Break => return Err(Flow::Break),
            StmtKind::Continue => return Err(Flow::Continue),
            StmtKind::Pass | StmtKind::Global(_) => {}
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => self.eval(ctx, env, e).await?,
                    None => Value::None,
                };
                return Err(Flow::Return(v));
            }
            StmtKind::Raise(value) => {
                let e = match value {
                    None => match ctx.handling.last() {
                        Some(e) => e.clone(),
                        None => Exception::new(ExcClass::RuntimeError, "No active exception to reraise"),
                    },
                    Some(expr) => {
                        let v = self.eval(ctx, env, expr).await?;
                        to_exception(v)?
                    }
                };
                return Err(Flow::Exc(e));
            }
            StmtKind::Try { body, handlers, finalbody } => {
                let mut r = self.exec_nested(ctx, env, body).await;
                if let Err(Flow::Exc(e)) = &r {
                    let e = e.clone();
                    for h in handlers {
                        let matches = match &h.class {
                            None => true,
                            Some(c) => {
                                let class = self.eval(ctx, env, c).await?;
                                exception_matches(&e, &class)?
                            }
                        };
                        if matches {
                            if let Some(name) = &h.name {
                                self.store(env, name, Value::Exception(e.clone()));
                            }
                            ctx.handling.push(e.clone());
                            r = self.exec_nested(ctx, env, &h.body).await;
                            ctx.handling.pop();
                            if let Some(name) = &h.name {
                                self.unbind(env, name);
                            }
                            break;
                        }
                    }
                }
                if matches!(r, Err(Flow::Halt)) || finalbody.is_empty() {
                    return r;
                }
                self.exec_nested(ctx, env, finalbody).await?;
                return r;
            }
            StmtKind::FunctionDef(def) => {
                let mut defaults = Vec::new();
                for p in &def.params {
                    if let Some(d) = &p.default {
                        defaults.push(self.eval(ctx, env, d).await?);
                    }
                }
                let locals = Rc::new(crate::analysis::function_locals(def));
                let func = Function { def: def.clone(), defaults, locals, enclosing: env.clone() };
                self.store(env, &def.name, Value::Func(Rc::new(func)));
            }
            StmtKind::Import(names) => {
                for n in names {
                    let m = match &**n {
                        "asyncio" => ModuleName::Asyncio,
                        "time" => ModuleName::Time,
                        other => {
                            return Err(exc(ExcClass::RuntimeError, format!("module '{other}' is not supported")));
                        }
                    };
                    self.store(env, n, Value::Module(m));
                }
            }
        }
        Ok(())
    }

    async fn assign(&self, ctx: &mut Ctx, env: &Option<Rc<Env>>, target: &Target, v: Value) -> Res<()> {
        match target {
            Target::Name(name, _) => {
                self.store(env, name, v);
                Ok(())
            }
            _ => self.assign_complex(ctx, env, target, v).await,
        }
    }

    fn assign_complex<'a>(
        &'a self,
        ctx: &'a mut Ctx,
        env: &'a Option<Rc<Env>>,
        target: &'a Target,
        v: Value,
    ) -> BoxFut<'a, ()> {
        Box::pin(async move {
            match target {
                Target::Name(name, _) => self.store(env, name, v),
                Target::Subscript { value, index, .. } => {
                    let o = self.eval(ctx, env, value).await?;
                    let i = self.eval(ctx, env, index).await?;
                    set_item(&o, &i, v)?;
                }
                Target::Tuple(targets, _) => {
                    let items = v.iterate()?;
                    if items.len() != targets.len() {
                        let msg = if items.len() > targets.len() {
                            format!("too many values to unpack (expected {})", targets.len())
                        } else {
                            format!("not enough values to unpack (expected {}, got {})", targets.len(), items.len())
                        };
                        return Err(exc(ExcClass::ValueError, msg));
                    }
                    for (t, item) in targets.iter().zip(items) {
                        self.assign(ctx, env, t, item).await?;
                    }
                }
            }
            Ok(())
        })
    }

    // ------------------------------------------------------------------ variables

    pub fn store(&self, env: &Option<Rc<Env>>, name: &Name, v: Value) {
        if let Some(e) = env {
            // Fast path: the local already exists (one hash instead of two).
            if let Some(slot) = e.vars.borrow_mut().get_mut(name) {
                *slot = v;
                return;
            }
        }
        match env {
            Some(e) if e.locals.contains(name) => {
                e.vars.borrow_mut().insert(name.clone(), v);
            }
            _ => {
                self.globals.borrow_mut().insert(name.clone(), v);
            }
        }
    }

    fn unbind(&self, env: &Option<Rc<Env>>, name: &Name) {
        match env {
            Some(e) if e.locals.contains(name) => {
                e.vars.borrow_mut().remove(name);
            }
            _ => {
                self.globals.borrow_mut().remove(name);
            }
        }
    }

    pub fn lookup(&self, env: &Option<Rc<Env>>, name: &Name) -> Result<Value, Exc> {
        if let Some(e) = env {
            if let Some(v) = e.vars.borrow().get(name) {
                return Ok(v.clone());
            }
            if e.locals.contains(name) {
                return e.vars.borrow().get(name).cloned().ok_or_else(|| {
                    Exception::new(
                        ExcClass::UnboundLocalError,
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    )
                });
            }
            let mut outer = e.parent.as_ref();
            while let Some(o) = outer {
                if o.locals.contains(name) {
                    return o.vars.borrow().get(name).cloned().ok_or_else(|| {
                        Exception::new(
                            ExcClass::NameError,
                            format!(
                                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                            ),
                        )
                    });
                }
                outer = o.parent.as_ref();
            }
        }
        if let Some(v) = self.globals.borrow().get(name) {
            return Ok(v.clone());
        }
        if let Some(b) = Builtin::global(name) {
            return Ok(Value::Builtin(b));
        }
        if let Some(c) = ExcClass::builtin(name) {
            return Ok(Value::ExcClass(c));
        }
        Err(Exception::new(ExcClass::NameError, format!("name '{name}' is not defined")))
    }

    // ------------------------------------------------------------------ expressions

    /// Evaluates an expression, synchronously when it cannot suspend.
    pub async fn eval(&self, ctx: &mut Ctx, env: &Option<Rc<Env>>, e: &Expr) -> Res<Value> {
        if e.sync {
            return self.eval_sync(ctx, env, e);
        }
        self.eval_boxed(ctx, env, e).await
    }

    /// Expressions that may suspend nest: boxed.
    fn eval_boxed<'a>(&'a self, ctx: &'a mut Ctx, env: &'a Option<Rc<Env>>, e: &'a Expr) -> BoxFut<'a, Value> {
        Box::pin(self.eval_async(ctx, env, e))
    }

    async fn eval_async(&self, ctx: &mut Ctx, env: &Option<Rc<Env>>, e: &Expr) -> Res<Value> {
        match &e.kind {
            ExprKind::Await(inner) => {
                let v = self.eval(ctx, env, inner).await?;
                self.await_value(ctx, v).await
            }
            ExprKind::Call { func, args } => {
                let callee = self.eval(ctx, env, func).await?;
                let (pos, kw) = self.eval_args(ctx, env, args).await?;
                self.call(ctx, callee, pos, kw).await
            }
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(self.eval(ctx, env, i).await?);
                }
                Ok(if matches!(e.kind, ExprKind::List(_)) {
                    Value::List(Rc::new(RefCell::new(out)))
                } else {
                    Value::Tuple(out.into())
                })
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.eval(ctx, env, value).await?;
                Ok(self.get_attr(&obj, attr)?)
            }
            ExprKind::Subscript { value, index } => {
                let o = self.eval(ctx, env, value).await?;
                let i = self.eval(ctx, env, index).await?;
                Ok(o.index(&i)?)
            }
            ExprKind::BinOp { op, left, right } => {
                let l = self.eval(ctx, env, left).await?;
                let r = self.eval(ctx, env, right).await?;
                Ok(binary_op(*op, &l, &r)?)
            }
            ExprKind::UnaryOp { op, operand } => {
                let v = self.eval(ctx, env, operand).await?;
                Ok(unary_op(*op, &v)?)
            }
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for v in values {
                    last = self.eval(ctx, env, v).await?;
                    let t = last.truthy();
                    if (*op == BoolOp::And && !t) || (*op == BoolOp::Or && t) {
                        break;
                    }
                }
                Ok(last)
            }
            ExprKind::Compare { left, ops } => {
                let mut l = self.eval(ctx, env, left).await?;
                for (op, right) in ops {
                    let r = self.eval(ctx, env, right).await?;
                    if !compare_op(*op, &l, &r)? {
                        return Ok(Value::Bool(false));
                    }
                    l = r;
                }
                Ok(Value::Bool(true))
            }
            ExprKind::IfExp { test, body, orelse } => {
                if self.eval(ctx, env, test).await?.truthy() {
                    self.eval(ctx, env, body).await
                } else {
                    self.eval(ctx, env, orelse).await
                }
            }
            ExprKind::FString(parts) => {
                let mut out = String::new();
                for p in parts {
                    self.fstring_part(ctx, env, p, &mut out).await?;
                }
                Ok(Value::Str(out.into()))
            }
            _ => self.eval_sync(ctx, env, e),
        }
    }

    fn fstring_part<'a>(
        &'a self,
        ctx: &'a mut Ctx,
        env: &'a Option<Rc<Env>>,
        p: &'a FPart,
        out: &'a mut String,
    ) -> BoxFut<'a, ()> {
        Box::pin(async move {
            match p {
                FPart::Literal(s) => out.push_str(s),
                FPart::Field { expr, conversion, spec } => {
                    let v = self.eval(ctx, env, expr).await?;
                    let mut spec_text = String::new();
                    for sp in spec {
                        self.fstring_part(ctx, env, sp, &mut spec_text).await?;
                    }
                    out.push_str(&self.format_field(&v, *conversion, &spec_text)?);
                }
            }
            Ok(())
        })
    }

    fn eval_sync(&self, ctx: &mut Ctx, env: &Option<Rc<Env>>, e: &Expr) -> Res<Value> {
        Ok(match &e.kind {
            ExprKind::Int(i) => Value::Int(*i),
            ExprKind::Float(f) => Value::Float(*f),
            ExprKind::Str(s) => Value::Str(s.clone()),
            ExprKind::Bool(b) => Value::Bool(*b),
            ExprKind::None => Value::None,
            ExprKind::Name(n) => self.lookup(env, n)?,
            ExprKind::List(items) => {
                let v: Res<Vec<Value>> = items.iter().map(|i| self.eval_sync(ctx, env, i)).collect();
                Value::List(Rc::new(RefCell::new(v?)))
            }
            ExprKind::Tuple(items) => {
                let v: Res<Vec<Value>> = items.iter().map(|i| self.eval_sync(ctx, env, i)).collect();
                Value::Tuple(v?.into())
            }
            ExprKind::Attribute { value, attr, .. } => {
                let obj = self.eval_sync(ctx, env, value)?;
                self.get_attr(&obj, attr)?
            }
            ExprKind::Subscript { value, index } => {
                let o = self.eval_sync(ctx, env, value)?;
                let i = self.eval_sync(ctx, env, index)?;
                o.index(&i)?
            }
            ExprKind::Call { func, args } => {
                let callee = self.eval_sync(ctx, env, func)?;
                let mut pos = Vec::with_capacity(args.len());
                let mut kw = Vec::new();
                for a in args {
                    match a {
                        Arg::Positional(x) => pos.push(self.eval_sync(ctx, env, x)?),
                        Arg::Starred(x) => pos.extend(self.eval_sync(ctx, env, x)?.iterate()?),
                        Arg::Keyword { name, value, .. } => kw.push((name.clone(), self.eval_sync(ctx, env, value)?)),
                    }
                }
                self.charge(1)?;
                self.call_sync(ctx, callee, pos, kw)?
            }
            ExprKind::BinOp { op, left, right } => {
                let l = self.eval_sync(ctx, env, left)?;
                let r = self.eval_sync(ctx, env, right)?;
                binary_op(*op, &l, &r)?
            }
            ExprKind::UnaryOp { op, operand } => unary_op(*op, &self.eval_sync(ctx, env, operand)?)?,
            ExprKind::BoolOp { op, values } => {
                let mut last = Value::None;
                for v in values {
                    last = self.eval_sync(ctx, env, v)?;
                    let t = last.truthy();
                    if (*op == BoolOp::And && !t) || (*op == BoolOp::Or && t) {
                        break;
                    }
                }
                last
            }
            ExprKind::Compare { left, ops } => {
                let mut l = self.eval_sync(ctx, env, left)?;
                for (op, right) in ops {
                    let r = self.eval_sync(ctx, env, right)?;
                    if !compare_op(*op, &l, &r)? {
                        return Ok(Value::Bool(false));
                    }
                    l = r;
                }
                Value::Bool(true)
            }
            ExprKind::IfExp { test, body, orelse } => {
                if self.eval_sync(ctx, env, test)?.truthy() {
                    self.eval_sync(ctx, env, body)?
                } else {
                    self.eval_sync(ctx, env, orelse)?
                }
            }
            ExprKind::FString(parts) => {
                let mut out = String::new();
                self.fstring_sync(ctx, env, parts, &mut out)?;
                Value::Str(out.into())
            }
            ExprKind::Await(_) => {
                return Err(exc(ExcClass::RuntimeError, "internal error: await evaluated synchronously"));
            }
        })
    }

    fn fstring_sync(&self, ctx: &mut Ctx, env: &Option<Rc<Env>>, parts: &[FPart], out: &mut String) -> Res<()> {
        for p in parts {
            match p {
                FPart::Literal(s) => out.push_str(s),
                FPart::Field { expr, conversion, spec } => {
                    let v = self.eval_sync(ctx, env, expr)?;
                    let mut spec_text = String::new();
                    self.fstring_sync(ctx, env, spec, &mut spec_text)?;
                    out.push_str(&self.format_field(&v, *conversion, &spec_text)?);
                }
            }
        }
        Ok(())
    }

    /// One f-string replacement field: conversion, then `format(value, spec)`.
    fn format_field(&self, v: &Value, conversion: Option<char>, spec: &str) -> Result<String, Exc> {
        let v = match conversion {
            Some('r') | Some('a') => Value::Str(self.repr(v).into()),
            Some('s') => Value::Str(self.to_str(v).into()),
            _ => v.clone(),
        };
        if spec.is_empty() {
            return Ok(self.to_str(&v));
        }
        let parsed = Spec::parse(spec).map_err(|m| Exception::new(ExcClass::ValueError, m))?;
        let r = match &v {
            Value::Str(s) => format_str(s, &parsed),
            Value::Int(i) => format_int(*i, &parsed),
            Value::Bool(b) => {
                if parsed.ty.is_none() {
                    format_str(if *b { "True" } else { "False" }, &parsed)
                } else {
                    format_int(*b as i64, &parsed)
                }
            }
            Value::Float(f) => format_float(*f, &parsed),
            other => {
                if parsed.ty.is_none() && parsed.precision.is_none() && parsed.sign.is_none() {
                    format_str(&self.to_str(other), &parsed)
                } else {
                    return Err(Exception::new(
                        ExcClass::TypeError,
                        format!("unsupported format string passed to {}.__format__", other.type_name()),
                    ));
                }
            }
        };
        r.map_err(|m| Exception::new(ExcClass::ValueError, m))
    }

    pub async fn eval_args(
        &self,
        ctx: &mut Ctx,
        env: &Option<Rc<Env>>,
        args: &[Arg],
    ) -> Res<(Vec<Value>, Vec<(Name, Value)>)> {
        let mut pos = Vec::with_capacity(args.len());
        let mut kw = Vec::new();
        for a in args {
            match a {
                Arg::Positional(x) => pos.push(self.eval(ctx, env, x).await?),
                Arg::Starred(x) => pos.extend(self.eval(ctx, env, x).await?.iterate()?),
                Arg::Keyword { name, value, .. } => kw.push((name.clone(), self.eval(ctx, env, value).await?)),
            }
        }
        Ok((pos, kw))
    }

    // ------------------------------------------------------------------ calls

    /// Calls any callable; user functions run here (they may suspend).
    pub async fn call(&self, ctx: &mut Ctx, callee: Value, pos: Vec<Value>, kw: Vec<(Name, Value)>) -> Res<Value> {
        self.charge(1)?;
        match callee {
            Value::Func(ref f) => {
                let f = f.clone();
                let args = bind_args(&f, pos, kw)?;
                if f.def.is_async {
                    let name = f.def.name.clone();
                    return Ok(Value::Coroutine(Coroutine::new(name, CoroBody::User { func: f, args })));
                }
                self.run_function(ctx, &f, args).await
            }
            Value::Builtin(Builtin::AsyncioRun) => self.asyncio_run(ctx, pos, kw).await,
            other => self.call_sync(ctx, other, pos, kw),
        }
    }

    /// Runs a user function's body in a new frame.
    pub fn run_function<'a>(&'a self, ctx: &'a mut Ctx, f: &'a Rc<Function>, args: Vec<Value>) -> BoxFut<'a, Value> {
        Box::pin(async move {
            if ctx.depth >= self.limits.max_depth {
                return Err(exc(ExcClass::RecursionError, "maximum recursion depth exceeded"));
            }
            let vars: FxHashMap<Name, Value> = f.def.params.iter().map(|p| p.name.clone()).zip(args).collect();
            let env =
                Some(Rc::new(Env { vars: RefCell::new(vars), locals: f.locals.clone(), parent: f.enclosing.clone() }));
            ctx.depth += 1;
            let saved = std::mem::take(&mut ctx.handling);
            let at = ctx.at;
            let r = self.exec_block(ctx, &env, &f.def.body).await;
            if let Some(frame) = &env {
                drop(release_frame(frame, 1, None));
            }
            ctx.at = at;
            ctx.handling = saved;
            ctx.depth -= 1;
            match r {
                Ok(()) => Ok(Value::None),
                Err(Flow::Return(v)) => Ok(v),
                Err(Flow::Break | Flow::Continue) => Ok(Value::None),
                Err(other) => Err(other),
            }
        })
    }

    // ------------------------------------------------------------------ output

    /// `str(v)`, with tasks described from the loop's state.
    pub fn to_str(&self, v: &Value) -> String {
        match v {
            Value::Task(_) | Value::Future(_) => self.repr(v),
            _ => v.to_str(),
        }
    }

    pub fn repr(&self, v: &Value) -> String {
        let mut out = String::new();
        self.write_repr(v, &mut out, &mut Vec::new());
        out
    }

    /// Writes `repr(v)` for a value inside the lists `open` (outermost first): a list inside
    /// itself is `[...]`, past 100 levels or [`MAX_REPR`] bytes `...`, as [`Value::repr`]
    /// writes them.
    fn write_repr(&self, v: &Value, out: &mut String, open: &mut Vec<*const ()>) {
        if open.len() > 100 || out.len() > MAX_REPR {
            out.push_str("...");
            return;
        }
        let text = match v {
            Value::Task(fut) => {
                let rt = self.rt.borrow();
                let Some(task) = rt.task_of(*fut) else {
                    out.push_str(&v.repr());
                    return;
                };
                let state = if !rt.is_done(*fut) {
                    "pending"
                } else if rt.is_cancelled(*fut) {
                    "cancelled"
                } else {
                    "finished"
                };
                let label = self.trace.borrow().tasks.get(task as usize).map(|t| t.label.clone()).unwrap_or_default();
                let name = &rt.tasks[task as usize].name;
                format!("<Task {state} name='{name}' coro=<{label}>>")
            }
            Value::Future(fut) => {
                let rt = self.rt.borrow();
                let state = if !rt.is_done(*fut) { "pending" } else { "finished" };
                format!("<_GatheringFuture {state}>")
            }
            Value::List(items) => {
                let me = std::rc::Rc::as_ptr(items) as *const ();
                if open.contains(&me) {
                    out.push_str("[...]");
                    return;
                }
                open.push(me);
                out.push('[');
                for (i, item) in items.borrow().iter().enumerate() {
                    if out.len() > MAX_REPR {
                        out.push_str("...");
                        break;
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_repr(item, out, open);
                }
                out.push(']');
                open.pop();
                return;
            }
            _ => v.repr(),
        };
        out.push_str(&text);
    }

    /// `print(...)`: records the text and enforces the printed-line limit.
    pub fn print(&self, ctx: &Ctx, text: String) -> Res<()> {
        let mut accepted = String::new();
        let mut limit_hit = false;
        let mut pieces = text.split('\n').peekable();
        while let Some(piece) = pieces.next() {
            let last = pieces.peek().is_none();
            if last && piece.is_empty() {
                break;
            }
            if !self.line_open.get() {
                if self.lines.get() >= self.limits.max_lines {
                    limit_hit = true;
                    break;
                }
                self.line_open.set(true);
            }
            accepted.push_str(piece);
            if !last {
                accepted.push('\n');
                self.line_open.set(false);
                self.lines.set(self.lines.get() + 1);
            }
        }
        if !accepted.is_empty() {
            self.rt.borrow().record(EventKind::Print { task: ctx.task, text: accepted });
        }
        if limit_hit {
            return Err(self.halt_with(format!("LimitError: printed line limit of {} reached", self.limits.max_lines)));
        }
        Ok(())
    }
}

/// A future that is pending once: the point where a task's step ends.
#[derive(Default)]
pub struct SuspendOnce {
    polled: bool,
}

impl Future for SuspendOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.polled {
            std::task::Poll::Ready(())
        } else {
            self.polled = true;
            std::task::Poll::Pending
        }
    }
}

pub fn exc(class: ExcClass, message: impl Into<String>) -> Flow {
    Flow::Exc(Exception::new(class, message))
}

/// Binds call arguments to a user function's parameters, with Python's error messages.
fn bind_args(f: &Function, pos: Vec<Value>, kw: Vec<(Name, Value)>) -> Result<Vec<Value>, Exc> {
    let params = &f.def.params;
    let name = &f.def.name;
    let n = params.len();
    let ndefaults = f.defaults.len();
    if pos.len() > n {
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", n - ndefaults, n)
        } else if n == 1 {
            "1 positional argument".to_string()
        } else {
            format!("{n} positional arguments")
        };
        let was = if pos.len() == 1 { "was" } else { "were" };
        return Err(Exception::new(
            ExcClass::TypeError,
            format!("{name}() takes {takes} but {} {was} given", pos.len()),
        ));
    }
    let mut slots: Vec<Option<Value>> = pos.into_iter().map(Some).collect();
    slots.resize(n, None);
    for (k, v) in kw {
        let Some(i) = params.iter().position(|p| p.name == k) else {
            return Err(Exception::new(
                ExcClass::TypeError,
                format!("{name}() got an unexpected keyword argument '{k}'"),
            ));
        };
        if slots[i].is_some() {
            return Err(Exception::new(
                ExcClass::TypeError,
                format!("{name}() got multiple values for argument '{k}'"),
            ));
        }
        slots[i] = Some(v);
    }
    let first_default = n - ndefaults;
    let mut missing = Vec::new();
    for (i, slot) in slots.iter_mut().enumerate() {
        if slot.is_none() {
            if i >= first_default {
                *slot = Some(f.defaults[i - first_default].clone());
            } else {
                missing.push(format!("'{}'", params[i].name));
            }
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!("{}, and {}", missing[..missing.len() - 1].join(", "), missing[missing.len() - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(Exception::new(
            ExcClass::TypeError,
            format!("{name}() missing {} required positional argument{s}: {list}", missing.len()),
        ));
    }
    Ok(slots.into_iter().map(|s| s.unwrap_or(Value::None)).collect())
}

fn unary_op(op: UnaryOp, v: &Value) -> Result<Value, Exc> {
    Ok(match (op, v) {
        (UnaryOp::Not, v) => Value::Bool(!v.truthy()),
        (UnaryOp::Neg, Value::Int(i)) => {
            Value::Int(i.checked_neg().ok_or_else(|| {
                Exception::new(ExcClass::OverflowError, "integer overflow (Loopscope's int is 64-bit)")
            })?)
        }
        (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-(*b as i64)),
        (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
        (UnaryOp::Pos, Value::Int(_) | Value::Float(_)) => v.clone(),
        (UnaryOp::Pos, Value::Bool(b)) => Value::Int(*b as i64),
        (op, v) => {
            let sym = if op == UnaryOp::Neg { "-" } else { "+" };
            return Err(Exception::new(
                ExcClass::TypeError,
                format!("bad operand type for unary {sym}: '{}'", v.type_name()),
            ));
        }
    })
}

fn compare_op(op: CmpOp, l: &Value, r: &Value) -> Result<bool, Exc> {
    use std::cmp::Ordering::*;
    Ok(match op {
        CmpOp::Eq => l.try_eq(r)?,
        CmpOp::NotEq => !l.try_eq(r)?,
        CmpOp::Is => l.py_is(r),
        CmpOp::IsNot => !l.py_is(r),
        CmpOp::In | CmpOp::NotIn => {
            let found = match r {
                Value::Str(hay) => match l {
                    Value::Str(needle) => hay.contains(&**needle),
                    other => {
                        return Err(Exception::new(
                            ExcClass::TypeError,
                            format!("'in <string>' requires string as left operand, not {}", other.type_name()),
                        ));
                    }
                },
                // An int in a range is arithmetic, whatever the range's length.
                Value::Range(..) if matches!(l, Value::Int(_) | Value::Bool(_)) => {
                    r.range_contains(if let Value::Int(i) = l { *i } else { l.truthy() as i64 })
                }
                Value::List(_) | Value::Tuple(_) | Value::Range(..) => {
                    let mut found = false;
                    for x in r.iterate()?.iter() {
                        if x.try_eq(l)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
                other => {
                    return Err(Exception::new(
                        ExcClass::TypeError,
                        format!("argument of type '{}' is not iterable", other.type_name()),
                    ));
                }
            };
            found == (op == CmpOp::In)
        }
        _ => {
            let Some(ord) = compare(l, r)? else {
                if l.as_f64().is_some_and(f64::is_nan) || r.as_f64().is_some_and(f64::is_nan) {
                    return Ok(false);
                }
                return Err(Exception::new(
                    ExcClass::TypeError,
                    format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        l.type_name(),
                        r.type_name()
                    ),
                ));
            };
            match op {
                CmpOp::Lt => ord == Less,
                CmpOp::LtE => ord != Greater,
                CmpOp::Gt => ord == Greater,
                _ => ord != Less,
            }
        }
    })
}

fn set_item(obj: &Value, index: &Value, v: Value) -> Result<(), Exc> {
    match obj {
        Value::List(l) => {
            let len = l.borrow().len() as i64;
            let Value::Int(i) = index else {
                return Err(Exception::new(
                    ExcClass::TypeError,
                    format!("list indices must be integers or slices, not {}", index.type_name()),
                ));
            };
            let pos = if *i < 0 { i + len } else { *i };
            if pos < 0 || pos >= len {
                return Err(Exception::new(ExcClass::IndexError, "list assignment index out of range"));
            }
            l.borrow_mut()[pos as usize] = v;
            Ok(())
        }
        other => Err(Exception::new(
            ExcClass::TypeError,
            format!("'{}' object does not support item assignment", other.type_name()),
        )),
    }
}

/// A call that defines a function (a closure) leaves a cycle, frame -> closure -> frame,
/// that `Rc` never frees: a million calls kept a million frames (a gigabyte, never given
/// back to the page). The cycle is broken (the frame's variables cleared) as soon as it is
/// garbage: when nothing holds the frame but the closures in its own variables (and
/// `handles` more references its owner knows of), and nothing holds those closures but the
/// frame (and, for `dropping`, the one reference being dropped). Checked when the call
/// returns ([`Interp::run_function`]) and when a closure that escaped it is dropped (`impl
/// Drop for Value`). A cycle that goes through anything else (a closure kept in a list)
/// stays, as it would without a cycle collector.
///
/// Returns the variables taken out of the frame, for the caller to drop (`Value`'s drop
/// frees them from its heap stack: a chain of such frames must not be freed recursively).
pub(crate) fn release_frame(frame: &Rc<Env>, handles: usize, dropping: Option<&Rc<Function>>) -> Vec<Value> {
    let Ok(vars) = frame.vars.try_borrow() else { return Vec::new() };
    let mut own_closures = 0;
    for v in vars.values() {
        if let Value::Func(g) = v
            && g.enclosing.as_ref().is_some_and(|e| Rc::ptr_eq(e, frame))
        {
            let extra = usize::from(dropping.is_some_and(|d| Rc::ptr_eq(d, g)));
            if Rc::strong_count(g) != 1 + extra {
                return Vec::new();
            }
            own_closures += 1;
        }
    }
    drop(vars);
    if own_closures > 0 && Rc::strong_count(frame) == handles + own_closures && Rc::weak_count(frame) == 0 {
        let Ok(mut vars) = frame.vars.try_borrow_mut() else { return Vec::new() };
        return std::mem::take(&mut *vars).into_values().collect();
    }
    Vec::new()
}

/// `raise X`: an exception instance, or a class instantiated without arguments.
fn to_exception(v: Value) -> Result<Exc, Flow> {
    match v {
        Value::Exception(ref e) => Ok(e.clone()),
        Value::ExcClass(c) => Ok(Exception::with_args(c, vec![])),
        _ => Err(exc(ExcClass::TypeError, "exceptions must derive from BaseException")),
    }
}

/// `except CLASS` / `except (A, B)`.
fn exception_matches(e: &Exc, class: &Value) -> Result<bool, Flow> {
    match class {
        Value::ExcClass(c) => Ok(e.is(*c)),
        Value::Tuple(items) => {
            for i in items.iter() {
                if exception_matches(e, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(exc(ExcClass::TypeError, "catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// Iteration for `for`: ranges are produced lazily (`range(10**9)` costs no memory).
enum ForIter {
    Range { next: i64, step: i64, left: i64 },
    Items { items: Vec<Value>, pos: usize },
}

impl ForIter {
    fn new(v: &Value) -> Result<ForIter, Exc> {
        Ok(match v {
            Value::Range(a, _, s) => ForIter::Range { next: *a, step: *s, left: v.range_len() },
            other => ForIter::Items { items: other.iterate()?, pos: 0 },
        })
    }
}

impl Iterator for ForIter {
    type Item = Value;
    fn next(&mut self) -> Option<Value> {
        match self {
            ForIter::Range { next, step, left } => {
                if *left <= 0 {
                    return None;
                }
                let v = *next;
                *left -= 1;
                *next = next.wrapping_add(*step);
                Some(Value::Int(v))
            }
            ForIter::Items { items, pos } => {
                let v = items.get(*pos).cloned();
                *pos += 1;
                v
            }
        }
    }
}
