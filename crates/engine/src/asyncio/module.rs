//! The `asyncio` module: its functions and classes.

use super::event_loop::LoopObj;
use super::future::{Fut, Role, as_fut, fut_of};
use super::sleep::SleepCoro;
use crate::vm::Vm;
use crate::vm::builtins::{arg, arity, check_kwargs, function};
use crate::vm::error::{ExcKind, PyErr, PyResult, not_supported, type_error};
use crate::vm::object::class::{AttrMap, Builtin, TypeId};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::generator::GenKind;
use crate::vm::object::native::NativeBox;
use crate::vm::object::{PyClass, PyModule};
use crate::vm::signal::Signal;
use crate::vm::value::Value;
use std::rc::Rc;

/// What module-level code asks the driver to do.
#[derive(Debug)]
pub enum LoopRequest {
    /// `asyncio.run(coro)`: a new loop, run until the task of `coro` is done, then the
    /// leftover tasks cancelled (`asyncio.Runner`'s `run` then `close`).
    Run { coro: Value },
    /// `loop.run_until_complete(fut)` (a coroutine is wrapped in a task).
    RunUntilComplete { lp: Rc<NativeBox>, fut: Value },
    /// `loop.run_forever()`: until `loop.stop()`.
    RunForever { lp: Rc<NativeBox> },
    /// `Runner.close()` / `loop.shutdown_asyncgens()`...: cancel what is left.
    Close { lp: Rc<NativeBox> },
}

static FUNCTIONS: &[BuiltinFn] = &[
    function("run", run),
    function("sleep", sleep),
    function("create_task", create_task),
    function("ensure_future", ensure_future_fn),
    function("gather", gather),
    function("get_event_loop", get_event_loop),
    function("get_running_loop", get_running_loop),
    function("new_event_loop", new_event_loop),
    function("set_event_loop", set_event_loop),
    function("current_task", current_task),
    function("all_tasks", all_tasks),
    function("iscoroutine", iscoroutine),
    function("iscoroutinefunction", iscoroutinefunction),
    function("isfuture", isfuture),
    function("_set_wait_reason", set_wait_reason),
    function("_prim_new", super::prims::prim_new),
    function("_prim_part", super::prims::prim_part),
    function("_prim_state", super::prims::prim_state),
    function("_get_running_loop", get_running_loop_or_none),
    function("_runner_close", runner_close),
];

/// `events._get_running_loop()`: the running loop or None.
fn get_running_loop_or_none(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(super::state(vm).and_then(|s| s.running.borrow().clone()).map(Value::Native).unwrap_or(Value::None))
}

/// `Runner.close()`'s cleanup: cancel what is left on the loop and run it until done.
fn runner_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Native(n)) if n.downcast::<LoopObj>().is_some() => {
            Err(PyErr(Box::new(crate::vm::error::ErrKind::Signal(Signal::new(LoopRequest::Close { lp: n.clone() })))))
        }
        _ => Ok(Value::None),
    }
}

/// The module, made on first import.
pub fn make(vm: &mut Vm) -> Rc<PyModule> {
    let mut attrs = AttrMap::default();
    for f in FUNCTIONS {
        attrs.set(f.name.into(), Value::Builtin(f));
    }
    if let Some(s) = super::state(vm) {
        attrs.set("CancelledError".into(), Value::Class(s.cancelled_error.clone()));
        attrs.set("InvalidStateError".into(), Value::Class(s.invalid_state_error.clone()));
    }
    attrs.set("TimeoutError".into(), Value::Class(vm.types.exc(ExcKind::TimeoutError).clone()));
    for name in ["Future", "Task", "AbstractEventLoop", "BaseEventLoop", "Handle", "TimerHandle"] {
        if let Some(c) = vm.native_classes.get(name) {
            attrs.set(name.into(), Value::Class(c.clone()));
        }
    }
    super::submodules::add_to(&mut attrs);
    let m = PyModule::new("asyncio", attrs);
    m.loader.set(Some(super::prelude::load));
    m
}

/// Classes for `isinstance` and `type()` of asyncio's native objects.
pub fn register_classes(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let make = |name: &'static str, module: &str, bases: Vec<Rc<PyClass>>| {
        let mro = crate::vm::types::linearize(&bases);
        PyClass::new(
            name.into(),
            name.into(),
            module.into(),
            bases,
            mro,
            AttrMap::default(),
            Builtin::Type(TypeId::Native),
            false,
        )
    };
    // Modules as CPython's reprs name them (`<class '_asyncio.Task'>`).
    let future = make("Future", "_asyncio", vec![object.clone()]);
    let gathering = make("_GatheringFuture", "asyncio.tasks", vec![future.clone()]);
    let task = make("Task", "_asyncio", vec![future.clone()]);
    let abstract_loop = make("AbstractEventLoop", "asyncio.events", vec![object.clone()]);
    let base_loop = make("BaseEventLoop", "asyncio.base_events", vec![abstract_loop.clone()]);
    let unix_loop = make("_UnixSelectorEventLoop", "asyncio.unix_events", vec![base_loop.clone()]);
    let handle = make("Handle", "asyncio.events", vec![object.clone()]);
    let timer_handle = make("TimerHandle", "asyncio.events", vec![handle.clone()]);
    for (name, c) in [
        ("Future", &future),
        ("_GatheringFuture", &gathering),
        ("Task", &task),
        ("AbstractEventLoop", &abstract_loop),
        ("BaseEventLoop", &base_loop),
        ("_UnixSelectorEventLoop", &unix_loop),
        ("Handle", &handle),
        ("TimerHandle", &timer_handle),
    ] {
        vm.native_classes.insert(name, c.clone());
    }
    if let Some(c) = vm.native_classes.get("Future").cloned() {
        vm.types.set_constructor(&c, &FUTURE_NEW);
    }
}

static FUTURE_NEW: BuiltinFn = function("Future", future_new);

/// `asyncio.Future()`: a future of the current loop.
fn future_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("Future", &args, &["loop"])?;
    let lp = match args.kw("loop") {
        Some(Value::Native(n)) => n.clone(),
        _ => event_loop(vm)?,
    };
    Ok(Value::Native(Fut::new(Some(lp), Role::Plain).boxed()))
}

/// The running loop, or the current one (made on first use) outside a running loop:
/// `asyncio.get_event_loop()`.
pub fn event_loop(vm: &mut Vm) -> PyResult<Rc<NativeBox>> {
    let Some(s) = super::state(vm) else { return Err(PyErr::halt("RuntimeError: asyncio is not set up")) };
    if let Some(l) = s.running.borrow().clone() {
        return Ok(l);
    }
    let current = s.current.borrow().clone();
    match current {
        Some(l) => Ok(l),
        None => {
            let l = LoopObj::new_boxed();
            *s.current.borrow_mut() = Some(l.clone());
            Ok(l)
        }
    }
}

/// `ensure_future(arg)` on `lp` (or the running loop).
pub fn ensure_future(vm: &mut Vm, arg: Value, lp: Option<Rc<NativeBox>>) -> PyResult<Rc<NativeBox>> {
    if let Some((n, _)) = fut_of(&arg) {
        return Ok(n.clone());
    }
    let is_coro =
        matches!(&arg, Value::Gen(g) if g.kind == GenKind::Coroutine) || super::sleep::is_native_coroutine(&arg);
    if is_coro {
        let lp = match lp {
            Some(l) => l,
            None => event_loop(vm)?,
        };
        return super::task::create_task(vm, &lp, arg, None);
    }
    if let Value::Instance(i) = &arg
        && i.class.lookup("__await__").is_some()
    {
        return Err(not_supported("ensure_future() of an object with __await__"));
    }
    Err(type_error("An asyncio.Future, a coroutine or an awaitable is required"))
}

fn run(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("run", &args, &["main", "debug"])?;
    if args.pos.len() > 1 {
        return Err(type_error(format!("run() takes 1 positional argument but {} were given", args.pos.len())));
    }
    let Some(main) = arg(&args, 0, "main") else {
        return Err(type_error("run() missing 1 required positional argument: 'main'"));
    };
    if super::state(vm).is_some_and(|s| s.running.borrow().is_some()) {
        return Err(PyErr::new(ExcKind::RuntimeError, "asyncio.run() cannot be called from a running event loop"));
    }
    let is_coro =
        matches!(main, Value::Gen(g) if g.kind == GenKind::Coroutine) || super::sleep::is_native_coroutine(main);
    if !is_coro {
        let r = vm.repr(main)?;
        return Err(PyErr::new(ExcKind::ValueError, format!("a coroutine was expected, got {r}")));
    }
    Err(PyErr(Box::new(crate::vm::error::ErrKind::Signal(Signal::new(LoopRequest::Run { coro: main.clone() })))))
}

/// `asyncio.sleep(delay, result=None)`.
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("sleep", &args, &["delay", "result"])?;
    if args.pos.len() > 2 {
        return Err(type_error(format!(
            "sleep() takes from 1 to 2 positional arguments but {} were given",
            args.pos.len()
        )));
    }
    let Some(delay) = arg(&args, 0, "delay") else {
        return Err(type_error("sleep() missing 1 required positional argument: 'delay'"));
    };
    if !matches!(delay, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Err(type_error(format!(
            "'<=' not supported between instances of '{}' and 'int'",
            vm.type_name_of(delay)
        )));
    }
    let result = arg(&args, 1, "result").cloned().unwrap_or(Value::None);
    Ok(Value::Native(SleepCoro::boxed(delay.clone(), result)))
}

fn create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("create_task", &args, &["coro", "name", "context"])?;
    if args.pos.len() != 1 {
        return Err(type_error(format!("create_task() takes 1 positional argument but {} were given", args.pos.len())));
    }
    let lp = super::running_loop(vm)?;
    let name = args.kw("name").cloned();
    super::task::create_task(vm, &lp, args.pos[0].clone(), name).map(Value::Native)
}

fn ensure_future_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("ensure_future", &args, &["coro_or_future", "loop"])?;
    let Some(a) = arg(&args, 0, "coro_or_future") else {
        return Err(type_error("ensure_future() missing 1 required positional argument: 'coro_or_future'"));
    };
    let lp = match args.kw("loop") {
        Some(Value::Native(n)) => Some(n.clone()),
        _ => None,
    };
    ensure_future(vm, a.clone(), lp).map(Value::Native)
}

fn gather(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("gather", &args, &["return_exceptions"])?;
    let return_exceptions = match args.kw("return_exceptions") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    super::gather::gather(vm, args.pos, return_exceptions)
}

fn get_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("get_event_loop", &args, 0, 0)?;
    event_loop(vm).map(Value::Native)
}

fn get_running_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("get_running_loop", &args, 0, 0)?;
    super::running_loop(vm).map(Value::Native)
}

fn new_event_loop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("new_event_loop", &args, 0, 0)?;
    Ok(Value::Native(LoopObj::new_boxed()))
}

fn set_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("set_event_loop", &args, 1, 1)?;
    let Some(s) = super::state(vm) else { return Ok(Value::None) };
    *s.current.borrow_mut() = match &args.pos[0] {
        Value::Native(n) if n.downcast::<LoopObj>().is_some() => Some(n.clone()),
        Value::None => None,
        other => {
            return Err(type_error(format!(
                "loop must be an instance of AbstractEventLoop or None, not '{}'",
                vm.type_name_of(other)
            )));
        }
    };
    Ok(Value::None)
}

fn current_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("current_task", &args, 0, 1)?;
    let _ = super::running_loop(vm)?;
    Ok(super::state(vm).and_then(|s| s.current_task.borrow().clone()).map(Value::Native).unwrap_or(Value::None))
}

/// `asyncio.all_tasks(loop=None)`: the running loop's pending tasks, or those of `loop`.
fn all_tasks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("all_tasks", &args, &["loop"])?;
    if args.pos.len() > 1 {
        return Err(type_error(format!(
            "all_tasks() takes from 0 to 1 positional arguments but {} were given",
            args.pos.len()
        )));
    }
    let given = args.pos.first().or_else(|| args.kw("loop")).filter(|v| !v.is_none());
    let lp = match given {
        Some(Value::Native(n)) if n.downcast::<LoopObj>().is_some() => n.clone(),
        _ => super::running_loop(vm)?,
    };
    let tasks = lp.downcast::<LoopObj>().map(|l| l.pending_tasks()).unwrap_or_default();
    let s = crate::vm::object::PySet::new();
    for t in tasks {
        vm.set_add_to(&s, Value::Native(t))?;
    }
    Ok(Value::Set(s))
}

fn iscoroutine(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("iscoroutine", &args, 1, 1)?;
    let v = &args.pos[0];
    Ok(Value::Bool(matches!(v, Value::Gen(g) if g.kind == GenKind::Coroutine) || super::sleep::is_native_coroutine(v)))
}

fn iscoroutinefunction(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("iscoroutinefunction", &args, 1, 1)?;
    let f = match &args.pos[0] {
        Value::BoundMethod(m) => m.func.clone(),
        other => other.clone(),
    };
    Ok(Value::Bool(match &f {
        Value::Function(f) => f.code().flags.is_async && !f.code().flags.is_generator,
        Value::Builtin(b) => b.name == "sleep" && b.owner.is_empty(),
        _ => false,
    }))
}

fn isfuture(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("isfuture", &args, 1, 1)?;
    Ok(Value::Bool(fut_of(&args.pos[0]).is_some()))
}

/// `_set_wait_reason(fut, kind, ...)`: for asyncio's Python half, what a task waiting
/// on `fut` waits for (the trace names it). Kinds: `wait_for` (task, deadline), `cancel`
/// (task), `queue_get`/`queue_put`/`lock`/`semaphore`/`event`/`condition`/`taskgroup`
/// (the primitive), `wait` (futures, return_when, deadline), `shield` (inner).
fn set_wait_reason(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use crate::trace::{PrimOp, Suspend, WaitMode};
    let Some((_, f)) = args.pos.first().and_then(fut_of) else { return Ok(Value::None) };
    let kind = args.pos.get(1).and_then(|v| v.as_str()).unwrap_or("");
    let task_of = |v: Option<&Value>| v.and_then(fut_of).and_then(|(_, t)| t.task()).map(|t| t.id);
    // The task behind a future: itself, or the task a `shield` protects.
    let behind = |v: Option<&Value>| {
        task_of(v).or_else(|| match v.and_then(fut_of).map(|(_, f)| f.reason.borrow().clone()) {
            Some(Some(Suspend::AwaitShield { task })) => task,
            _ => None,
        })
    };
    let time = |v: Option<&Value>| match v {
        Some(Value::Float(d)) => Some(*d),
        Some(Value::Int(i)) => Some(*i as f64),
        _ => None,
    };
    let prim_op = match kind {
        "queue_get" => Some(PrimOp::Get),
        "queue_put" => Some(PrimOp::Put),
        "lock" | "semaphore" => Some(PrimOp::Acquire),
        "event" | "condition" => Some(PrimOp::Wait),
        "taskgroup" => Some(PrimOp::Exit),
        _ => None,
    };
    let reason = match kind {
        // `wait_for` of a future that no task is behind: just a future.
        "wait_for" => match behind(args.pos.get(2)) {
            Some(task) => Suspend::AwaitWaitFor { task, deadline: time(args.pos.get(3)).unwrap_or(vm.now) },
            None => Suspend::AwaitFuture,
        },
        "cancel" => match behind(args.pos.get(2)) {
            Some(task) => Suspend::AwaitCancel { task },
            None => Suspend::AwaitFuture,
        },
        "wait" => {
            let mut tasks: Vec<u32> = match args.pos.get(2) {
                Some(Value::List(l)) => l.borrow().iter().filter_map(|v| task_of(Some(v))).collect(),
                _ => Vec::new(),
            };
            tasks.sort_unstable();
            let mode = match args.pos.get(3).and_then(|v| v.as_str()) {
                Some("FIRST_COMPLETED") => WaitMode::FirstCompleted,
                Some("FIRST_EXCEPTION") => WaitMode::FirstException,
                _ => WaitMode::AllCompleted,
            };
            Suspend::AwaitWait(Box::new(crate::trace::WaitSpec { tasks, mode, deadline: time(args.pos.get(4)) }))
        }
        "shield" => Suspend::AwaitShield { task: task_of(args.pos.get(2)) },
        _ => match (prim_op, super::state(vm).and_then(|s| args.pos.get(2).and_then(|v| s.prims.id_of(v)))) {
            (Some(op), Some(prim)) => Suspend::AwaitPrim { prim, op },
            _ => Suspend::AwaitFuture,
        },
    };
    *f.reason.borrow_mut() = Some(reason);
    Ok(Value::None)
}

#[allow(dead_code)]
fn unused(n: &NativeBox) -> bool {
    as_fut(n).is_some()
}
