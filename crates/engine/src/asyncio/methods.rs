//! The methods of futures, tasks, the loop, and handles.

use super::event_loop::{Handle, HandleObj, LoopObj, TimerAction};
use super::future::{self, Callback, Fut, FutState, Role, as_fut};
use super::module::LoopRequest;
use crate::trace::TimerKind;
use crate::vm::Vm;
use crate::vm::builtins::{arity, check_kwargs, method, this};
use crate::vm::error::{ErrKind, ExcKind, PyErr, PyResult, not_supported, type_error};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::native::NativeBox;
use crate::vm::signal::Signal;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

static DONE: BuiltinFn = method("Future", "done", done);
static CANCELLED: BuiltinFn = method("Future", "cancelled", cancelled);
static RESULT: BuiltinFn = method("Future", "result", result);
static EXCEPTION: BuiltinFn = method("Future", "exception", exception);
static CANCEL: BuiltinFn = method("Future", "cancel", cancel);
static ADD_DONE_CALLBACK: BuiltinFn = method("Future", "add_done_callback", add_done_callback);
static REMOVE_DONE_CALLBACK: BuiltinFn = method("Future", "remove_done_callback", remove_done_callback);
static SET_RESULT: BuiltinFn = method("Future", "set_result", set_result);
static SET_EXCEPTION: BuiltinFn = method("Future", "set_exception", set_exception);
static GET_LOOP: BuiltinFn = method("Future", "get_loop", get_loop);
static AWAIT: BuiltinFn = method("Future", "__await__", await_self);
static GET_NAME: BuiltinFn = method("Task", "get_name", get_name);
static SET_NAME: BuiltinFn = method("Task", "set_name", set_name);
static GET_CORO: BuiltinFn = method("Task", "get_coro", get_coro);
static CANCELLING: BuiltinFn = method("Task", "cancelling", cancelling);
static UNCANCEL: BuiltinFn = method("Task", "uncancel", uncancel);

pub static FUTURE: &[&BuiltinFn] = &[
    &DONE,
    &CANCELLED,
    &RESULT,
    &EXCEPTION,
    &CANCEL,
    &ADD_DONE_CALLBACK,
    &REMOVE_DONE_CALLBACK,
    &SET_RESULT,
    &SET_EXCEPTION,
    &GET_LOOP,
    &AWAIT,
];

pub static TASK: &[&BuiltinFn] = &[
    &DONE,
    &CANCELLED,
    &RESULT,
    &EXCEPTION,
    &CANCEL,
    &ADD_DONE_CALLBACK,
    &REMOVE_DONE_CALLBACK,
    &SET_RESULT,
    &SET_EXCEPTION,
    &GET_LOOP,
    &AWAIT,
    &GET_NAME,
    &SET_NAME,
    &GET_CORO,
    &CANCELLING,
    &UNCANCEL,
];

fn me<'a>(args: &Args<'a>) -> PyResult<(&'a Rc<NativeBox>, &'a Fut)> {
    match this(args) {
        Value::Native(n) => match as_fut(n) {
            Some(f) => Ok((n, f)),
            None => Err(type_error("descriptor requires a 'Future' object")),
        },
        _ => Err(type_error("descriptor requires a 'Future' object")),
    }
}

fn done(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("done", &args, 1, 1)?;
    Ok(Value::Bool(me(&args)?.1.done()))
}

fn cancelled(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("cancelled", &args, 1, 1)?;
    Ok(Value::Bool(me(&args)?.1.cancelled()))
}

fn result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("result", &args, 1, 1)?;
    future::result(vm, me(&args)?.1)
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("exception", &args, 1, 1)?;
    future::exception(vm, me(&args)?.1)
}

fn cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("cancel", &args, &["msg"])?;
    if args.pos.len() > 2 {
        return Err(type_error(format!("cancel() takes at most 1 argument ({} given)", args.pos.len() - 1)));
    }
    let (n, _) = me(&args)?;
    let msg = args.pos.get(1).or(args.kw("msg")).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(future::cancel(vm, n, msg)))
}

fn add_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("add_done_callback", &args, &["context"])?;
    if args.pos.len() != 2 {
        return Err(type_error("add_done_callback() takes exactly one argument"));
    }
    let (n, _) = me(&args)?;
    future::add_done_callback(vm, n, Callback::Python(args.pos[1].clone()));
    Ok(Value::None)
}

fn remove_done_callback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("remove_done_callback", &args, 2, 2)?;
    let (n, _) = me(&args)?;
    Ok(Value::Int(future::remove_done_callback(n, &Callback::Python(args.pos[1].clone())) as i64))
}

fn set_result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("set_result", &args, 2, 2)?;
    let (n, f) = me(&args)?;
    if f.task().is_some() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Task does not support set_result operation"));
    }
    if f.done() {
        // The C Future's message (`_asynciomodule.c`); the state suffix is only in the
        // pure-Python `futures.py`, which CPython does not use.
        return Err(future::invalid_state(vm, "invalid state"));
    }
    future::set_result(vm, n, args.pos[1].clone());
    Ok(Value::None)
}

fn set_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("set_exception", &args, 2, 2)?;
    let (n, f) = me(&args)?;
    if f.task().is_some() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Task does not support set_exception operation"));
    }
    if f.done() {
        // The C Future's message (`_asynciomodule.c`); the state suffix is only in the
        // pure-Python `futures.py`, which CPython does not use.
        return Err(future::invalid_state(vm, "invalid state"));
    }
    let exc = match vm.exception_from(args.pos[1].clone()) {
        Ok(e) => e,
        Err(_) => return Err(type_error("exceptions must derive from BaseException")),
    };
    if vm.instance_is(&exc, ExcKind::StopIteration) {
        return Err(type_error("StopIteration interacts badly with generators and cannot be raised into a Future"));
    }
    future::set_exception(vm, n, Value::Instance(exc));
    Ok(Value::None)
}

fn get_loop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("get_loop", &args, 1, 1)?;
    Ok(me(&args)?.1.loop_.borrow().clone().map(Value::Native).unwrap_or(Value::None))
}

fn await_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args).clone())
}

fn task_part<'a>(args: &Args<'a>) -> PyResult<&'a future::TaskPart> {
    me(args)?.1.task().ok_or_else(|| type_error("descriptor requires a 'Task' object"))
}

fn get_name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("get_name", &args, 1, 1)?;
    Ok(task_part(&args)?.name.borrow().clone())
}

fn set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("set_name", &args, 2, 2)?;
    let t = task_part(&args)?;
    let s = vm.to_str(&args.pos[1])?;
    *t.name.borrow_mut() = Value::str(s);
    Ok(Value::None)
}

fn get_coro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("get_coro", &args, 1, 1)?;
    Ok(task_part(&args)?.coro.borrow().clone())
}

fn cancelling(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("cancelling", &args, 1, 1)?;
    Ok(Value::Int(task_part(&args)?.cancels.get() as i64))
}

fn uncancel(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("uncancel", &args, 1, 1)?;
    let t = task_part(&args)?;
    if t.cancels.get() > 0 {
        t.cancels.set(t.cancels.get() - 1);
    }
    Ok(Value::Int(t.cancels.get() as i64))
}

// ---------------------------------------------------------------------- the loop

static LOOP_TIME: BuiltinFn = method("AbstractEventLoop", "time", loop_time);
static CALL_SOON: BuiltinFn = method("AbstractEventLoop", "call_soon", call_soon);
static CALL_LATER: BuiltinFn = method("AbstractEventLoop", "call_later", call_later);
static CALL_AT: BuiltinFn = method("AbstractEventLoop", "call_at", call_at);
static CREATE_FUTURE: BuiltinFn = method("AbstractEventLoop", "create_future", create_future);
static CREATE_TASK: BuiltinFn = method("AbstractEventLoop", "create_task", loop_create_task);
static RUN_UNTIL_COMPLETE: BuiltinFn = method("AbstractEventLoop", "run_until_complete", run_until_complete);
static RUN_FOREVER: BuiltinFn = method("AbstractEventLoop", "run_forever", run_forever);
static STOP: BuiltinFn = method("AbstractEventLoop", "stop", stop);
static CLOSE: BuiltinFn = method("AbstractEventLoop", "close", close);
static IS_RUNNING: BuiltinFn = method("AbstractEventLoop", "is_running", is_running);
static IS_CLOSED: BuiltinFn = method("AbstractEventLoop", "is_closed", is_closed);
static GET_DEBUG: BuiltinFn = method("AbstractEventLoop", "get_debug", get_debug);
static SET_DEBUG: BuiltinFn = method("AbstractEventLoop", "set_debug", set_debug);
static RUN_IN_EXECUTOR: BuiltinFn = method("AbstractEventLoop", "run_in_executor", run_in_executor);

pub static LOOP: &[&BuiltinFn] = &[
    &LOOP_TIME,
    &CALL_SOON,
    &CALL_LATER,
    &CALL_AT,
    &CREATE_FUTURE,
    &CREATE_TASK,
    &RUN_UNTIL_COMPLETE,
    &RUN_FOREVER,
    &STOP,
    &CLOSE,
    &IS_RUNNING,
    &IS_CLOSED,
    &GET_DEBUG,
    &SET_DEBUG,
    &RUN_IN_EXECUTOR,
];

fn lp<'a>(args: &Args<'a>) -> PyResult<(&'a Rc<NativeBox>, &'a LoopObj)> {
    match this(args) {
        Value::Native(n) => match n.downcast::<LoopObj>() {
            Some(l) => Ok((n, l)),
            None => Err(type_error("descriptor requires an event loop")),
        },
        _ => Err(type_error("descriptor requires an event loop")),
    }
}

fn loop_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("time", &args, 1, 1)?;
    Ok(Value::Float(vm.now))
}

fn check_closed(l: &LoopObj) -> PyResult<()> {
    if l.closed.get() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Event loop is closed"));
    }
    Ok(())
}

fn new_handle(
    vm: &mut Vm,
    n: &Rc<NativeBox>,
    callback: &Value,
    args: &[Value],
    when: Option<f64>,
) -> PyResult<Rc<NativeBox>> {
    let callable = matches!(callback, Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_))
        || matches!(callback, Value::Instance(i) if i.class.lookup("__call__").is_some());
    if !callable {
        return Err(type_error(format!("a callable object was expected by call_soon(), got {}", vm.repr(callback)?)));
    }
    Ok(NativeBox::new(
        HandleObj {
            callback: RefCell::new(callback.clone()),
            args: RefCell::new(args.to_vec()),
            cancelled: Cell::new(false),
            when,
            seq: Cell::new(None),
            ready_id: Cell::new(None),
            loop_: RefCell::new(Some(n.clone())),
        },
        64,
    ))
}

fn call_soon(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("call_soon", &args, &["context"])?;
    let (n, l) = lp(&args)?;
    check_closed(l)?;
    let Some(cb) = args.pos.get(1) else {
        return Err(type_error("call_soon() missing 1 required positional argument: 'callback'"));
    };
    let h = new_handle(vm, n, cb, &args.pos[2..], None)?;
    l.call_soon(vm, Handle::Call(h.clone()));
    Ok(Value::Native(h))
}

fn number(vm: &Vm, v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) => Ok(*f),
        other => Err(type_error(format!(
            "unsupported operand type(s) for +: 'float' and '{}'{what}",
            vm.type_name_of(other)
        ))),
    }
}

fn schedule(vm: &mut Vm, args: Args, name: &str, absolute: bool) -> PyResult<Value> {
    check_kwargs(name, &args, &["context"])?;
    let (n, l) = lp(&args)?;
    check_closed(l)?;
    if args.pos.len() < 3 {
        return Err(type_error(format!("{name}() missing required arguments")));
    }
    let t = number(vm, &args.pos[1], "")?;
    let when = if absolute { t } else { vm.now + t };
    let h = new_handle(vm, n, &args.pos[2], &args.pos[3..], Some(when))?;
    let kind = match super::event_loop::callable_name(&args.pos[2]).as_deref() {
        Some("_release_waiter") => TimerKind::WaitForTimeout,
        // `asyncio.timeout`'s `Timeout._on_timeout`, `as_completed`'s `_on_timeout`.
        Some("_on_timeout") => TimerKind::Timeout,
        _ => TimerKind::Callback,
    };
    let seq = l.call_at(vm, when, TimerAction::Call(h.clone()), vm.task, kind);
    if let Some(ho) = h.downcast::<HandleObj>() {
        ho.seq.set(Some(seq));
    }
    Ok(Value::Native(h))
}

fn call_later(vm: &mut Vm, args: Args) -> PyResult<Value> {
    schedule(vm, args, "call_later", false)
}

fn call_at(vm: &mut Vm, args: Args) -> PyResult<Value> {
    schedule(vm, args, "call_at", true)
}

fn create_future(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("create_future", &args, 1, 1)?;
    let (n, _) = lp(&args)?;
    Ok(Value::Native(Fut::new(Some(n.clone()), Role::Plain).boxed()))
}

fn loop_create_task(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("create_task", &args, &["name", "context"])?;
    let (n, l) = lp(&args)?;
    check_closed(l)?;
    let Some(coro) = args.pos.get(1) else {
        return Err(type_error("create_task() missing 1 required positional argument: 'coro'"));
    };
    let name = args.kw("name").cloned();
    super::task::create_task(vm, n, coro.clone(), name).map(Value::Native)
}

fn signal(request: LoopRequest) -> PyErr {
    PyErr(Box::new(ErrKind::Signal(Signal::new(request))))
}

fn run_until_complete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("run_until_complete", &args, 2, 2)?;
    let (n, l) = lp(&args)?;
    check_closed(l)?;
    if l.running.get() {
        return Err(PyErr::new(ExcKind::RuntimeError, "This event loop is already running"));
    }
    if super::state(vm).is_some_and(|s| s.running.borrow().is_some()) {
        return Err(PyErr::new(ExcKind::RuntimeError, "Cannot run the event loop while another loop is running"));
    }
    Err(signal(LoopRequest::RunUntilComplete { lp: n.clone(), fut: args.pos[1].clone() }))
}

fn run_forever(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("run_forever", &args, 1, 1)?;
    let (n, l) = lp(&args)?;
    check_closed(l)?;
    if l.running.get() || super::state(vm).is_some_and(|s| s.running.borrow().is_some()) {
        return Err(PyErr::new(ExcKind::RuntimeError, "This event loop is already running"));
    }
    Err(signal(LoopRequest::RunForever { lp: n.clone() }))
}

fn stop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("stop", &args, 1, 1)?;
    let (_, l) = lp(&args)?;
    l.state.borrow_mut().stopping = true;
    Ok(Value::None)
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("close", &args, 1, 1)?;
    let (_, l) = lp(&args)?;
    if l.running.get() {
        return Err(PyErr::new(ExcKind::RuntimeError, "Cannot close a running event loop"));
    }
    if !l.closed.get() {
        l.closed.set(true);
        l.reset();
    }
    Ok(Value::None)
}

fn is_running(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("is_running", &args, 1, 1)?;
    Ok(Value::Bool(lp(&args)?.1.running.get()))
}

fn is_closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("is_closed", &args, 1, 1)?;
    Ok(Value::Bool(lp(&args)?.1.closed.get()))
}

fn get_debug(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn set_debug(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn run_in_executor(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(not_supported("'loop.run_in_executor()' (threads)"))
}

// ---------------------------------------------------------------------- handles

static HANDLE_CANCEL: BuiltinFn = method("Handle", "cancel", handle_cancel);
static HANDLE_CANCELLED: BuiltinFn = method("Handle", "cancelled", handle_cancelled);
static HANDLE_WHEN: BuiltinFn = method("TimerHandle", "when", handle_when);

pub static HANDLE: &[&BuiltinFn] = &[&HANDLE_CANCEL, &HANDLE_CANCELLED, &HANDLE_WHEN];

fn handle<'a>(args: &Args<'a>) -> PyResult<&'a HandleObj> {
    match this(args) {
        Value::Native(n) => n.downcast::<HandleObj>().ok_or_else(|| type_error("descriptor requires a Handle")),
        _ => Err(type_error("descriptor requires a Handle")),
    }
}

fn handle_cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("cancel", &args, 1, 1)?;
    let h = handle(&args)?;
    if !h.cancelled.get() {
        h.cancelled.set(true);
        if let Some(seq) = h.seq.get()
            && let Some(lp) = h.loop_.borrow().clone()
            && let Some(l) = lp.downcast::<LoopObj>()
        {
            l.cancel_timer(vm, seq);
        }
        if let Some(id) = h.ready_id.get() {
            vm.record(crate::trace::EventKind::HandleCancelled { handle: id });
        }
        let _ = h.args.borrow_mut().drain(..);
    }
    Ok(Value::None)
}

fn handle_cancelled(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(handle(&args)?.cancelled.get()))
}

fn handle_when(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(handle(&args)?.when.map(Value::Float).unwrap_or(Value::None))
}

// ---------------------------------------------------------------------- sleep coroutines

static CORO_CLOSE: BuiltinFn = method("coroutine", "close", coro_close);

pub static SLEEP_CORO: &[&BuiltinFn] = &[&CORO_CLOSE];

fn coro_close(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

#[allow(dead_code)]
fn unused(_: FutState) {}
