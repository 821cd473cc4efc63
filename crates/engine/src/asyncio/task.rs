//! Tasks: making one (`create_task`), its label for the Gantt chart, and its step
//! (`Task.__step`): run its coroutine on its own stack until it awaits something
//! pending, then register the wake-up with what it awaits.

use super::event_loop::{Handle, LoopObj};
use super::future::{self, Callback, Fut, FutState, Role, TaskPart, as_fut};
use crate::trace::{EventKind, Suspend, TaskEnd, TaskInfo};
use crate::vm::Vm;
use crate::vm::error::{ExcKind, Halt, PyErr, PyResult};
use crate::vm::frame::{Link, Resume, Stack};
use crate::vm::interp::RunResult;
use crate::vm::object::generator::{GenKind, GenState};
use crate::vm::object::native::NativeBox;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `loop.create_task(coro, name=)`. `parent`: the task that made it (for the Gantt
/// chart's nesting).
pub fn create_task(vm: &mut Vm, lp: &Rc<NativeBox>, coro: Value, name: Option<Value>) -> PyResult<Rc<NativeBox>> {
    let Some(st) = super::state(vm) else { return Err(PyErr::halt("RuntimeError: asyncio is not set up")) };
    let is_coro =
        matches!(&coro, Value::Gen(g) if g.kind == GenKind::Coroutine) || super::sleep::is_native_coroutine(&coro);
    if !is_coro {
        let r = vm.repr(&coro)?;
        return Err(PyErr::new(ExcKind::TypeError, format!("a coroutine was expected, got {r}")));
    }
    if let Value::Gen(g) = &coro {
        g.awaited.set(true);
    }
    let live = st.live_tasks.get();
    // `main()` itself is not counted.
    if live >= vm.limits.max_tasks {
        return Err(PyErr::halt(format!("LimitError: task limit of {} live tasks reached", vm.limits.max_tasks)));
    }
    st.live_tasks.set(live + 1);
    let id = vm.trace.borrow().tasks.len() as u32;
    let label = match &name {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) if !v.is_none() => vm.to_str(v)?,
        _ => {
            let (label, unnamed) = label_and_prims(vm, &coro);
            for prim in unnamed {
                super::prims::watch_label(vm, id, prim);
            }
            label
        }
    };
    let task_name = match name {
        Some(v) if !v.is_none() => Value::str(vm.to_str(&v)?),
        _ => Value::str(format!("Task-{}", st.task_counter.get() + 1)),
    };
    st.task_counter.set(st.task_counter.get() + 1);
    let part = TaskPart {
        id,
        coro: RefCell::new(coro),
        stack: RefCell::new(None),
        fut_waiter: RefCell::new(None),
        must_cancel: Cell::new(false),
        cancels: Cell::new(0),
        name: RefCell::new(task_name),
        suspend: RefCell::new(None),
        started: Cell::new(false),
    };
    let task = Fut::new(Some(lp.clone()), Role::Task(Box::new(part))).boxed();
    let parent = vm.task;
    let created = vm.now;
    vm.trace.borrow_mut().tasks.push(TaskInfo { id, parent, label, created });
    vm.record(EventKind::TaskCreated { task: id });
    if let Some(l) = lp.downcast::<LoopObj>() {
        l.add_task(&task);
        l.call_soon(vm, Handle::Step { task: task.clone(), exc: None });
    }
    Ok(task)
}

/// How the Gantt chart names a task running `coro`: `countdown("task A", 3)`.
pub fn label_of(vm: &mut Vm, coro: &Value) -> String {
    label_and_prims(vm, coro).0
}

/// The label, and the primitives it shows by a placeholder until their names are found:
/// a queue, a lock... is shown by the program's name for it (`use(lock, "a")`), and a
/// coroutine of one of its methods as a method call (`q.get()`).
fn label_and_prims(vm: &mut Vm, coro: &Value) -> (String, Vec<crate::trace::PrimId>) {
    let mut unnamed = Vec::new();
    let label = match coro {
        Value::Gen(g) => {
            let nparams = g.code.code.params.count();
            let args: Vec<Value> = g.frame.borrow().regs.iter().take(nparams).cloned().collect();
            let prims = super::state(vm);
            let mut parts = Vec::new();
            let mut receiver = None;
            for (i, a) in args.iter().enumerate() {
                let a = match a {
                    Value::Cell(c) => c.get(),
                    other => other.clone(),
                };
                let part = match prims.as_ref().and_then(|s| s.prims.id_of(&a)) {
                    Some(prim) => {
                        let (text, placeholder) = super::prims::arg_label(vm, prim);
                        if placeholder {
                            unnamed.push(prim);
                        }
                        let is_self = g.code.code.local_names.first().is_some_and(|n| &**n == "self");
                        if i == 0 && is_self {
                            receiver = Some(text);
                            continue;
                        }
                        text
                    }
                    None => match &a {
                        Value::Str(s) if !s.as_str().contains(['"', '\\', '\n']) => format!("\"{}\"", s.as_str()),
                        other => vm.repr(other).unwrap_or_default(),
                    },
                };
                parts.push(part);
            }
            match receiver {
                Some(r) => format!("{r}.{}({})", g.name, parts.join(", ")),
                None => format!("{}({})", g.name, parts.join(", ")),
            }
        }
        other => super::sleep::native_label(vm, other).unwrap_or_else(|| "coroutine()".into()),
    };
    (label, unnamed)
}

/// The task's repr: `<Task pending name='Task-2' coro=<countdown() running>>`.
pub fn repr(vm: &mut Vm, me: &Rc<NativeBox>, f: &Fut) -> PyResult<String> {
    let state = match &*f.state.borrow() {
        FutState::Pending => "pending",
        FutState::Cancelled => "cancelled",
        _ => "finished",
    };
    match &f.role {
        Role::Task(t) => {
            let name = t.name.borrow().clone();
            let name = vm.repr(&name)?;
            let coro = t.coro.borrow().clone();
            let coro_text = match &coro {
                Value::Gen(g) => {
                    let running = g.state.get() == GenState::Running;
                    format!("<{}() {}>", g.qualname, if running { "running" } else { "done" })
                }
                other => vm.repr(other)?,
            };
            let extra = match &*f.state.borrow() {
                FutState::Done(v) => {
                    let v = v.clone();
                    format!(" result={}", vm.repr(&v)?)
                }
                FutState::Failed(e) => {
                    let e = e.clone();
                    format!(" exception={}", vm.repr(&e)?)
                }
                _ => String::new(),
            };
            Ok(format!("<Task {state} name={name} coro={coro_text}{extra}>"))
        }
        _ => {
            let _ = me;
            let kind = f.type_name_str();
            let extra = match &*f.state.borrow() {
                FutState::Done(v) => {
                    let v = v.clone();
                    format!(" result={}", vm.repr(&v)?)
                }
                FutState::Failed(e) => {
                    let e = e.clone();
                    format!(" exception={}", vm.repr(&e)?)
                }
                _ => String::new(),
            };
            Ok(format!("<{kind} {state}{extra}>"))
        }
    }
}

impl Fut {
    fn type_name_str(&self) -> &'static str {
        match self.role {
            Role::Gather(_) => "_GatheringFuture",
            _ => "Future",
        }
    }
}

/// What a task's step did.
pub enum StepResult {
    /// It suspended (or finished): the loop goes on.
    Done,
    /// The host needs a turn: step the same task again afterwards (nothing else runs
    /// in between).
    Preempted,
    /// The run must end.
    Halt(Halt),
}

/// `Task.__step(exc)` (the first step with `exc: None` starts the coroutine).
pub fn step(vm: &mut Vm, task: &Rc<NativeBox>, exc: Option<Value>) -> StepResult {
    let Some(f) = as_fut(task) else { return StepResult::Done };
    let Some(t) = f.task() else { return StepResult::Done };
    if f.done() {
        return StepResult::Done;
    }
    let mut exc = exc;
    if t.must_cancel.get() {
        let is_cancel = exc.as_ref().is_some_and(|e| is_cancelled_error(vm, e));
        if !is_cancel {
            exc = Some(future::make_cancelled_error(vm, f));
        }
        t.must_cancel.set(false);
    }
    *t.fut_waiter.borrow_mut() = None;
    *t.suspend.borrow_mut() = None;
    vm.record(EventKind::StepStart { task: t.id });
    let taken = t.stack.borrow_mut().take();
    let mut stack = match taken {
        Some(s) => s,
        // Thrown into before its first step (cancelled at once): as CPython's
        // `coro.throw()` of a coroutine that never started, the exception comes straight
        // out; none of its code runs, not even a `try` at its top.
        None if exc.is_some() && !t.started.get() => {
            t.started.set(true);
            let coro = t.coro.borrow().clone();
            if let Value::Gen(g) = &coro {
                g.state.set(GenState::Finished);
            }
            let e = match exc {
                Some(Value::Instance(i)) => PyErr::exc(i),
                _ => PyErr::new(ExcKind::RuntimeError, "bad exception"),
            };
            return finish(vm, task, Err(e));
        }
        None => {
            // The first step: the coroutine's frame.
            t.started.set(true);
            let coro = t.coro.borrow().clone();
            if let (Some(e), Value::Gen(g)) = (&exc, &coro) {
                // Thrown into a coroutine that never ran (cancelled before its first
                // step): it ends at once, none of its handlers run (`coro.throw`).
                g.state.set(crate::vm::object::generator::GenState::Finished);
                g.awaited.set(true);
                let err = match e {
                    Value::Instance(i) => PyErr::exc(i.clone()),
                    _ => PyErr::new(ExcKind::TypeError, "exceptions must derive from BaseException"),
                };
                return finish(vm, task, Err(err));
            }
            let mut s = Stack::new();
            if let Err(e) = start_stack(vm, &mut s, &coro) {
                return finish(vm, task, Err(e));
            }
            s
        }
    };
    stack.resume = Some(match exc {
        Some(e) => Resume::Throw(e),
        None => Resume::Send(Value::None),
    });
    run(vm, task, stack)
}

/// Goes on with a task that was preempted.
pub fn resume_preempted(vm: &mut Vm, task: &Rc<NativeBox>) -> StepResult {
    let Some(t) = as_fut(task).and_then(|f| f.task()) else { return StepResult::Done };
    let Some(stack) = t.stack.borrow_mut().take() else { return StepResult::Done };
    run(vm, task, stack)
}

fn start_stack(vm: &mut Vm, stack: &mut Stack, coro: &Value) -> PyResult<()> {
    match coro {
        Value::Gen(g) => vm.push_gen(stack, g, Value::None, Link::Root),
        other => super::sleep::push_native_coroutine(vm, stack, other),
    }
}

fn run(vm: &mut Vm, task: &Rc<NativeBox>, mut stack: Stack) -> StepResult {
    let Some(f) = as_fut(task) else { return StepResult::Done };
    let Some(t) = f.task() else { return StepResult::Done };
    let st = super::state(vm);
    let previous_task = vm.task.replace(t.id);
    let previous_current = st.as_ref().map(|s| s.current_task.replace(Some(task.clone())));
    let r = vm.run(&mut stack);
    vm.task = previous_task;
    if let (Some(s), Some(p)) = (&st, previous_current) {
        *s.current_task.borrow_mut() = p;
    }
    match r {
        RunResult::Preempted => {
            *t.stack.borrow_mut() = Some(stack);
            StepResult::Preempted
        }
        RunResult::Returned(v) => finish(vm, task, Ok(v)),
        RunResult::Raised(e) => finish(vm, task, Err(PyErr::exc(e))),
        RunResult::Yielded(y) => {
            super::prims::find_names(vm, &stack);
            *t.stack.borrow_mut() = Some(stack);
            suspended(vm, task, y);
            StepResult::Done
        }
        RunResult::Halted(h) => StepResult::Halt(h),
        RunResult::GenYielded(_) => {
            StepResult::Halt(Halt::Error("RuntimeError: a generator yielded to its task (a Loopscope bug)".into()))
        }
        RunResult::Signal(_) => {
            let e = PyErr::new(ExcKind::RuntimeError, "asyncio.run() cannot be called from a running event loop");
            finish(vm, task, Err(e))
        }
    }
}

/// The coroutine yielded `y` (`Task.__step`'s blocking-future branch).
fn suspended(vm: &mut Vm, task: &Rc<NativeBox>, y: Value) {
    let Some(f) = as_fut(task) else { return };
    let Some(t) = f.task() else { return };
    let Some(lp) = f.loop_.borrow().clone() else { return };
    let Some(l) = lp.downcast::<LoopObj>() else { return };
    let reason = match &y {
        Value::None => {
            // A bare yield (`sleep(0)`): the back of the ready queue.
            l.call_soon(vm, Handle::Step { task: task.clone(), exc: None });
            Suspend::Yield
        }
        Value::Native(n) if as_fut(n).is_some() => {
            if Rc::ptr_eq(n, task) {
                let name = t.name.borrow().clone();
                let name = vm.repr(&name).unwrap_or_default();
                let msg = format!("Task cannot await on itself: <Task pending name={name}>");
                let e = Value::Instance(vm.new_exception(ExcKind::RuntimeError, vec![Value::str(msg)]));
                l.call_soon(vm, Handle::Step { task: task.clone(), exc: Some(e) });
                Suspend::Yield
            } else {
                future::add_done_callback(vm, n, Callback::Wakeup(task.clone()));
                *t.fut_waiter.borrow_mut() = Some(n.clone());
                if t.must_cancel.get() {
                    let msg = f.cancel_message.borrow().clone();
                    if future::cancel(vm, n, msg) {
                        t.must_cancel.set(false);
                    }
                }
                reason_for(n)
            }
        }
        other => {
            let r = vm.repr(other).unwrap_or_default();
            let msg = format!("Task got bad yield: {r}");
            let e = Value::Instance(vm.new_exception(ExcKind::RuntimeError, vec![Value::str(msg)]));
            l.call_soon(vm, Handle::Step { task: task.clone(), exc: Some(e) });
            Suspend::Yield
        }
    };
    *t.suspend.borrow_mut() = Some(reason.clone());
    let line = suspend_line(vm, t);
    vm.record(EventKind::StepEnd { task: t.id, reason, line });
}

/// The source line where the task stands: its innermost frame of the program's own code
/// (asyncio's Python half, where `queue.get()` waits, has other line numbers).
fn suspend_line(vm: &Vm, t: &TaskPart) -> Option<u32> {
    let stack = t.stack.borrow();
    let frame = stack.as_ref()?.frames.iter().rev().find(|f| f.code.global_base == 0)?;
    let at = frame.ip.saturating_sub(1) as usize;
    let span = frame.code.code.spans.get(at)?;
    Some(vm.line_of(span.start))
}

/// Why a task waiting on `fut` waits, for the trace.
fn reason_for(fut: &Rc<NativeBox>) -> Suspend {
    let Some(f) = as_fut(fut) else { return Suspend::Yield };
    if let Some(r) = f.reason.borrow().clone() {
        return r;
    }
    match &f.role {
        Role::Task(t) => Suspend::AwaitTask { task: t.id },
        Role::Gather(g) => Suspend::AwaitGather {
            tasks: g.children.borrow().iter().filter_map(|c| as_fut(c).and_then(|f| f.task()).map(|t| t.id)).collect(),
        },
        Role::Plain => Suspend::AwaitFuture,
    }
}

pub fn is_cancelled_error(vm: &Vm, e: &Value) -> bool {
    match (e, super::state(vm)) {
        (Value::Instance(i), Some(s)) => i.class.is_subclass(&s.cancelled_error),
        _ => false,
    }
}

/// Records the end of a task and completes its future (`Task.__step`'s except arms).
fn finish(vm: &mut Vm, task: &Rc<NativeBox>, r: PyResult<Value>) -> StepResult {
    let Some(f) = as_fut(task) else { return StepResult::Done };
    let Some(t) = f.task() else { return StepResult::Done };
    if let Some(s) = super::state(vm) {
        s.live_tasks.set(s.live_tasks.get().saturating_sub(1));
    }
    // The frames are gone; keep no values alive.
    let _ = t.stack.borrow_mut().take();
    let end = match r {
        Ok(v) => {
            if t.must_cancel.get() {
                t.must_cancel.set(false);
                let msg = f.cancel_message.borrow().clone();
                future::cancel_plain(vm, task, msg);
                TaskEnd::Cancelled
            } else {
                let repr = short_repr(vm, &v);
                future::set_result(vm, task, v);
                TaskEnd::Returned(repr.into())
            }
        }
        Err(e) => {
            let exc = match vm.materialize(e) {
                Ok(x) => Value::Instance(x),
                Err(other) => {
                    return match *other.0 {
                        crate::vm::error::ErrKind::Halt(h) => StepResult::Halt(h),
                        _ => StepResult::Halt(Halt::Error("RuntimeError: unexpected signal".into())),
                    };
                }
            };
            if is_cancelled_error(vm, &exc) {
                *f.cancelled_exc.borrow_mut() = Some(exc);
                future::cancel_plain(vm, task, Value::None);
                TaskEnd::Cancelled
            } else {
                let d = match &exc {
                    Value::Instance(i) => vm.describe_exception(i),
                    _ => String::new(),
                };
                future::set_exception(vm, task, exc);
                TaskEnd::Raised(d.into())
            }
        }
    };
    vm.record(EventKind::TaskFinished { task: t.id, end });
    StepResult::Done
}

fn short_repr(vm: &mut Vm, v: &Value) -> String {
    let s = match v {
        Value::Native(_) => "<Task>".to_string(),
        other => vm.repr(other).unwrap_or_default(),
    };
    if s.len() > 200 {
        let mut cut = 200;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{}…", &s[..cut])
    } else {
        s
    }
}
