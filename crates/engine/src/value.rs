//! Runtime values of the subset and their Python behaviour: `str`, `repr`, truth,
//! equality, ordering and the arithmetic operators with Python's exact error messages.

use crate::ast::{BinOp, FunctionDef, Name};
use crate::format::{float_repr, round_float};
use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;

/// Index of an asyncio future (tasks included) in the loop's table.
pub type FutId = u32;

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<[Value]>),
    Range(i64, i64, i64),
    Func(Rc<Function>),
    Builtin(Builtin),
    Module(ModuleName),
    /// A coroutine object: created by calling an `async def` (or `asyncio.sleep`...),
    /// consumed by the first `await` or task that runs it.
    Coroutine(Rc<Coroutine>),
    /// An asyncio Task (a future that runs a coroutine).
    Task(FutId),
    /// Any other asyncio future (the result of `gather`).
    Future(FutId),
    /// A method bound to its object: `task.done`, `loop.time`.
    Method(Rc<Value>, Name),
    ExcClass(ExcClass),
    Exception(Rc<Exception>),
    /// What `asyncio.get_event_loop()` returns.
    EventLoop,
}

/// Freeing a value never recurses: a chain of nested containers (`a = [a]` in a loop: a
/// few hundred thousand steps make one 100,000 deep) would otherwise overflow the stack
/// when it is dropped, which in the browser is a crashed page. What a value owns alone
/// (lists, tuples, exceptions' args, coroutines' arguments, functions' defaults and
/// closures, bound methods) is moved to a heap stack and freed from there, one level at a
/// time, as CPython's "trashcan" does.
impl Drop for Value {
    fn drop(&mut self) {
        if !self.may_own_values() {
            return;
        }
        let mut stack = Vec::new();
        self.take_owned(&mut stack);
        while let Some(mut v) = stack.pop() {
            v.take_owned(&mut stack);
            // `v` is dropped here, with nothing nested left in it.
        }
    }
}

impl Value {
    /// Whether this value can hold other values (whose drop could nest).
    fn may_own_values(&self) -> bool {
        matches!(
            self,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Func(_)
                | Value::Coroutine(_)
                | Value::Method(..)
                | Value::Exception(_)
        )
    }

    /// Moves the values this one holds, if it is their only owner, to `out`.
    fn take_owned(&mut self, out: &mut Vec<Value>) {
        let keep = |v: &Value| v.may_own_values();
        match self {
            Value::List(l) => {
                if Rc::strong_count(l) == 1
                    && Rc::weak_count(l) == 0
                    && let Ok(mut items) = l.try_borrow_mut()
                {
                    out.extend(items.drain(..).filter(keep));
                }
            }
            Value::Tuple(t) => {
                if let Some(items) = Rc::get_mut(t) {
                    out.extend(items.iter_mut().filter(|v| keep(v)).map(|v| std::mem::replace(v, Value::None)));
                }
            }
            Value::Exception(e) => {
                if let Some(e) = Rc::get_mut(e) {
                    out.extend(e.args.drain(..).filter(keep));
                }
            }
            Value::Method(m, _) => {
                if let Some(m) = Rc::get_mut(m) {
                    out.push(std::mem::replace(m, Value::None));
                }
            }
            Value::Coroutine(c) => {
                if let Some(c) = Rc::get_mut(c) {
                    match c.body.get_mut().take() {
                        Some(CoroBody::User { func, args }) => {
                            out.push(Value::Func(func));
                            out.extend(args.into_iter().filter(keep));
                        }
                        Some(CoroBody::Sleep { delay, result }) => out.extend([delay, result].into_iter().filter(keep)),
                        Some(CoroBody::WaitFor { aw, timeout }) => out.extend([aw, timeout].into_iter().filter(keep)),
                        None => {}
                    }
                }
            }
            // The last reference to a closure from outside its frame: the frame and its
            // closures may now be a cycle of garbage (see `interp::release_frame`).
            Value::Func(g) if Rc::strong_count(g) == 2 => {
                if let Some(frame) = &g.enclosing {
                    out.extend(crate::interp::release_frame(frame, 0, Some(g)).into_iter().filter(keep));
                }
            }
            Value::Func(f) => {
                if let Some(f) = Rc::get_mut(f) {
                    out.extend(f.defaults.drain(..).filter(keep));
                    // The closure's variables (its enclosing call's), if nothing else
                    // holds them; the chain of parents is as deep as the source nests.
                    if let Some(env) = f.enclosing.take() {
                        match Rc::try_unwrap(env) {
                            Ok(env) => out.extend(env.vars.into_inner().into_values().filter(keep)),
                            Err(shared) => f.enclosing = Some(shared),
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleName {
    Asyncio,
    Time,
}

impl ModuleName {
    pub fn name(self) -> &'static str {
        match self {
            ModuleName::Asyncio => "asyncio",
            ModuleName::Time => "time",
        }
    }
}

/// Built-in callables: Python's builtins and the functions of `asyncio` and `time`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Print,
    Len,
    Str,
    Int,
    Float,
    Bool,
    Range,
    Min,
    Max,
    Sum,
    Abs,
    Round,
    List,
    Tuple,
    Repr,
    Isinstance,
    AsyncioRun,
    AsyncioSleep,
    AsyncioCreateTask,
    AsyncioGather,
    AsyncioWaitFor,
    AsyncioGetEventLoop,
    AsyncioEnsureFuture,
    TimeSleep,
    TimeTime,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Len => "len",
            Builtin::Str => "str",
            Builtin::Int => "int",
            Builtin::Float => "float",
            Builtin::Bool => "bool",
            Builtin::Range => "range",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Sum => "sum",
            Builtin::Abs => "abs",
            Builtin::Round => "round",
            Builtin::List => "list",
            Builtin::Tuple => "tuple",
            Builtin::Repr => "repr",
            Builtin::Isinstance => "isinstance",
            Builtin::AsyncioRun => "run",
            Builtin::AsyncioSleep => "sleep",
            Builtin::AsyncioCreateTask => "create_task",
            Builtin::AsyncioGather => "gather",
            Builtin::AsyncioWaitFor => "wait_for",
            Builtin::AsyncioGetEventLoop => "get_event_loop",
            Builtin::AsyncioEnsureFuture => "ensure_future",
            Builtin::TimeSleep => "sleep",
            Builtin::TimeTime => "time",
        }
    }

    /// The builtin bound to a global name, if any.
    pub fn global(name: &str) -> Option<Builtin> {
        Some(match name {
            "print" => Builtin::Print,
            "len" => Builtin::Len,
            "str" => Builtin::Str,
            "int" => Builtin::Int,
            "float" => Builtin::Float,
            "bool" => Builtin::Bool,
            "range" => Builtin::Range,
            "min" => Builtin::Min,
            "max" => Builtin::Max,
            "sum" => Builtin::Sum,
            "abs" => Builtin::Abs,
            "round" => Builtin::Round,
            "list" => Builtin::List,
            "tuple" => Builtin::Tuple,
            "repr" => Builtin::Repr,
            "isinstance" => Builtin::Isinstance,
            _ => return None,
        })
    }
}

/// A user function: its definition and the defaults evaluated when `def` ran.
pub struct Function {
    pub def: Rc<FunctionDef>,
    pub defaults: Vec<Value>,
    /// Names local to the function (assigned in it and not declared `global`).
    pub locals: Rc<crate::fxhash::FxHashSet<Name>>,
    /// The variables of the function this one was defined in (closures read them).
    pub enclosing: Option<Rc<crate::interp::Env>>,
}

impl std::fmt::Debug for Function {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<function {}>", self.def.name)
    }
}

/// What a coroutine object will run when awaited or wrapped in a task.
#[derive(Debug)]
pub enum CoroBody {
    /// An `async def` called with these bound arguments (parameter order).
    User { func: Rc<Function>, args: Vec<Value> },
    /// `asyncio.sleep(delay, result)` (`delay` is a number, checked at the call).
    Sleep { delay: Value, result: Value },
    /// `asyncio.wait_for(aw, timeout)`.
    WaitFor { aw: Value, timeout: Value },
}

#[derive(Debug)]
pub struct Coroutine {
    /// The function's name, for `repr` (`<coroutine object countdown>`).
    pub name: Rc<str>,
    /// Taken by whoever runs it; `None` once started.
    pub body: RefCell<Option<CoroBody>>,
}

impl Coroutine {
    pub fn new(name: impl Into<Rc<str>>, body: CoroBody) -> Rc<Coroutine> {
        Rc::new(Coroutine { name: name.into(), body: RefCell::new(Some(body)) })
    }

    /// How the Gantt names a task running it: `countdown("task A", 3)`. Computed only
    /// when a task is made of it (most coroutines are awaited inline and never need it).
    pub fn label(&self) -> String {
        match self.body.borrow().as_ref() {
            Some(CoroBody::User { func, args }) => call_label(&func.def.name, args),
            Some(CoroBody::Sleep { delay, .. }) => call_label("sleep", std::slice::from_ref(delay)),
            Some(CoroBody::WaitFor { aw: Value::Coroutine(c), .. }) => format!("wait_for({})", c.label()),
            _ => format!("{}()", self.name),
        }
    }
}

/// The label of a coroutine call: `countdown("task A", 3)`.
pub fn call_label(name: &str, args: &[Value]) -> String {
    let parts: Vec<String> = args.iter().map(label_repr).collect();
    format!("{name}({})", parts.join(", "))
}

/// Like `repr`, but strings in double quotes, as they are usually written in scenarios.
fn label_repr(v: &Value) -> String {
    match v {
        Value::Str(s) if !s.contains(['"', '\\', '\n']) => format!("\"{s}\""),
        _ => v.repr(),
    }
}

/// Python's built-in exception classes of the subset, with their hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcClass {
    BaseException,
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    LookupError,
    IndexError,
    KeyError,
    ValueError,
    TypeError,
    NameError,
    UnboundLocalError,
    RuntimeError,
    RecursionError,
    AttributeError,
    OSError,
    TimeoutError,
    CancelledError,
    InvalidStateError,
    AssertionError,
    NotImplementedError,
}

impl ExcClass {
    pub const ALL: [ExcClass; 21] = [
        ExcClass::BaseException,
        ExcClass::Exception,
        ExcClass::ArithmeticError,
        ExcClass::ZeroDivisionError,
        ExcClass::OverflowError,
        ExcClass::LookupError,
        ExcClass::IndexError,
        ExcClass::KeyError,
        ExcClass::ValueError,
        ExcClass::TypeError,
        ExcClass::NameError,
        ExcClass::UnboundLocalError,
        ExcClass::RuntimeError,
        ExcClass::RecursionError,
        ExcClass::AttributeError,
        ExcClass::OSError,
        ExcClass::TimeoutError,
        ExcClass::CancelledError,
        ExcClass::InvalidStateError,
        ExcClass::AssertionError,
        ExcClass::NotImplementedError,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ExcClass::BaseException => "BaseException",
            ExcClass::Exception => "Exception",
            ExcClass::ArithmeticError => "ArithmeticError",
            ExcClass::ZeroDivisionError => "ZeroDivisionError",
            ExcClass::OverflowError => "OverflowError",
            ExcClass::LookupError => "LookupError",
            ExcClass::IndexError => "IndexError",
            ExcClass::KeyError => "KeyError",
            ExcClass::ValueError => "ValueError",
            ExcClass::TypeError => "TypeError",
            ExcClass::NameError => "NameError",
            ExcClass::UnboundLocalError => "UnboundLocalError",
            ExcClass::RuntimeError => "RuntimeError",
            ExcClass::RecursionError => "RecursionError",
            ExcClass::AttributeError => "AttributeError",
            ExcClass::OSError => "OSError",
            ExcClass::TimeoutError => "TimeoutError",
            ExcClass::CancelledError => "CancelledError",
            ExcClass::InvalidStateError => "InvalidStateError",
            ExcClass::AssertionError => "AssertionError",
            ExcClass::NotImplementedError => "NotImplementedError",
        }
    }

    pub fn parent(self) -> Option<ExcClass> {
        use ExcClass::*;
        Some(match self {
            BaseException => return None,
            Exception | CancelledError => BaseException,
            ArithmeticError | LookupError | ValueError | TypeError | NameError | RuntimeError | AttributeError
            | OSError | InvalidStateError | AssertionError => Exception,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            RecursionError | NotImplementedError => RuntimeError,
            TimeoutError => OSError,
        })
    }

    pub fn is_subclass_of(self, other: ExcClass) -> bool {
        let mut c = Some(self);
        while let Some(k) = c {
            if k == other {
                return true;
            }
            c = k.parent();
        }
        false
    }

    /// Builtin names (asyncio's attributes are looked up separately).
    pub fn builtin(name: &str) -> Option<ExcClass> {
        ExcClass::ALL
            .into_iter()
            .find(|c| c.name() == name && !matches!(c, ExcClass::CancelledError | ExcClass::InvalidStateError))
    }
}

/// A raised (or created) exception instance.
#[derive(Debug)]
pub struct Exception {
    pub class: ExcClass,
    pub args: Vec<Value>,
    /// Where it was first raised (1-based line, column), for the page's error mark.
    pub at: std::cell::Cell<Option<(u32, u32)>>,
}

pub type Exc = Rc<Exception>;

impl Exception {
    pub fn new(class: ExcClass, message: impl Into<String>) -> Exc {
        let message = message.into();
        let args = if message.is_empty() { vec![] } else { vec![Value::Str(message.into())] };
        Rc::new(Exception { class, args, at: Default::default() })
    }

    pub fn with_args(class: ExcClass, args: Vec<Value>) -> Exc {
        Rc::new(Exception { class, args, at: Default::default() })
    }

    /// `str(exc)`.
    pub fn message(&self) -> String {
        match self.args.as_slice() {
            [] => String::new(),
            [one] if self.class == ExcClass::KeyError => one.repr(),
            [one] => one.to_str(),
            many => Value::Tuple(many.into()).repr(),
        }
    }

    /// `TypeName: message`, or `TypeName` alone when the message is empty.
    pub fn describe(&self) -> String {
        let m = self.message();
        if m.is_empty() { self.class.name().to_string() } else { format!("{}: {m}", self.class.name()) }
    }

    pub fn is(&self, class: ExcClass) -> bool {
        self.class.is_subclass_of(class)
    }
}

/// Shorthand for building an `Err` of a Python exception.
pub fn err<T>(class: ExcClass, message: impl Into<String>) -> Result<T, Exc> {
    Err(Exception::new(class, message))
}

impl Value {
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Range(..) => "range",
            Value::Func(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Module(_) => "module",
            Value::Coroutine(_) => "coroutine",
            Value::Task(_) => "Task",
            Value::Future(_) => "_GatheringFuture",
            Value::Method(..) => "method",
            Value::ExcClass(_) => "type",
            Value::Exception(e) => e.class.name(),
            Value::EventLoop => "_UnixSelectorEventLoop",
        }
    }

    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Range(..) => self.range_len() > 0,
            _ => true,
        }
    }

    /// `str(value)`. Tasks and futures need the loop's state: the interpreter handles them.
    pub fn to_str(&self) -> String {
        match self {
            Value::Str(s) => s.to_string(),
            Value::Exception(e) => e.message(),
            _ => self.repr(),
        }
    }

    /// `repr(value)`.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        self.write_repr(&mut out, &mut Vec::new());
        out
    }

    /// `open`: the lists being written, outermost first. A list inside itself is `[...]`,
    /// as CPython writes it; past 100 levels of nesting, or once the text is longer than
    /// [`MAX_REPR`] (a list of itself twice, 40 times over, would be 10^12 characters),
    /// `...`.
    fn write_repr(&self, out: &mut String, open: &mut Vec<*const ()>) {
        if open.len() > 100 || out.len() > MAX_REPR {
            out.push_str("...");
            return;
        }
        match self {
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&float_repr(*f)),
            Value::Str(s) => out.push_str(&str_repr(s)),
            Value::List(items) => {
                let me = Rc::as_ptr(items) as *const ();
                if open.contains(&me) {
                    out.push_str("[...]");
                    return;
                }
                open.push(me);
                out.push('[');
                for (i, v) in items.borrow().iter().enumerate() {
                    if out.len() > MAX_REPR {
                        out.push_str("...");
                        break;
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    v.write_repr(out, open);
                }
                out.push(']');
                open.pop();
            }
            Value::Tuple(items) => {
                out.push('(');
                for (i, v) in items.iter().enumerate() {
                    if out.len() > MAX_REPR {
                        out.push_str("...");
                        break;
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    open.push(std::ptr::null());
                    v.write_repr(out, open);
                    open.pop();
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Value::Range(a, b, s) => {
                if *s == 1 {
                    let _ = write!(out, "range({a}, {b})");
                } else {
                    let _ = write!(out, "range({a}, {b}, {s})");
                }
            }
            Value::Func(f) => {
                let _ = write!(out, "<function {}>", f.def.name);
            }
            Value::Builtin(b) => {
                let _ = write!(out, "<built-in function {}>", b.name());
            }
            Value::Module(m) => {
                let _ = write!(out, "<module '{}'>", m.name());
            }
            Value::Coroutine(c) => {
                let _ = write!(out, "<coroutine object {}>", c.name);
            }
            Value::Task(id) => {
                let _ = write!(out, "<Task {id}>");
            }
            Value::Future(_) => out.push_str("<_GatheringFuture>"),
            Value::Method(obj, name) => {
                let _ = write!(out, "<bound method {} of {}>", name, obj.repr());
            }
            Value::ExcClass(c) => {
                let _ = write!(out, "<class '{}'>", c.name());
            }
            Value::Exception(e) => {
                out.push_str(e.class.name());
                out.push('(');
                for (i, v) in e.args.iter().enumerate() {
                    if out.len() > MAX_REPR {
                        out.push_str("...");
                        break;
                    }
                    if i > 0 {
                        out.push_str(", ");
                    }
                    open.push(std::ptr::null());
                    v.write_repr(out, open);
                    open.pop();
                }
                out.push(')');
            }
            Value::EventLoop => out.push_str("<_UnixSelectorEventLoop running=True closed=False debug=False>"),
        }
    }

    /// The number of items of a range, at most `i64::MAX` (a longer range, such as
    /// `range(-2**63, 2**63 - 1)`, has `len()` OverflowError: see [`Value::len`]).
    pub fn range_len(&self) -> i64 {
        self.range_len_exact().min(i64::MAX as i128) as i64
    }

    /// The exact number of items of a range (computed in `i128`: `b - a` overflows `i64`).
    fn range_len_exact(&self) -> i128 {
        let Value::Range(a, b, s) = *self else { return 0 };
        let (a, b, s) = (a as i128, b as i128, s as i128);
        if s > 0 && a < b {
            (b - a - 1) / s + 1
        } else if s < 0 && a > b {
            (a - b - 1) / (-s) + 1
        } else {
            0
        }
    }

    /// `x in range(...)`, without listing the range (CPython's is O(1) too).
    pub fn range_contains(&self, x: i64) -> bool {
        let Value::Range(a, b, s) = *self else { return false };
        let (a, b, s, x) = (a as i128, b as i128, s as i128, x as i128);
        if s > 0 { a <= x && x < b && (x - a) % s == 0 } else { b < x && x <= a && (a - x) % (-s) == 0 }
    }

    /// `a == b`; `false` where Python would raise RecursionError (see [`Value::try_eq`]).
    pub fn py_eq(&self, other: &Value) -> bool {
        self.eq_at(other, 0, &mut { MAX_COMPARE_ITEMS }).unwrap_or(false)
    }

    /// `a == b`, or RecursionError for lists and tuples nested deeper than
    /// [`MAX_COMPARE_DEPTH`] (a list that contains itself), as CPython raises.
    pub fn try_eq(&self, other: &Value) -> Result<bool, Exc> {
        self.eq_at(other, 0, &mut { MAX_COMPARE_ITEMS })
    }

    fn eq_at(&self, other: &Value, depth: usize, budget: &mut u64) -> Result<bool, Exc> {
        use Value::*;
        Ok(match (self, other) {
            (List(a), List(b)) => {
                Rc::ptr_eq(a, b) || {
                    let (a, b) = (a.borrow(), b.borrow());
                    a.len() == b.len() && seq_eq(&a, &b, depth, budget)?
                }
            }
            (Tuple(a), Tuple(b)) => a.len() == b.len() && seq_eq(a, b, depth, budget)?,
            _ => self.flat_eq(other),
        })
    }

    /// `==` of everything but lists and tuples.
    fn flat_eq(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) => true,
            (Str(a), Str(b)) => a == b,
            (Range(a, _, s), Range(b, _, t)) => {
                let (la, lb) = (self.range_len_exact(), other.range_len_exact());
                la == lb && (la == 0 || (a == b && (la == 1 || s == t)))
            }
            (Task(a), Task(b)) | (Future(a), Future(b)) => a == b,
            (Builtin(a), Builtin(b)) => a == b,
            (Module(a), Module(b)) => a == b,
            (ExcClass(a), ExcClass(b)) => a == b,
            (Func(a), Func(b)) => Rc::ptr_eq(a, b),
            (Coroutine(a), Coroutine(b)) => Rc::ptr_eq(a, b),
            (Exception(a), Exception(b)) => Rc::ptr_eq(a, b),
            (EventLoop, EventLoop) => true,
            _ => match (self.as_number(), other.as_number()) {
                (Some(a), Some(b)) => a.eq(&b),
                _ => false,
            },
        }
    }

    /// `a is b`: identity for objects, value for the immutable singletons and small values.
    pub fn py_is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (Int(_) | Float(_) | Bool(_), _) | (_, Int(_) | Float(_) | Bool(_)) => false,
            _ => self.py_eq(other),
        }
    }

    fn range_items(&self) -> impl Iterator<Item = i64> {
        let (a, s, n) = match *self {
            Value::Range(a, _, s) => (a, s, self.range_len()),
            _ => (0, 1, 0),
        };
        (0..n).map(move |i| a.wrapping_add(i.wrapping_mul(s)))
    }

    pub fn as_number(&self) -> Option<Num> {
        match self {
            Value::Bool(b) => Some(Num::Int(*b as i64)),
            Value::Int(i) => Some(Num::Int(*i)),
            Value::Float(f) => Some(Num::Float(*f)),
            _ => None,
        }
    }

    /// A float view of a number (`time.sleep(1)` accepts ints).
    pub fn as_f64(&self) -> Option<f64> {
        match self.as_number()? {
            Num::Int(i) => Some(i as f64),
            Num::Float(f) => Some(f),
        }
    }

    /// The items of an iterable, for `for`, unpacking, `*args`, `list()`...
    pub fn iterate(&self) -> Result<Vec<Value>, Exc> {
        match self {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            Value::Str(s) => Ok(s.chars().map(|c| Value::Str(c.to_string().into())).collect()),
            Value::Range(..) => {
                if self.range_len_exact() > MAX_SEQUENCE as i128 {
                    return err(ExcClass::OverflowError, "sequence is too long for Loopscope");
                }
                Ok(self.range_items().map(Value::Int).collect())
            }
            _ => err(ExcClass::TypeError, format!("'{}' object is not iterable", self.type_name())),
        }
    }

    /// `len(value)`.
    pub fn len(&self) -> Result<i64, Exc> {
        match self {
            Value::List(l) => Ok(l.borrow().len() as i64),
            Value::Tuple(t) => Ok(t.len() as i64),
            Value::Str(s) => Ok(s.chars().count() as i64),
            Value::Range(..) => i64::try_from(self.range_len_exact())
                .or_else(|_| err(ExcClass::OverflowError, "Python int too large to convert to C ssize_t")),
            _ => err(ExcClass::TypeError, format!("object of type '{}' has no len()", self.type_name())),
        }
    }

    /// `value[index]`.
    pub fn index(&self, index: &Value) -> Result<Value, Exc> {
        let (kind, len) = match self {
            Value::List(l) => ("list", l.borrow().len() as i128),
            Value::Tuple(t) => ("tuple", t.len() as i128),
            Value::Str(s) => ("string", s.chars().count() as i128),
            Value::Range(..) => ("range object", self.range_len_exact()),
            _ => {
                return err(ExcClass::TypeError, format!("'{}' object is not subscriptable", self.type_name()));
            }
        };
        let i = match index {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other => {
                let what = if kind == "string" { "string" } else { kind.split(' ').next().unwrap_or(kind) };
                return err(
                    ExcClass::TypeError,
                    format!("{what} indices must be integers or slices, not {}", other.type_name()),
                );
            }
        };
        // In i128: a range may be longer than i64::MAX.
        let pos = if i < 0 { i as i128 + len } else { i as i128 };
        if pos < 0 || pos >= len {
            return err(ExcClass::IndexError, format!("{kind} index out of range"));
        }
        Ok(match self {
            Value::List(l) => l.borrow()[pos as usize].clone(),
            Value::Tuple(t) => t[pos as usize].clone(),
            Value::Str(s) => Value::Str(s.chars().nth(pos as usize).map(|c| c.to_string()).unwrap_or_default().into()),
            // Computed, not listed: `range(10**18)[-1]` is instant. The item lies within the
            // range's bounds, so it fits an i64.
            Value::Range(a, _, s) => Value::Int((*a as i128 + pos * *s as i128) as i64),
            _ => Value::None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    fn eq(&self, other: &Num) -> bool {
        match (*self, *other) {
            (Num::Int(a), Num::Int(b)) => a == b,
            (a, b) => a.f() == b.f(),
        }
    }

    fn f(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }
}

/// `repr` of a string: Python's choice of quotes and escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_unprintable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    let _ = write!(out, "\\x{n:02x}");
                } else if n <= 0xffff {
                    let _ = write!(out, "\\u{n:04x}");
                } else {
                    let _ = write!(out, "\\U{n:08x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Characters Python's `str.isprintable` rejects that matter in practice.
fn is_unprintable(c: char) -> bool {
    let n = c as u32;
    (0x80..0xa0).contains(&n)
        || n == 0xad
        || (0x2028..=0x2029).contains(&n)
        || (0x200b..=0x200f).contains(&n)
        || (0xd800..=0xdfff).contains(&n)
        || n == 0xfeff
        || (0xe000..=0xf8ff).contains(&n)
}

fn overflow<T>() -> Result<T, Exc> {
    err(ExcClass::OverflowError, "integer overflow (Loopscope's int is 64-bit)")
}

fn unsupported(op: BinOp, a: &Value, b: &Value) -> Exc {
    let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
    Exception::new(
        ExcClass::TypeError,
        format!("unsupported operand type(s) for {sym}: '{}' and '{}'", a.type_name(), b.type_name()),
    )
}

/// Longest `repr` written in full: past it, `...` (a structure that shares its parts can
/// stand for an astronomically long text in a few steps).
pub const MAX_REPR: usize = MAX_SEQUENCE;

/// Largest repetition result we allow (characters or items): beyond it, a MemoryError
/// in CPython would be a hang or a crashed tab here.
pub const MAX_SEQUENCE: usize = 10_000_000;

fn repeat_count(n: i64, item_len: usize) -> Result<usize, Exc> {
    let n = n.max(0) as usize;
    if item_len.saturating_mul(n) > MAX_SEQUENCE {
        return err(ExcClass::OverflowError, "repeated sequence is too long for Loopscope");
    }
    Ok(n)
}

/// `a op b` for every operator of the subset.
pub fn binary_op(op: BinOp, a: &Value, b: &Value) -> Result<Value, Exc> {
    use Value::{Bool, Int, List, Str, Tuple};
    match (a, b) {
        (Str(x), Str(y)) if op == BinOp::Add => {
            if x.len() + y.len() > MAX_SEQUENCE {
                return err(ExcClass::OverflowError, "string is too long for Loopscope");
            }
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            return Ok(Str(s.into()));
        }
        (Str(x), _) if op == BinOp::Add => {
            return err(ExcClass::TypeError, format!("can only concatenate str (not \"{}\") to str", b.type_name()));
        }
        (List(x), List(y)) if op == BinOp::Add => {
            if x.borrow().len() + y.borrow().len() > MAX_SEQUENCE {
                return err(ExcClass::OverflowError, "sequence is too long for Loopscope");
            }
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            return Ok(List(Rc::new(RefCell::new(v))));
        }
        (List(_), _) if op == BinOp::Add => {
            return err(ExcClass::TypeError, format!("can only concatenate list (not \"{}\") to list", b.type_name()));
        }
        (Tuple(x), Tuple(y)) if op == BinOp::Add => {
            if x.len() + y.len() > MAX_SEQUENCE {
                return err(ExcClass::OverflowError, "sequence is too long for Loopscope");
            }
            let v: Vec<Value> = x.iter().chain(y.iter()).cloned().collect();
            return Ok(Tuple(v.into()));
        }
        (Str(s), Int(_) | Bool(_)) | (Int(_) | Bool(_), Str(s)) if op == BinOp::Mul => {
            let n = a.as_number().or(b.as_number()).map(|n| if let Num::Int(i) = n { i } else { 0 }).unwrap_or(0);
            let n = repeat_count(n, s.len())?;
            return Ok(Str(s.repeat(n).into()));
        }
        (List(l), Int(_) | Bool(_)) | (Int(_) | Bool(_), List(l)) if op == BinOp::Mul => {
            let n = a.as_number().or(b.as_number()).map(|n| if let Num::Int(i) = n { i } else { 0 }).unwrap_or(0);
            let items = l.borrow();
            let n = repeat_count(n, items.len())?;
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            return Ok(List(Rc::new(RefCell::new(v))));
        }
        (Tuple(t), Int(_) | Bool(_)) | (Int(_) | Bool(_), Tuple(t)) if op == BinOp::Mul => {
            let n = a.as_number().or(b.as_number()).map(|n| if let Num::Int(i) = n { i } else { 0 }).unwrap_or(0);
            let n = repeat_count(n, t.len())?;
            let v: Vec<Value> = (0..n).flat_map(|_| t.iter().cloned()).collect();
            return Ok(Tuple(v.into()));
        }
        _ => {}
    }
    let (Some(x), Some(y)) = (a.as_number(), b.as_number()) else {
        return Err(unsupported(op, a, b));
    };
    match (x, y) {
        (Num::Int(x), Num::Int(y)) => int_op(op, x, y),
        (x, y) => float_op(op, x.f(), y.f()),
    }
}

fn int_op(op: BinOp, x: i64, y: i64) -> Result<Value, Exc> {
    let v = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Div => {
            if y == 0 {
                return err(ExcClass::ZeroDivisionError, "division by zero");
            }
            return Ok(Value::Float(x as f64 / y as f64));
        }
        BinOp::FloorDiv => {
            if y == 0 {
                return err(ExcClass::ZeroDivisionError, "integer division or modulo by zero");
            }
            x.checked_div_euclid(y).map(|_| {
                let q = x.wrapping_div(y);
                if (x % y != 0) && ((x < 0) != (y < 0)) { q - 1 } else { q }
            })
        }
        BinOp::Mod => {
            if y == 0 {
                return err(ExcClass::ZeroDivisionError, "integer modulo by zero");
            }
            x.checked_rem(y).map(|r| if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
        }
        BinOp::Pow => {
            if y < 0 {
                if x == 0 {
                    return err(ExcClass::ZeroDivisionError, "0.0 cannot be raised to a negative power");
                }
                return Ok(Value::Float((x as f64).powf(y as f64)));
            }
            u32::try_from(y).ok().and_then(|y| x.checked_pow(y))
        }
    };
    match v {
        Some(v) => Ok(Value::Int(v)),
        None => overflow(),
    }
}

fn float_op(op: BinOp, x: f64, y: f64) -> Result<Value, Exc> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return err(ExcClass::ZeroDivisionError, "float division by zero");
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return err(ExcClass::ZeroDivisionError, "float floor division by zero");
            }
            python_fmod(x, y).1
        }
        BinOp::Mod => {
            if y == 0.0 {
                return err(ExcClass::ZeroDivisionError, "float modulo");
            }
            python_fmod(x, y).0
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return err(ExcClass::ZeroDivisionError, "0.0 cannot be raised to a negative power");
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return err(ExcClass::ValueError, "complex results are not supported by Loopscope");
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return err(ExcClass::OverflowError, "(34, 'Numerical result out of range')");
            }
            r
        }
    }))
}

/// CPython's float `divmod`: (modulo with the divisor's sign, floor quotient).
fn python_fmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (m, floordiv)
}

/// How deep `==` and the orderings look into nested lists and tuples before raising
/// RecursionError, as CPython does (its recursion limit): a list that contains itself, or
/// a chain of nested lists, must not overflow the stack.
pub const MAX_COMPARE_DEPTH: usize = 1_000;

/// How many items one comparison may look at: ten times the longest sequence. Lists that
/// share their parts (`a = [a, a]`, 40 times over) stand for 2**40 items in a few steps;
/// CPython compares them for hours, which here would freeze the page in one step.
pub const MAX_COMPARE_ITEMS: u64 = 10 * MAX_SEQUENCE as u64;

fn comparison_too_deep<T>() -> Result<T, Exc> {
    err(ExcClass::RecursionError, "maximum recursion depth exceeded in comparison")
}

/// One more item compared, or OverflowError past [`MAX_COMPARE_ITEMS`].
fn spend(budget: &mut u64) -> Result<(), Exc> {
    match budget.checked_sub(1) {
        Some(left) => {
            *budget = left;
            Ok(())
        }
        None => err(ExcClass::OverflowError, "comparison is too long for Loopscope"),
    }
}

fn seq_eq(x: &[Value], y: &[Value], depth: usize, budget: &mut u64) -> Result<bool, Exc> {
    if depth >= MAX_COMPARE_DEPTH {
        return comparison_too_deep();
    }
    for (a, b) in x.iter().zip(y.iter()) {
        spend(budget)?;
        if !a.eq_at(b, depth + 1, budget)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Three-way comparison for `<`, `<=`, `>`, `>=`; `Ok(None)` when the types do not order,
/// RecursionError past [`MAX_COMPARE_DEPTH`] nested lists or tuples.
pub fn compare(a: &Value, b: &Value) -> Result<Option<std::cmp::Ordering>, Exc> {
    compare_at(a, b, 0, &mut { MAX_COMPARE_ITEMS })
}

fn compare_at(a: &Value, b: &Value, depth: usize, budget: &mut u64) -> Result<Option<std::cmp::Ordering>, Exc> {
    use Value::*;
    Ok(match (a, b) {
        (Str(x), Str(y)) => Some(x.cmp(y)),
        (List(x), List(y)) => return seq_cmp(&x.borrow(), &y.borrow(), depth, budget),
        (Tuple(x), Tuple(y)) => return seq_cmp(x, y, depth, budget),
        _ => match (a.as_number(), b.as_number()) {
            (Some(Num::Int(x)), Some(Num::Int(y))) => Some(x.cmp(&y)),
            (Some(x), Some(y)) => x
                .f()
                .partial_cmp(&y.f())
                .or(Some(std::cmp::Ordering::Equal))
                .filter(|_| !x.f().is_nan() && !y.f().is_nan()),
            _ => Option::None,
        },
    })
}

fn seq_cmp(x: &[Value], y: &[Value], depth: usize, budget: &mut u64) -> Result<Option<std::cmp::Ordering>, Exc> {
    if depth >= MAX_COMPARE_DEPTH {
        return comparison_too_deep();
    }
    for (a, b) in x.iter().zip(y.iter()) {
        spend(budget)?;
        if !a.eq_at(b, depth + 1, budget)? {
            return compare_at(a, b, depth + 1, budget);
        }
    }
    Ok(Some(x.len().cmp(&y.len())))
}

/// `round(x)` / `round(x, n)`.
pub fn round(x: &Value, n: Option<&Value>) -> Result<Value, Exc> {
    let ndigits = match n {
        None | Some(Value::None) => None,
        Some(Value::Int(i)) => Some(*i),
        Some(Value::Bool(b)) => Some(*b as i64),
        Some(other) => {
            return err(
                ExcClass::TypeError,
                format!("'{}' object cannot be interpreted as an integer", other.type_name()),
            );
        }
    };
    match (x.as_number(), ndigits) {
        (Some(Num::Int(i)), None) => Ok(Value::Int(i)),
        (Some(Num::Int(i)), Some(n)) if n >= 0 => Ok(Value::Int(i)),
        (Some(Num::Int(i)), Some(n)) => {
            let p = 10i64.checked_pow(n.unsigned_abs().min(19) as u32).unwrap_or(i64::MAX);
            let r = (i as f64 / p as f64).round_ties_even() as i64;
            Ok(Value::Int(r.saturating_mul(p)))
        }
        (Some(Num::Float(f)), None) => {
            if f.is_nan() {
                return err(ExcClass::ValueError, "cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return err(ExcClass::OverflowError, "cannot convert float infinity to integer");
            }
            let r = f.round_ties_even();
            if r.abs() >= 9.2e18 {
                return overflow();
            }
            Ok(Value::Int(r as i64))
        }
        (Some(Num::Float(f)), Some(n)) => Ok(Value::Float(round_float(f, n))),
        (None, _) => err(ExcClass::TypeError, format!("type {} doesn't define __round__ method", x.type_name())),
    }
}
