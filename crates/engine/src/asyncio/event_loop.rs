//! The event loop's state, a structural copy of CPython's `BaseEventLoop`: a FIFO ready
//! queue of handles, timers ordered by (deadline, scheduling order), and the iteration
//! logic of `_run_once`. Everything here is synchronous; the driver (`driver.rs`) runs
//! the handles and polls the task futures.

use super::future::Callback;
use crate::trace::{EventKind, HandleInfo, TaskId, TimerKind, WakeCause};
use crate::vm::Vm;
use crate::vm::error::PyResult;
use crate::vm::object::function::BuiltinFn;
use crate::vm::object::native::{NativeBox, NativeObject};
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::rc::Rc;

/// asyncio's `loop._clock_resolution` on Linux: timers closer than this to NOW are due.
pub const CLOCK_RESOLUTION: f64 = 1e-9;

/// One entry of the ready queue.
#[derive(Debug, Clone)]
pub enum Handle {
    /// `Task.__step(exc)`.
    Step { task: Rc<NativeBox>, exc: Option<Value> },
    /// A done-callback of future `fut`.
    Done { callback: Callback, fut: Rc<NativeBox> },
    /// A due timer (by sequence number).
    Timer(u64),
    /// `loop.call_soon(f, *args)` (a `Handle` object, which may be cancelled).
    Call(Rc<NativeBox>),
    /// One step of an internal coroutine that returns at once (`shutdown_asyncgens`...):
    /// completes this future.
    Internal(Rc<NativeBox>),
}

/// What a timer does when due.
#[derive(Debug, Clone)]
pub enum TimerAction {
    /// `futures._set_result_unless_cancelled(fut, result)`: `asyncio.sleep`'s wake-up.
    SleepDone(Rc<NativeBox>, Value),
    /// `loop.call_later(delay, f, *args)`.
    Call(Rc<NativeBox>),
}

#[derive(Debug, Clone, Copy)]
struct TimerKey {
    when: f64,
    seq: u64,
}

impl PartialEq for TimerKey {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for TimerKey {}
impl PartialOrd for TimerKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for TimerKey {
    fn cmp(&self, other: &Self) -> Ordering {
        self.when.total_cmp(&other.when).then(self.seq.cmp(&other.seq))
    }
}

/// What the loop does next when an iteration starts.
pub enum Next {
    Now,
    At(f64),
    Deadlock,
}

#[derive(Debug, Default)]
pub struct LoopState {
    pub ready: VecDeque<Handle>,
    timers: BinaryHeap<Reverse<TimerKey>>,
    /// Pending timers' actions (removed when fired or cancelled).
    actions: HashMap<u64, TimerAction>,
    pub stopping: bool,
}

/// An event loop object (`asyncio.get_event_loop()`, the loop of `asyncio.run`).
#[derive(Debug, Default)]
pub struct LoopObj {
    pub state: RefCell<LoopState>,
    pub running: Cell<bool>,
    pub closed: Cell<bool>,
    /// Tasks made on this loop, in creation order (for `asyncio.run`'s cleanup and
    /// `all_tasks`).
    pub tasks: RefCell<Vec<std::rc::Weak<NativeBox>>>,
}

/// A `Handle`/`TimerHandle` made by `call_soon`/`call_later`/`call_at`.
#[derive(Debug)]
pub struct HandleObj {
    pub callback: RefCell<Value>,
    pub args: RefCell<Vec<Value>>,
    pub cancelled: Cell<bool>,
    /// Timer handles: the deadline and the timer's sequence number.
    pub when: Option<f64>,
    pub seq: Cell<Option<u64>>,
    /// `call_soon` handles: their number in the trace, once queued.
    pub ready_id: Cell<Option<u64>>,
    pub loop_: RefCell<Option<Rc<NativeBox>>>,
}

impl LoopObj {
    pub fn new_boxed() -> Rc<NativeBox> {
        NativeBox::new(LoopObj::default(), 256)
    }

    /// `loop.call_soon(handle)`: the back of the ready queue.
    pub fn call_soon(&self, vm: &mut Vm, handle: Handle) {
        let info = describe(vm, &handle);
        vm.record(EventKind::Queued { handle: info });
        self.state.borrow_mut().ready.push_back(handle);
    }

    /// The ready queue's front handle, taken to run.
    pub fn pop_ready(&self, vm: &mut Vm) -> Option<Handle> {
        let h = self.state.borrow_mut().ready.pop_front()?;
        vm.record(EventKind::Dequeued);
        Some(h)
    }

    /// `loop.call_at(when, ...)`: returns the timer's sequence number.
    pub fn call_at(&self, vm: &mut Vm, when: f64, action: TimerAction, task: Option<TaskId>, kind: TimerKind) -> u64 {
        // A NaN deadline compares as "due" in CPython's loop: fire it at once.
        let when = if when.is_nan() { vm.now } else { when };
        let seq = super::state(vm).map(|s| s.next_timer()).unwrap_or(0);
        let mut st = self.state.borrow_mut();
        st.actions.insert(seq, action);
        st.timers.push(Reverse(TimerKey { when, seq }));
        drop(st);
        vm.record(EventKind::TimerScheduled { seq, deadline: when, task, kind });
        seq
    }

    pub fn cancel_timer(&self, vm: &mut Vm, seq: u64) {
        let removed = self.state.borrow_mut().actions.remove(&seq);
        if removed.is_some() {
            vm.record(EventKind::TimerCancelled { seq });
        }
    }

    /// `_run_once`'s first half: drop cancelled timers at the head, then decide.
    pub fn next(&self, now: f64) -> Next {
        let mut st = self.state.borrow_mut();
        while let Some(Reverse(head)) = st.timers.peek() {
            if st.actions.contains_key(&head.seq) {
                break;
            }
            st.timers.pop();
        }
        if !st.ready.is_empty() || st.stopping {
            return Next::Now;
        }
        match st.timers.peek() {
            Some(Reverse(head)) if head.when > now => Next::At(head.when),
            Some(_) => Next::Now,
            None => Next::Deadlock,
        }
    }

    /// Moves every timer due at NOW (within the clock resolution) to the ready queue, in
    /// (deadline, scheduling order).
    pub fn move_due_timers(&self, vm: &mut Vm) {
        let end = vm.now + CLOCK_RESOLUTION;
        loop {
            let seq = {
                let mut st = self.state.borrow_mut();
                let Some(Reverse(head)) = st.timers.peek() else { break };
                if head.when >= end {
                    break;
                }
                let seq = head.seq;
                st.timers.pop();
                if !st.actions.contains_key(&seq) {
                    continue;
                }
                seq
            };
            self.call_soon(vm, Handle::Timer(seq));
        }
    }

    /// A due timer's action (`None` if it was cancelled after becoming due).
    pub fn take_timer(&self, seq: u64) -> Option<TimerAction> {
        self.state.borrow_mut().actions.remove(&seq)
    }

    /// Registers a task made on this loop.
    pub fn add_task(&self, task: &Rc<NativeBox>) {
        let mut tasks = self.tasks.borrow_mut();
        if tasks.len() >= 1024 && tasks.len().is_power_of_two() {
            tasks.retain(|w| w.strong_count() > 0);
        }
        tasks.push(Rc::downgrade(task));
    }

    /// Tasks not done yet, in creation order.
    pub fn pending_tasks(&self) -> Vec<Rc<NativeBox>> {
        self.tasks
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|t| t.downcast::<super::future::Fut>().is_some_and(|f| !f.done()))
            .collect()
    }

    /// Drops whatever an earlier run of this loop left queued (a new `asyncio.run`).
    pub fn reset(&self) {
        let old = std::mem::take(&mut *self.state.borrow_mut());
        drop(old);
    }
}

/// What a handle will do, for the trace.
pub fn describe(vm: &Vm, handle: &Handle) -> HandleInfo {
    use super::future::as_fut;
    let task_id = |n: &NativeBox| as_fut(n).and_then(|f| f.task()).map(|t| t.id);
    match handle {
        Handle::Step { task, exc } => {
            let started = as_fut(task).and_then(|f| f.task()).is_some_and(|t| t.started.get());
            let id = task_id(task).unwrap_or(0);
            if !started && exc.is_none() {
                HandleInfo::Start { task: id }
            } else {
                HandleInfo::Step { task: id, cancel: exc.is_some() }
            }
        }
        Handle::Done { callback, fut } => match callback {
            Callback::Wakeup(task) => {
                let cause = match as_fut(fut) {
                    Some(f) => wake_cause(f),
                    None => WakeCause::Future,
                };
                HandleInfo::Wakeup { task: task_id(task).unwrap_or(0), cause }
            }
            Callback::GatherChild(_) => HandleInfo::GatherChild { child: task_id(fut) },
            Callback::Stop => HandleInfo::Stop,
            Callback::Python(f) => python_callback(vm, f),
        },
        Handle::Timer(seq) => HandleInfo::Timer { seq: *seq },
        Handle::Call(h) => match h.downcast::<HandleObj>() {
            Some(h) => {
                let info = python_callback(vm, &h.callback.borrow());
                match info {
                    HandleInfo::Callback { name, .. } => {
                        let id = super::state(vm).map(|s| s.next_handle());
                        h.ready_id.set(id);
                        HandleInfo::Callback { name, handle: id }
                    }
                    other => other,
                }
            }
            None => HandleInfo::Callback { name: None, handle: None },
        },
        Handle::Internal(_) => HandleInfo::Internal,
    }
}

/// Why a task waiting on future `f` is woken, now that `f` is done.
fn wake_cause(f: &super::future::Fut) -> WakeCause {
    use super::future::Role;
    use crate::trace::Suspend;
    match &f.role {
        Role::Task(t) => WakeCause::Task(t.id),
        Role::Gather(_) => WakeCause::Gather,
        Role::Plain if f.cancelled() => WakeCause::Cancelled,
        Role::Plain => match &*f.reason.borrow() {
            Some(Suspend::Sleep { .. }) => WakeCause::Sleep,
            Some(Suspend::AwaitPrim { prim, op }) => WakeCause::Prim { prim: *prim, op: *op },
            Some(Suspend::AwaitWait(_)) => WakeCause::Wait,
            Some(Suspend::AwaitShield { .. }) => WakeCause::Shield,
            Some(Suspend::AwaitWaitFor { .. } | Suspend::AwaitCancel { .. }) => WakeCause::Waiter,
            _ => WakeCause::Future,
        },
    }
}

/// A Python callback, by its `__name__`; `wait_for`'s `_release_waiter` has a kind of
/// its own (CPython's loop shows it so in tests/loop_oracle).
fn python_callback(vm: &Vm, f: &Value) -> HandleInfo {
    match callable_name(f) {
        Some(n) if n == "_release_waiter" => HandleInfo::ReleaseWaiter,
        Some(n) => HandleInfo::Callback { name: vm.trace.borrow_mut().intern(&n), handle: None },
        None => HandleInfo::Callback { name: None, handle: None },
    }
}

/// The `__name__` of a function, a bound method, or a `partial` of one.
pub fn callable_name(f: &Value) -> Option<String> {
    match f {
        Value::Function(f) => Some(f.name.borrow().to_string()),
        Value::BoundMethod(m) => callable_name(&m.func),
        Value::Builtin(b) => Some(b.name.to_string()),
        // `functools.partial`, and the prelude's own (`_Partial`).
        Value::Instance(i) if matches!(&*i.class.name, "partial" | "_Partial") => {
            i.get_attr("func").and_then(|f| callable_name(&f))
        }
        _ => None,
    }
}

impl NativeObject for LoopObj {
    fn type_name(&self) -> &'static str {
        "_UnixSelectorEventLoop"
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFn> {
        super::methods::LOOP.iter().copied().find(|m| m.name == name)
    }

    fn repr(&self, _vm: &mut Vm, _me: &Rc<NativeBox>) -> PyResult<String> {
        Ok(format!(
            "<_UnixSelectorEventLoop running={} closed={} debug=False>",
            if self.running.get() { "True" } else { "False" },
            if self.closed.get() { "True" } else { "False" }
        ))
    }

    fn clear_refs(&self) {
        let old = std::mem::take(&mut *self.state.borrow_mut());
        let tasks = std::mem::take(&mut *self.tasks.borrow_mut());
        drop((old, tasks));
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl NativeObject for HandleObj {
    fn type_name(&self) -> &'static str {
        if self.when.is_some() { "TimerHandle" } else { "Handle" }
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFn> {
        super::methods::HANDLE.iter().copied().find(|m| m.name == name)
    }

    fn repr(&self, vm: &mut Vm, _me: &Rc<NativeBox>) -> PyResult<String> {
        let cb = self.callback.borrow().clone();
        let name = callable_name(&cb).unwrap_or_else(|| "callback".into());
        let args: Vec<Value> = self.args.borrow().clone();
        let mut parts = Vec::new();
        for a in &args {
            parts.push(vm.repr(a)?);
        }
        let kind = self.type_name();
        let cancelled = if self.cancelled.get() { " cancelled" } else { "" };
        Ok(match self.when {
            Some(w) => {
                format!("<{kind}{cancelled} when={} {name}({})>", crate::vm::format::float_repr(w), parts.join(", "))
            }
            None => format!("<{kind}{cancelled} {name}({})>", parts.join(", ")),
        })
    }

    fn clear_refs(&self) {
        let cb = self.callback.replace(Value::None);
        let args = std::mem::take(&mut *self.args.borrow_mut());
        let lp = self.loop_.borrow_mut().take();
        drop((cb, args, lp));
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
