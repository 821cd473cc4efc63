//! asyncio's futures: `Future`, `Task` and `gather`'s `_GatheringFuture` are one native
//! object with a role. Completing a future `call_soon`s each of its done-callbacks, as
//! CPython's `Future._schedule_callbacks` does — that is where asyncio's extra loop
//! iterations come from.

use super::event_loop::{Handle, LoopObj};
use crate::trace::{Suspend, TaskId};
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult};
use crate::vm::frame::Stack;
use crate::vm::object::function::BuiltinFn;
use crate::vm::object::native::{AwaitStep, NativeBox, NativeObject};
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug, Clone)]
pub enum FutState {
    Pending,
    Done(Value),
    /// The exception set (an exception instance).
    Failed(Value),
    Cancelled,
}

/// A done-callback.
#[derive(Debug, Clone)]
pub enum Callback {
    /// `Task.__wakeup`: step the task (throwing the future's exception, if any).
    Wakeup(Rc<NativeBox>),
    /// `gather`'s `_done_callback`.
    GatherChild(Rc<NativeBox>),
    /// `run_until_complete`'s callback: stop the loop.
    Stop,
    /// A callable given to `add_done_callback`.
    Python(Value),
}

impl Callback {
    fn same(&self, other: &Callback) -> bool {
        match (self, other) {
            (Callback::Wakeup(a), Callback::Wakeup(b)) | (Callback::GatherChild(a), Callback::GatherChild(b)) => {
                Rc::ptr_eq(a, b)
            }
            (Callback::Stop, Callback::Stop) => true,
            (Callback::Python(a), Callback::Python(b)) => a.is(b),
            _ => false,
        }
    }
}

/// A task's own state.
#[derive(Debug)]
pub struct TaskPart {
    pub id: TaskId,
    /// The coroutine (for `get_coro` and the first step).
    pub coro: RefCell<Value>,
    /// Its frames, between steps (taken out while it runs).
    pub stack: RefCell<Option<Stack>>,
    /// The future it waits on (`_fut_waiter`).
    pub fut_waiter: RefCell<Option<Rc<NativeBox>>>,
    pub must_cancel: Cell<bool>,
    /// `_num_cancels_requested`.
    pub cancels: Cell<u32>,
    pub name: RefCell<Value>,
    /// Why its last step suspended, for the trace.
    pub suspend: RefCell<Option<Suspend>>,
    /// Whether the task started (its first step ran).
    pub started: Cell<bool>,
}

/// `_GatheringFuture`'s state.
#[derive(Debug)]
pub struct GatherPart {
    pub children: RefCell<Vec<Rc<NativeBox>>>,
    pub nfuts: Cell<usize>,
    pub nfinished: Cell<usize>,
    pub return_exceptions: bool,
    pub cancel_requested: Cell<bool>,
}

/// The role-specific parts are boxed: a plain future (one per `sleep(d)`) would
/// otherwise carry a task's frames and fields, about 250 bytes it never uses.
#[derive(Debug)]
pub enum Role {
    Plain,
    Task(Box<TaskPart>),
    Gather(Box<GatherPart>),
}

#[derive(Debug)]
pub struct Fut {
    pub state: RefCell<FutState>,
    pub callbacks: RefCell<Vec<Callback>>,
    /// A cancelled task's own CancelledError (`_cancelled_exc`), raised by the first
    /// `result()`.
    pub cancelled_exc: RefCell<Option<Value>>,
    /// `_cancel_message`.
    pub cancel_message: RefCell<Value>,
    pub loop_: RefCell<Option<Rc<NativeBox>>>,
    pub role: Role,
    /// What a task waiting on this future waits for (set by `sleep`, `wait_for`, the
    /// synchronization primitives), for the trace.
    pub reason: RefCell<Option<Suspend>>,
}

impl Fut {
    pub fn new(loop_: Option<Rc<NativeBox>>, role: Role) -> Fut {
        Fut {
            state: RefCell::new(FutState::Pending),
            callbacks: RefCell::new(Vec::new()),
            cancelled_exc: RefCell::new(None),
            cancel_message: RefCell::new(Value::None),
            loop_: RefCell::new(loop_),
            role,
            reason: RefCell::new(None),
        }
    }

    pub fn boxed(self) -> Rc<NativeBox> {
        NativeBox::new(self, 160)
    }

    pub fn done(&self) -> bool {
        !matches!(*self.state.borrow(), FutState::Pending)
    }

    pub fn cancelled(&self) -> bool {
        matches!(*self.state.borrow(), FutState::Cancelled)
    }

    pub fn task(&self) -> Option<&TaskPart> {
        match &self.role {
            Role::Task(t) => Some(&**t),
            _ => None,
        }
    }

    pub fn gather(&self) -> Option<&GatherPart> {
        match &self.role {
            Role::Gather(g) => Some(&**g),
            _ => None,
        }
    }
}

/// The `Fut` of a native value, if it is one.
pub fn fut_of(v: &Value) -> Option<(&Rc<NativeBox>, &Fut)> {
    match v {
        Value::Native(n) => n.downcast::<Fut>().map(|f| (n, f)),
        _ => None,
    }
}

pub fn as_fut(n: &NativeBox) -> Option<&Fut> {
    n.downcast::<Fut>()
}

/// The loop object of a future.
fn loop_of(f: &Fut) -> Option<Rc<NativeBox>> {
    f.loop_.borrow().clone()
}

/// `_schedule_callbacks`: every done-callback goes to the back of the ready queue.
fn schedule_callbacks(vm: &mut Vm, me: &Rc<NativeBox>, f: &Fut) {
    let callbacks = std::mem::take(&mut *f.callbacks.borrow_mut());
    let Some(lp) = loop_of(f) else { return };
    let Some(l) = lp.downcast::<LoopObj>() else { return };
    for callback in callbacks {
        l.call_soon(vm, Handle::Done { callback, fut: me.clone() });
    }
}

pub fn set_result(vm: &mut Vm, me: &Rc<NativeBox>, value: Value) {
    let Some(f) = as_fut(me) else { return };
    *f.state.borrow_mut() = FutState::Done(value);
    schedule_callbacks(vm, me, f);
}

pub fn set_exception(vm: &mut Vm, me: &Rc<NativeBox>, exc: Value) {
    let Some(f) = as_fut(me) else { return };
    *f.state.borrow_mut() = FutState::Failed(exc);
    schedule_callbacks(vm, me, f);
}

/// `Future.cancel(msg)` of the future part (tasks and gathers have their own).
pub fn cancel_plain(vm: &mut Vm, me: &Rc<NativeBox>, msg: Value) -> bool {
    let Some(f) = as_fut(me) else { return false };
    if f.done() {
        return false;
    }
    *f.state.borrow_mut() = FutState::Cancelled;
    *f.cancel_message.borrow_mut() = msg;
    schedule_callbacks(vm, me, f);
    true
}

/// `fut.cancel(msg)`, dispatched on the role.
pub fn cancel(vm: &mut Vm, me: &Rc<NativeBox>, msg: Value) -> bool {
    let Some(f) = as_fut(me) else { return false };
    match &f.role {
        Role::Plain => cancel_plain(vm, me, msg),
        Role::Task(t) => {
            if f.done() {
                return false;
            }
            t.cancels.set(t.cancels.get() + 1);
            let waiter = t.fut_waiter.borrow().clone();
            if let Some(w) = waiter
                && cancel(vm, &w, msg.clone())
            {
                return true;
            }
            t.must_cancel.set(true);
            *f.cancel_message.borrow_mut() = msg;
            true
        }
        Role::Gather(g) => {
            if f.done() {
                return false;
            }
            let mut ret = false;
            let children = g.children.borrow().clone();
            for child in children {
                if cancel(vm, &child, msg.clone()) {
                    ret = true;
                }
            }
            if ret {
                g.cancel_requested.set(true);
            }
            ret
        }
    }
}

/// `CancelledError(msg)`, as `_make_cancelled_error` builds it.
pub fn cancelled_error(vm: &Vm, msg: &Value) -> Value {
    let class = super::state(vm).map(|s| s.cancelled_error.clone());
    let args = if msg.is_none() { vec![] } else { vec![msg.clone()] };
    match class {
        Some(c) => {
            let e = crate::vm::object::PyInstance::new(c);
            if let Some(s) = &e.exc {
                *s.args.borrow_mut() = crate::vm::object::PyTuple::new(args);
            }
            Value::Instance(e)
        }
        None => Value::Instance(vm.new_exception(ExcKind::BaseException, args)),
    }
}

/// `future._make_cancelled_error()`.
pub fn make_cancelled_error(vm: &Vm, f: &Fut) -> Value {
    if let Some(e) = f.cancelled_exc.borrow_mut().take() {
        return e;
    }
    let msg = f.cancel_message.borrow().clone();
    cancelled_error(vm, &msg)
}

fn raise(v: Value) -> PyErr {
    match v {
        Value::Instance(i) => PyErr::exc(i),
        _ => PyErr::new(ExcKind::RuntimeError, "bad exception"),
    }
}

/// `future.result()`.
pub fn result(vm: &mut Vm, f: &Fut) -> PyResult<Value> {
    let state = f.state.borrow().clone();
    match state {
        FutState::Pending => Err(invalid_state(vm, "Result is not set.")),
        FutState::Done(v) => Ok(v),
        FutState::Failed(e) => Err(raise(e)),
        FutState::Cancelled => Err(raise(make_cancelled_error(vm, f))),
    }
}

/// `future.exception()`.
pub fn exception(vm: &mut Vm, f: &Fut) -> PyResult<Value> {
    let state = f.state.borrow().clone();
    match state {
        FutState::Pending => Err(invalid_state(vm, "Exception is not set.")),
        FutState::Done(_) => Ok(Value::None),
        FutState::Failed(e) => Ok(e),
        FutState::Cancelled => Err(raise(make_cancelled_error(vm, f))),
    }
}

pub fn invalid_state(vm: &Vm, msg: &str) -> PyErr {
    match super::state(vm) {
        Some(s) => {
            let e = crate::vm::object::PyInstance::new(s.invalid_state_error.clone());
            if let Some(st) = &e.exc {
                *st.args.borrow_mut() = crate::vm::object::PyTuple::new(vec![Value::str(msg)]);
            }
            PyErr::exc(e)
        }
        None => PyErr::new(ExcKind::RuntimeError, msg),
    }
}

pub fn add_done_callback(vm: &mut Vm, me: &Rc<NativeBox>, callback: Callback) {
    let Some(f) = as_fut(me) else { return };
    if f.done() {
        if let Some(lp) = loop_of(f)
            && let Some(l) = lp.downcast::<LoopObj>()
        {
            l.call_soon(vm, Handle::Done { callback, fut: me.clone() });
        }
    } else {
        let mut callbacks = f.callbacks.borrow_mut();
        if callbacks.capacity() == 0 {
            // Most futures get one callback (the task awaiting it): a first push would
            // reserve four.
            callbacks.reserve_exact(1);
        }
        callbacks.push(callback);
    }
}

pub fn remove_done_callback(me: &Rc<NativeBox>, callback: &Callback) -> usize {
    let Some(f) = as_fut(me) else { return 0 };
    let mut cbs = f.callbacks.borrow_mut();
    let before = cbs.len();
    cbs.retain(|c| !c.same(callback));
    before - cbs.len()
}

impl NativeObject for Fut {
    fn type_name(&self) -> &'static str {
        match self.role {
            Role::Plain => "Future",
            Role::Task(_) => "Task",
            Role::Gather(_) => "_GatheringFuture",
        }
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFn> {
        let table: &[&'static BuiltinFn] = match self.role {
            Role::Task(_) => super::methods::TASK,
            _ => super::methods::FUTURE,
        };
        table.iter().copied().find(|m| m.name == name)
    }

    fn attr(&self, _vm: &mut Vm, _me: &Rc<NativeBox>, name: &str) -> Option<PyResult<Value>> {
        match name {
            "_loop" => Some(Ok(self.loop_.borrow().clone().map(Value::Native).unwrap_or(Value::None))),
            "_state" => Some(Ok(Value::str(match &*self.state.borrow() {
                FutState::Pending => "PENDING",
                FutState::Cancelled => "CANCELLED",
                _ => "FINISHED",
            }))),
            "_asyncio_future_blocking" => Some(Ok(Value::Bool(false))),
            _ => None,
        }
    }

    fn repr(&self, vm: &mut Vm, me: &Rc<NativeBox>) -> PyResult<String> {
        super::task::repr(vm, me, self)
    }

    fn await_start(&self, vm: &mut Vm, me: &Rc<NativeBox>) -> Option<PyResult<AwaitStep>> {
        if !self.done() {
            return Some(Ok(AwaitStep::Yield(Value::Native(me.clone()))));
        }
        Some(result(vm, self).map(AwaitStep::Ready))
    }

    fn await_resume(&self, vm: &mut Vm, _me: &Rc<NativeBox>, _sent: Value) -> PyResult<AwaitStep> {
        if !self.done() {
            return Err(PyErr::new(ExcKind::RuntimeError, "await wasn't used with future"));
        }
        result(vm, self).map(AwaitStep::Ready)
    }

    fn clear_refs(&self) {
        let callbacks = std::mem::take(&mut *self.callbacks.borrow_mut());
        let state = std::mem::replace(&mut *self.state.borrow_mut(), FutState::Pending);
        let exc = self.cancelled_exc.borrow_mut().take();
        let lp = self.loop_.borrow_mut().take();
        drop((callbacks, state, exc, lp));
        match &self.role {
            Role::Task(t) => {
                let coro = t.coro.replace(Value::None);
                let stack = t.stack.borrow_mut().take();
                let waiter = t.fut_waiter.borrow_mut().take();
                let name = t.name.replace(Value::None);
                drop((coro, stack, waiter, name));
            }
            Role::Gather(g) => {
                let children = std::mem::take(&mut *g.children.borrow_mut());
                drop(children);
            }
            Role::Plain => {}
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
