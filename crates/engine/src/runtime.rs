//! The event loop's state, mirroring CPython 3.11's asyncio structure: a FIFO ready queue
//! of handles, timers ordered by (deadline, scheduling order), futures with done-callback
//! lists, tasks, and gathers. Completing a future `call_soon`s each of its callbacks —
//! that is where asyncio's extra loop iterations come from, so copying this structure
//! makes equal-time events come out in CPython's order without special cases.
//!
//! Everything here is synchronous; [`crate::interp`] drives it and polls task futures.

use crate::trace::{EventKind, HandleInfo, Suspend, TaskId, TaskInfo, TimerKind, Trace, WakeCause};
use crate::value::{Coroutine, Exc, ExcClass, Exception, FutId, Value};
use std::cell::RefCell;
use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;

/// asyncio's `loop._clock_resolution` on Linux: timers closer than this to NOW are due.
const CLOCK_RESOLUTION: f64 = 1e-9;

#[derive(Debug)]
pub enum FutState {
    Pending,
    Done(Value),
    Failed(Exc),
    /// Cancelled, with the cancel message if one was given.
    Cancelled(Option<Rc<str>>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FutKind {
    /// asyncio's own futures (the shutdown steps of `asyncio.run`).
    Plain,
    /// The future an `asyncio.sleep` waits on.
    Sleep,
    /// A `wait_for` waiter.
    Waiter,
    Task(TaskId),
    Gather(usize),
}

/// A done-callback, as asyncio registers them with `add_done_callback`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Callback {
    /// `Task.__wakeup`: step the task, throwing the future's exception if it has one.
    Wakeup(TaskId),
    /// `gather`'s `_done_callback` for gather number `.0`.
    GatherChild(usize),
    /// `wait_for`'s `_release_waiter(waiter)`.
    ReleaseWaiter(FutId),
    /// `run_until_complete`'s callback: stop the loop.
    Stop,
}

/// What a timer does when due.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimerAction {
    /// `futures._set_result_unless_cancelled(fut, None)`: `asyncio.sleep`'s wake-up.
    SleepDone(FutId),
    /// `wait_for`'s timeout: `_release_waiter(waiter)`.
    ReleaseWaiter(FutId),
}

/// One entry of the ready queue.
#[derive(Debug, Clone)]
pub enum Handle {
    /// `Task.__step(exc)`.
    Step { task: TaskId, exc: Option<Exc> },
    /// A done-callback of future `fut`.
    Done { callback: Callback, fut: FutId },
    /// A due timer (by sequence number).
    Timer(u64),
    /// One step of an internal coroutine that returns at once (`shutdown_asyncgens`...).
    Internal(FutId),
}

#[derive(Debug)]
pub struct Fut {
    pub state: FutState,
    pub callbacks: Vec<Callback>,
    pub kind: FutKind,
    /// A task's own `CancelledError` (`_cancelled_exc`): the first `result()` of the
    /// cancelled task raises this very exception (with its message), later ones a new one.
    pub cancelled_exc: Option<Exc>,
}

#[derive(Debug)]
pub struct TaskState {
    pub fut: FutId,
    /// The coroutine, until the first step turns it into a future.
    pub coro: Option<Rc<Coroutine>>,
    /// The future the task waits on (`_fut_waiter`).
    pub fut_waiter: Option<FutId>,
    pub must_cancel: bool,
    pub cancel_msg: Option<Rc<str>>,
    /// What the next step throws into the coroutine (`None`: send(None)).
    pub resume: Option<Exc>,
    /// Why the current step suspended, and where (byte offset), for the trace.
    pub suspend: Option<Suspend>,
    pub suspend_at: u32,
    /// Tasks created by asyncio itself (none today) are not drawn.
    pub name: Rc<str>,
}

#[derive(Debug)]
pub struct GatherState {
    pub outer: FutId,
    pub children: Vec<FutId>,
    pub nfuts: usize,
    pub nfinished: usize,
    pub return_exceptions: bool,
    pub cancel_requested: bool,
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
    /// Handles are ready (or the loop is stopping): no waiting.
    Now,
    /// Nothing is ready: jump the clock to this deadline.
    At(f64),
    /// Nothing is ready and no timer is pending: nobody can ever wake up.
    Deadlock,
}

pub struct Runtime {
    pub now: f64,
    pub ready: VecDeque<Handle>,
    timers: BinaryHeap<Reverse<TimerKey>>,
    /// Timer actions by sequence number; `None` once fired or cancelled.
    timer_actions: Vec<Option<TimerAction>>,
    pub futs: Vec<Fut>,
    pub tasks: Vec<TaskState>,
    pub gathers: Vec<GatherState>,
    pub stopping: bool,
    /// Tasks not finished yet.
    pub live_tasks: usize,
    pub iterations: u64,
    pub trace: Rc<RefCell<Trace>>,
}

impl Runtime {
    pub fn new(trace: Rc<RefCell<Trace>>) -> Runtime {
        Runtime {
            now: 0.0,
            ready: VecDeque::new(),
            timers: BinaryHeap::new(),
            timer_actions: Vec::new(),
            futs: Vec::new(),
            tasks: Vec::new(),
            gathers: Vec::new(),
            stopping: false,
            live_tasks: 0,
            iterations: 0,
            trace,
        }
    }

    pub fn record(&self, kind: EventKind) {
        let t = self.now;
        let mut trace = self.trace.borrow_mut();
        let essential = matches!(
            kind,
            EventKind::Print { .. }
                | EventKind::TaskCreated { .. }
                | EventKind::TaskFinished { .. }
                | EventKind::Blocked { .. }
        );
        if !essential && trace.events.len() >= Trace::DETAIL_CAP {
            trace.detail_truncated_at.get_or_insert(t);
            return;
        }
        trace.events.push(crate::trace::Event { t, kind });
    }

    pub fn call_soon(&mut self, handle: Handle) {
        let info = self.describe(&handle);
        self.record(EventKind::Queued { handle: info });
        self.ready.push_back(handle);
    }

    /// The ready queue's front handle, taken to run.
    pub fn pop_ready(&mut self) -> Option<Handle> {
        let h = self.ready.pop_front()?;
        self.record(EventKind::Dequeued);
        Some(h)
    }

    /// What a handle will do, for the trace.
    fn describe(&self, handle: &Handle) -> HandleInfo {
        match handle {
            Handle::Step { task, exc } => {
                let started = self.tasks[*task as usize].coro.is_none();
                if !started && exc.is_none() {
                    HandleInfo::Start { task: *task }
                } else {
                    HandleInfo::Step { task: *task, cancel: exc.is_some() }
                }
            }
            Handle::Done { callback, fut } => match callback {
                Callback::Wakeup(task) => {
                    let cause = match self.futs[*fut as usize].kind {
                        FutKind::Task(t) => WakeCause::Task(t),
                        FutKind::Gather(_) => WakeCause::Gather,
                        FutKind::Sleep => WakeCause::Sleep,
                        FutKind::Waiter | FutKind::Plain => WakeCause::Waiter,
                    };
                    HandleInfo::Wakeup { task: *task, cause }
                }
                Callback::GatherChild(_) => HandleInfo::GatherChild { child: self.task_of(*fut) },
                Callback::ReleaseWaiter(_) => HandleInfo::ReleaseWaiter,
                Callback::Stop => HandleInfo::Stop,
            },
            Handle::Timer(seq) => HandleInfo::Timer { seq: *seq },
            Handle::Internal(_) => HandleInfo::Internal,
        }
    }

    /// `loop.call_later(delay, ...)` for `task`: returns the timer's sequence number.
    pub fn call_later(&mut self, delay: f64, action: TimerAction, task: Option<TaskId>) -> u64 {
        let when = self.now + delay;
        // A NaN deadline compares as "due" in CPython's loop: fire it at once.
        let when = if when.is_nan() { self.now } else { when };
        let seq = self.timer_actions.len() as u64;
        self.timer_actions.push(Some(action));
        self.timers.push(Reverse(TimerKey { when, seq }));
        let kind = match action {
            TimerAction::SleepDone(_) => TimerKind::SleepWake,
            TimerAction::ReleaseWaiter(_) => TimerKind::WaitForTimeout,
        };
        self.record(EventKind::TimerScheduled { seq, deadline: when, task, kind });
        seq
    }

    pub fn cancel_timer(&mut self, seq: u64) {
        if let Some(slot) = self.timer_actions.get_mut(seq as usize)
            && slot.take().is_some()
            && self.timers.iter().any(|Reverse(k)| k.seq == seq)
        {
            self.record(EventKind::TimerCancelled { seq });
        }
    }

    /// `_run_once`'s first half: drop cancelled timers at the head, then decide.
    pub fn next(&mut self) -> Next {
        while let Some(Reverse(head)) = self.timers.peek() {
            if self.timer_actions.get(head.seq as usize).is_some_and(|a| a.is_some()) {
                break;
            }
            self.timers.pop();
        }
        if !self.ready.is_empty() || self.stopping {
            return Next::Now;
        }
        match self.timers.peek() {
            Some(Reverse(head)) if head.when > self.now => Next::At(head.when),
            Some(_) => Next::Now,
            None => Next::Deadlock,
        }
    }

    /// Moves every timer due at NOW (within the clock resolution) to the ready queue,
    /// in (deadline, scheduling order).
    pub fn move_due_timers(&mut self) {
        let end = self.now + CLOCK_RESOLUTION;
        while let Some(Reverse(head)) = self.timers.peek() {
            if head.when >= end {
                break;
            }
            let seq = head.seq;
            self.timers.pop();
            if self.timer_actions.get(seq as usize).is_some_and(|a| a.is_some()) {
                self.call_soon(Handle::Timer(seq));
            }
        }
    }

    /// Runs a due timer's action (skipped if it was cancelled after becoming due).
    pub fn run_timer(&mut self, seq: u64) {
        let Some(action) = self.timer_actions.get_mut(seq as usize).and_then(Option::take) else {
            return;
        };
        match action {
            TimerAction::SleepDone(fut) => {
                if matches!(self.futs[fut as usize].state, FutState::Pending) {
                    self.set_result(fut, Value::None);
                }
            }
            TimerAction::ReleaseWaiter(waiter) => self.release_waiter(waiter),
        }
    }

    // ------------------------------------------------------------------ futures

    pub fn new_future(&mut self, kind: FutKind) -> FutId {
        self.futs.push(Fut { state: FutState::Pending, callbacks: Vec::new(), kind, cancelled_exc: None });
        (self.futs.len() - 1) as FutId
    }

    pub fn is_done(&self, fut: FutId) -> bool {
        !matches!(self.futs[fut as usize].state, FutState::Pending)
    }

    pub fn is_cancelled(&self, fut: FutId) -> bool {
        matches!(self.futs[fut as usize].state, FutState::Cancelled(_))
    }

    fn schedule_callbacks(&mut self, fut: FutId) {
        let callbacks = std::mem::take(&mut self.futs[fut as usize].callbacks);
        for callback in callbacks {
            self.call_soon(Handle::Done { callback, fut });
        }
    }

    pub fn set_result(&mut self, fut: FutId, value: Value) {
        self.futs[fut as usize].state = FutState::Done(value);
        self.schedule_callbacks(fut);
    }

    pub fn set_exception(&mut self, fut: FutId, exc: Exc) {
        self.futs[fut as usize].state = FutState::Failed(exc);
        self.schedule_callbacks(fut);
    }

    /// `Future.cancel()` of a plain future (or the future part of a task).
    fn cancel_plain(&mut self, fut: FutId, msg: Option<Rc<str>>) -> bool {
        if self.is_done(fut) {
            return false;
        }
        self.futs[fut as usize].state = FutState::Cancelled(msg);
        self.schedule_callbacks(fut);
        true
    }

    pub fn add_done_callback(&mut self, fut: FutId, callback: Callback) {
        if self.is_done(fut) {
            self.call_soon(Handle::Done { callback, fut });
        } else {
            self.futs[fut as usize].callbacks.push(callback);
        }
    }

    pub fn remove_done_callback(&mut self, fut: FutId, callback: Callback) {
        self.futs[fut as usize].callbacks.retain(|c| *c != callback);
    }

    /// `CancelledError(msg)`, as `_make_cancelled_error` builds it.
    pub fn cancelled_error(msg: &Option<Rc<str>>) -> Exc {
        match msg {
            Some(m) => Exception::with_args(ExcClass::CancelledError, vec![Value::Str(m.clone())]),
            None => Exception::with_args(ExcClass::CancelledError, vec![]),
        }
    }

    /// `future._make_cancelled_error()`.
    pub fn make_cancelled_error(&mut self, fut: FutId) -> Exc {
        let f = &mut self.futs[fut as usize];
        if let Some(exc) = f.cancelled_exc.take() {
            return exc;
        }
        match &f.state {
            FutState::Cancelled(msg) => Self::cancelled_error(msg),
            _ => Self::cancelled_error(&None),
        }
    }

    /// `future.result()`.
    pub fn result_of(&mut self, fut: FutId) -> Result<Value, Exc> {
        match &self.futs[fut as usize].state {
            FutState::Pending => Err(Exception::new(ExcClass::InvalidStateError, "Result is not set.")),
            FutState::Done(v) => Ok(v.clone()),
            FutState::Failed(e) => Err(e.clone()),
            FutState::Cancelled(_) => Err(self.make_cancelled_error(fut)),
        }
    }

    /// `future.exception()`.
    pub fn exception_of(&mut self, fut: FutId) -> Result<Value, Exc> {
        match &self.futs[fut as usize].state {
            FutState::Pending => Err(Exception::new(ExcClass::InvalidStateError, "Exception is not set.")),
            FutState::Done(_) => Ok(Value::None),
            FutState::Failed(e) => Ok(Value::Exception(e.clone())),
            FutState::Cancelled(_) => Err(self.make_cancelled_error(fut)),
        }
    }

    /// A task's coroutine raised `CancelledError`: the task's future becomes cancelled
    /// (`super().cancel()` in `Task.__step`), keeping the exception for its awaiters.
    pub fn task_cancelled(&mut self, fut: FutId, exc: Exc, msg: Option<Rc<str>>) {
        self.futs[fut as usize].cancelled_exc = Some(exc);
        self.cancel_plain(fut, msg);
    }

    /// The coroutine returned while a cancellation was pending: `super().cancel(msg)`.
    pub fn cancel_own_future(&mut self, fut: FutId, msg: Option<Rc<str>>) {
        self.cancel_plain(fut, msg);
    }

    /// `fut.cancel(msg)`, dispatched on what the future is.
    pub fn cancel_future(&mut self, fut: FutId, msg: Option<Rc<str>>) -> bool {
        match self.futs[fut as usize].kind {
            FutKind::Task(task) => self.cancel_task(task, msg),
            FutKind::Gather(g) => self.cancel_gather(g, msg),
            FutKind::Plain | FutKind::Sleep | FutKind::Waiter => self.cancel_plain(fut, msg),
        }
    }

    /// `Task.cancel(msg)`.
    pub fn cancel_task(&mut self, task: TaskId, msg: Option<Rc<str>>) -> bool {
        let fut = self.tasks[task as usize].fut;
        if self.is_done(fut) {
            return false;
        }
        if let Some(waiter) = self.tasks[task as usize].fut_waiter
            && self.cancel_future(waiter, msg.clone())
        {
            return true;
        }
        let t = &mut self.tasks[task as usize];
        t.must_cancel = true;
        t.cancel_msg = msg;
        true
    }

    /// `_GatheringFuture.cancel(msg)`: cancels the children, not itself.
    fn cancel_gather(&mut self, g: usize, msg: Option<Rc<str>>) -> bool {
        let outer = self.gathers[g].outer;
        if self.is_done(outer) {
            return false;
        }
        let mut ret = false;
        for child in self.gathers[g].children.clone() {
            if self.cancel_future(child, msg.clone()) {
                ret = true;
            }
        }
        if ret {
            self.gathers[g].cancel_requested = true;
        }
        ret
    }

    // ------------------------------------------------------------------ tasks

    /// `loop.create_task(coro)`: the task's first step is queued at the back.
    pub fn new_task(&mut self, coro: Rc<Coroutine>, parent: Option<TaskId>, name: Option<Rc<str>>) -> TaskId {
        let task = self.tasks.len() as TaskId;
        let fut = self.new_future(FutKind::Task(task));
        let label = name.clone().map(|n| n.to_string()).unwrap_or_else(|| coro.label());
        let name = name.unwrap_or_else(|| format!("Task-{}", task + 1).into());
        self.tasks.push(TaskState {
            fut,
            coro: Some(coro),
            fut_waiter: None,
            must_cancel: false,
            cancel_msg: None,
            resume: None,
            suspend: None,
            suspend_at: 0,
            name,
        });
        self.live_tasks += 1;
        let created = self.now;
        self.trace.borrow_mut().tasks.push(TaskInfo { id: task, parent, label, created });
        self.record(EventKind::TaskCreated { task });
        self.call_soon(Handle::Step { task, exc: None });
        task
    }

    pub fn task_of(&self, fut: FutId) -> Option<TaskId> {
        match self.futs[fut as usize].kind {
            FutKind::Task(t) => Some(t),
            _ => None,
        }
    }

    /// Tasks not done yet, in creation order (what `asyncio.run`'s cleanup cancels).
    pub fn pending_tasks(&self) -> Vec<TaskId> {
        (0..self.tasks.len() as TaskId).filter(|&t| !self.is_done(self.tasks[t as usize].fut)).collect()
    }

    // ------------------------------------------------------------------ gather

    /// `asyncio.gather(*children)` once every argument is a future.
    pub fn gather(&mut self, args: Vec<FutId>, return_exceptions: bool) -> FutId {
        let g = self.gathers.len();
        let outer = self.new_future(FutKind::Gather(g));
        if args.is_empty() {
            self.futs[outer as usize].state = FutState::Done(Value::List(Default::default()));
        }
        let mut unique: Vec<FutId> = Vec::new();
        self.gathers.push(GatherState {
            outer,
            children: args.clone(),
            nfuts: 0,
            nfinished: 0,
            return_exceptions,
            cancel_requested: false,
        });
        for fut in args {
            if !unique.contains(&fut) {
                unique.push(fut);
                self.add_done_callback(fut, Callback::GatherChild(g));
            }
        }
        self.gathers[g].nfuts = unique.len();
        outer
    }

    /// `gather`'s `_done_callback(fut)`.
    fn gather_child_done(&mut self, g: usize, fut: FutId) {
        self.gathers[g].nfinished += 1;
        let outer = self.gathers[g].outer;
        if self.is_done(outer) {
            return;
        }
        if !self.gathers[g].return_exceptions {
            match &self.futs[fut as usize].state {
                FutState::Cancelled(_) => {
                    let exc = self.make_cancelled_error(fut);
                    self.set_exception(outer, exc);
                    return;
                }
                FutState::Failed(e) => {
                    let e = e.clone();
                    self.set_exception(outer, e);
                    return;
                }
                _ => {}
            }
        }
        let st = &self.gathers[g];
        if st.nfinished < st.nfuts {
            return;
        }
        let results: Vec<Value> = st
            .children
            .iter()
            .map(|&child| match &self.futs[child as usize].state {
                FutState::Cancelled(msg) => Value::Exception(Exception::with_args(
                    ExcClass::CancelledError,
                    vec![Value::Str(msg.clone().unwrap_or_else(|| "".into()))],
                )),
                FutState::Failed(e) => Value::Exception(e.clone()),
                FutState::Done(v) => v.clone(),
                FutState::Pending => Value::None,
            })
            .collect();
        if st.cancel_requested {
            // CPython uses the loop variable left over from building the results: the
            // last child.
            let last = *st.children.last().unwrap_or(&fut);
            let exc = self.make_cancelled_error(last);
            self.set_exception(outer, exc);
        } else {
            self.set_result(outer, Value::List(Rc::new(RefCell::new(results))));
        }
    }

    fn release_waiter(&mut self, waiter: FutId) {
        if !self.is_done(waiter) {
            self.set_result(waiter, Value::None);
        }
    }

    /// Runs a done-callback. `Some((task, exc))` means: step that task now, throwing `exc`.
    pub fn run_callback(&mut self, callback: Callback, fut: FutId) -> Option<(TaskId, Option<Exc>)> {
        match callback {
            Callback::Wakeup(task) => Some((task, self.result_of(fut).err())),
            Callback::GatherChild(g) => {
                self.gather_child_done(g, fut);
                None
            }
            Callback::ReleaseWaiter(waiter) => {
                self.release_waiter(waiter);
                None
            }
            Callback::Stop => {
                self.stopping = true;
                None
            }
        }
    }
}
