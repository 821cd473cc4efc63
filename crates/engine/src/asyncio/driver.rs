//! The run future: runs the module's code and, when it asks for one, an event loop —
//! `run_until_complete` → `_run_once`, which polls each task's future exactly when its
//! step handle comes up (DESIGN.md). The only `.await`s are the host's pacing and
//! yields; no `RefCell` borrow is held across them.

use super::event_loop::{Handle, HandleObj, LoopObj, Next, TimerAction};
use super::future::{self, Callback, as_fut};
use super::module::LoopRequest;
use super::task::{self, StepResult};
use crate::host::Host;
use crate::trace::{EventKind, Outcome};
use crate::vm::Vm;
use crate::vm::error::{ErrKind, ExcKind, Halt, PyErr};
use crate::vm::frame::{Frame, Link, Resume, Stack};
use crate::vm::interp::RunResult;
use crate::vm::object::LoadedCode;
use crate::vm::object::native::NativeBox;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Handles run between two checks of the stop switch and the host's need for a turn.
const HANDLES_PER_CHECK: usize = 64;

pub struct Driver {
    pub vm: Rc<RefCell<Vm>>,
    pub host: Rc<dyn Host>,
    pub stop: Rc<Cell<bool>>,
}

/// How a loop run ended early.
enum Stopped {
    Halt(Halt),
}

type LoopResult<T> = Result<T, Stopped>;

/// One step of a task as a hand-written future: `poll` runs the task's coroutine on its
/// own stack until it awaits something pending (Ready), or until the host needs a turn
/// (Pending; polled again after the host's turn, nothing else runs in between).
struct TaskStep {
    vm: Rc<RefCell<Vm>>,
    task: Rc<NativeBox>,
    /// The first poll steps the task with this exception (or none); later polls go on
    /// after a preemption.
    exc: Option<Option<Value>>,
}

impl Future for TaskStep {
    type Output = Result<(), Halt>;

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Self::Output> {
        let vm_rc = self.vm.clone();
        let mut vm = vm_rc.borrow_mut();
        let r = match self.exc.take() {
            Some(exc) => task::step(&mut vm, &self.task, exc),
            None => task::resume_preempted(&mut vm, &self.task),
        };
        match r {
            StepResult::Done => Poll::Ready(Ok(())),
            StepResult::Preempted => Poll::Pending,
            StepResult::Halt(h) => Poll::Ready(Err(h)),
        }
    }
}

impl Driver {
    /// Runs a program's module code to its end.
    pub async fn run_module(&self, main: Rc<LoadedCode>) -> Outcome {
        let mut stack = Stack::new();
        let nregs = main.code.nregs as usize;
        stack.values.resize(nregs, Value::Unbound);
        stack.frames.push(Frame::new(main, 0, Link::Root));
        let outcome = loop {
            let r = self.vm.borrow_mut().run(&mut stack);
            match r {
                RunResult::Returned(_) => {
                    // The last statements may have crossed the budget after the last
                    // check: a run over its budget never ends as if it fit.
                    let over = self.vm.borrow().check_memory().is_err();
                    if over {
                        break self.halt_outcome(Halt::Error(self.vm.borrow().memory_limit_message()));
                    }
                    break Outcome::End { t: self.now() };
                }
                RunResult::Raised(e) => break self.error_outcome(&e),
                RunResult::Preempted => {
                    self.host.yield_now().await;
                    if self.stop.get() {
                        break Outcome::Stopped { t: self.now() };
                    }
                }
                RunResult::Halted(h) => break self.halt_outcome(h),
                RunResult::Signal(signal) => {
                    let request = match signal.0.downcast::<LoopRequest>() {
                        Ok(r) => *r,
                        Err(_) => {
                            break self
                                .halt_outcome(Halt::Error("RuntimeError: unknown request (a Loopscope bug)".into()));
                        }
                    };
                    match self.serve(request).await {
                        Ok(Ok(v)) => stack.resume = Some(Resume::Send(v)),
                        Ok(Err(exc)) => stack.resume = Some(Resume::Throw(exc)),
                        Err(Stopped::Halt(h)) => break self.halt_outcome(h),
                    }
                }
                RunResult::Yielded(_) | RunResult::GenYielded(_) => {
                    break self.halt_outcome(Halt::Error("SyntaxError: 'await' outside function".into()));
                }
            }
        };
        stack.clear();
        outcome
    }

    fn now(&self) -> f64 {
        self.vm.borrow().now
    }

    fn error_outcome(&self, e: &Rc<crate::vm::object::PyInstance>) -> Outcome {
        let mut vm = self.vm.borrow_mut();
        let message = vm.describe_exception(e);
        let at = e.exc.as_ref().and_then(|s| s.at.get());
        Outcome::Error { message, t: vm.now, line: at.map(|a| a.0), col: at.map(|a| a.1) }
    }

    fn halt_outcome(&self, h: Halt) -> Outcome {
        let t = self.now();
        match h {
            Halt::Stopped => Outcome::Stopped { t },
            Halt::Error(message) => Outcome::Error { message, t, line: None, col: None },
        }
    }

    /// Serves a request of module-level code: `Ok(Ok(result))`, `Ok(Err(exception))`
    /// to raise in the program, or the run's end.
    async fn serve(&self, request: LoopRequest) -> LoopResult<Result<Value, Value>> {
        match request {
            LoopRequest::Run { coro } => {
                let lp = LoopObj::new_boxed();
                self.with_running(&lp, true);
                let r = self.run_main(&lp, coro).await;
                self.with_running(&lp, false);
                if let Some(l) = lp.downcast::<LoopObj>() {
                    l.closed.set(true);
                }
                if let Some(s) = super::state(&self.vm.borrow()) {
                    *s.current.borrow_mut() = None;
                }
                r
            }
            LoopRequest::RunUntilComplete { lp, fut } => {
                self.with_running(&lp, true);
                let r = self.run_until_complete_value(&lp, fut).await;
                self.with_running(&lp, false);
                r
            }
            LoopRequest::RunForever { lp } => {
                self.with_running(&lp, true);
                let r = self.run_forever(&lp).await;
                self.with_running(&lp, false);
                r.map(|_| Ok(Value::None))
            }
            LoopRequest::Close { lp } => {
                self.with_running(&lp, true);
                let r = self.cancel_leftovers(&lp).await;
                self.with_running(&lp, false);
                r.map(|_| Ok(Value::None))
            }
        }
    }

    fn with_running(&self, lp: &Rc<NativeBox>, running: bool) {
        let vm = self.vm.borrow();
        if let Some(s) = super::state(&vm) {
            *s.running.borrow_mut() = if running { Some(lp.clone()) } else { None };
            if running {
                *s.current.borrow_mut() = Some(lp.clone());
            }
        }
        if let Some(l) = lp.downcast::<LoopObj>() {
            l.running.set(running);
        }
    }

    /// `asyncio.run(coro)`: a task of `coro` run to its end, then `Runner.close()`.
    async fn run_main(&self, lp: &Rc<NativeBox>, coro: Value) -> LoopResult<Result<Value, Value>> {
        let main = {
            let mut vm = self.vm.borrow_mut();
            match task::create_task(&mut vm, lp, coro, None) {
                Ok(t) => t,
                Err(e) => return self.as_exception(e),
            }
        };
        // `main()` is not counted against the task limit.
        if let Some(s) = super::state(&self.vm.borrow()) {
            s.live_tasks.set(s.live_tasks.get().saturating_sub(1));
        }
        let r = self.run_until_complete(lp, &main).await;
        if let Some(s) = super::state(&self.vm.borrow()) {
            s.live_tasks.set(s.live_tasks.get() + 1);
        }
        r?;
        self.cancel_leftovers(lp).await?;
        Ok(self.result_of(&main))
    }

    /// `Runner.close()`: cancel the leftovers in creation order, run the loop until
    /// they are done, then `shutdown_asyncgens()` and `shutdown_default_executor()`,
    /// each a task that returns at once.
    async fn cancel_leftovers(&self, lp: &Rc<NativeBox>) -> LoopResult<()> {
        let Some(l) = lp.downcast::<LoopObj>() else { return Ok(()) };
        let leftovers = l.pending_tasks();
        if !leftovers.is_empty() {
            let gather = {
                let mut vm = self.vm.borrow_mut();
                for t in &leftovers {
                    future::cancel(&mut vm, t, Value::None);
                }
                let args: Vec<Value> = leftovers.iter().map(|t| Value::Native(t.clone())).collect();
                match super::gather::gather(&mut vm, &args, true) {
                    Ok(Value::Native(g)) => g,
                    _ => return Ok(()),
                }
            };
            self.run_until_complete(lp, &gather).await?;
        }
        for _ in 0..2 {
            let fut = super::future::Fut::new(Some(lp.clone()), super::future::Role::Plain).boxed();
            l.call_soon(&mut self.vm.borrow_mut(), Handle::Internal(fut.clone()));
            self.run_until_complete(lp, &fut).await?;
        }
        Ok(())
    }

    /// `loop.run_until_complete(x)` for a value from the program.
    async fn run_until_complete_value(&self, lp: &Rc<NativeBox>, fut: Value) -> LoopResult<Result<Value, Value>> {
        let f = {
            let mut vm = self.vm.borrow_mut();
            match super::module::ensure_future(&mut vm, fut, Some(lp.clone())) {
                Ok(f) => f,
                Err(e) => return self.as_exception(e),
            }
        };
        self.run_until_complete(lp, &f).await?;
        Ok(self.result_of(&f))
    }

    fn as_exception(&self, e: PyErr) -> LoopResult<Result<Value, Value>> {
        match *e.0 {
            ErrKind::Halt(h) => Err(Stopped::Halt(h)),
            ErrKind::Signal(_) => Err(Stopped::Halt(Halt::Error("RuntimeError: nested event loop request".into()))),
            other => {
                let vm = self.vm.borrow();
                match vm.materialize(PyErr(Box::new(other))) {
                    Ok(x) => Ok(Err(Value::Instance(x))),
                    Err(_) => Err(Stopped::Halt(Halt::Error("RuntimeError: bad exception".into()))),
                }
            }
        }
    }

    /// `fut.result()`, as the value or the exception to raise in the program.
    fn result_of(&self, fut: &Rc<NativeBox>) -> Result<Value, Value> {
        let mut vm = self.vm.borrow_mut();
        let Some(f) = as_fut(fut) else { return Ok(Value::None) };
        match future::result(&mut vm, f) {
            Ok(v) => Ok(v),
            Err(e) => match vm.materialize(e) {
                Ok(x) => Err(Value::Instance(x)),
                Err(_) => Ok(Value::None),
            },
        }
    }

    /// `loop.run_until_complete(fut)`.
    async fn run_until_complete(&self, lp: &Rc<NativeBox>, fut: &Rc<NativeBox>) -> LoopResult<()> {
        future::add_done_callback(&mut self.vm.borrow_mut(), fut, Callback::Stop);
        let Some(l) = lp.downcast::<LoopObj>() else { return Ok(()) };
        loop {
            self.run_once(l).await?;
            let mut st = l.state.borrow_mut();
            if st.stopping {
                st.stopping = false;
                break;
            }
        }
        future::remove_done_callback(fut, &Callback::Stop);
        if !as_fut(fut).is_some_and(|f| f.done()) {
            let vm = self.vm.borrow();
            let _ = vm;
            return Err(Stopped::Halt(Halt::Error("RuntimeError: Event loop stopped before Future completed.".into())));
        }
        Ok(())
    }

    /// `loop.run_forever()`: iterations until `loop.stop()`.
    async fn run_forever(&self, lp: &Rc<NativeBox>) -> LoopResult<()> {
        let Some(l) = lp.downcast::<LoopObj>() else { return Ok(()) };
        loop {
            self.run_once(l).await?;
            let mut st = l.state.borrow_mut();
            if st.stopping {
                st.stopping = false;
                return Ok(());
            }
        }
    }

    fn halt(message: impl Into<String>) -> Stopped {
        Stopped::Halt(Halt::Error(message.into()))
    }

    /// One loop iteration (`BaseEventLoop._run_once`).
    async fn run_once(&self, l: &LoopObj) -> LoopResult<()> {
        let now = self.now();
        match l.next(now) {
            Next::Deadlock => return Err(Self::halt("Deadlock: no task can make progress")),
            Next::At(when) => {
                let max_time = self.vm.borrow().limits.max_time;
                if when > max_time {
                    return Err(Self::halt(format!("LimitError: virtual time limit of {max_time:.0} s reached")));
                }
                if let Some(wait) = self.host.reach(when) {
                    wait.await;
                    let actual_ms = self.host.wall_ms();
                    let planned_ms = self.host.planned_ms(when).unwrap_or(actual_ms);
                    let mut vm = self.vm.borrow_mut();
                    vm.now = vm.now.max(when);
                    vm.record(EventKind::Paced { planned_ms, actual_ms });
                }
                if self.stop.get() {
                    return Err(Stopped::Halt(Halt::Stopped));
                }
                let mut vm = self.vm.borrow_mut();
                vm.now = vm.now.max(when);
            }
            Next::Now => {}
        }
        let ntodo = {
            let mut vm = self.vm.borrow_mut();
            let n = super::state(&vm).map(|s| s.next_iteration()).unwrap_or(0);
            vm.record(EventKind::Iteration { n });
            l.move_due_timers(&mut vm);
            l.state.borrow().ready.len()
        };
        for i in 0..ntodo {
            let handle = l.pop_ready(&mut self.vm.borrow_mut());
            let Some(handle) = handle else { break };
            self.run_handle(l, handle).await?;
            if i % HANDLES_PER_CHECK == HANDLES_PER_CHECK - 1 {
                self.check_turn().await?;
            }
        }
        self.check_turn().await
    }

    async fn check_turn(&self) -> LoopResult<()> {
        if self.stop.get() {
            return Err(Stopped::Halt(Halt::Stopped));
        }
        if self.host.should_yield() {
            self.host.yield_now().await;
            if self.stop.get() {
                return Err(Stopped::Halt(Halt::Stopped));
            }
        }
        Ok(())
    }

    async fn run_handle(&self, l: &LoopObj, handle: Handle) -> LoopResult<()> {
        match handle {
            Handle::Step { task, exc } => self.step(task, exc).await,
            Handle::Done { callback, fut } => match callback {
                Callback::Wakeup(task) => {
                    // `Task.__wakeup`: the future's exception, if any, is thrown in.
                    let exc = {
                        let mut vm = self.vm.borrow_mut();
                        match as_fut(&fut) {
                            Some(f) => match future::result(&mut vm, f) {
                                Ok(_) => None,
                                Err(e) => match vm.materialize(e) {
                                    Ok(x) => Some(Value::Instance(x)),
                                    Err(_) => None,
                                },
                            },
                            None => None,
                        }
                    };
                    self.step(task, exc).await
                }
                Callback::GatherChild(outer) => {
                    super::gather::child_done(&mut self.vm.borrow_mut(), &outer, &fut);
                    Ok(())
                }
                Callback::Stop => {
                    l.state.borrow_mut().stopping = true;
                    Ok(())
                }
                Callback::Python(f) => self.call(f, vec![Value::Native(fut)]).await,
            },
            Handle::Timer(seq) => {
                let action = l.take_timer(seq);
                match action {
                    Some(TimerAction::SleepDone(fut, result)) => {
                        let mut vm = self.vm.borrow_mut();
                        if as_fut(&fut).is_some_and(|f| !f.cancelled() && !f.done()) {
                            future::set_result(&mut vm, &fut, result);
                        }
                        Ok(())
                    }
                    Some(TimerAction::Call(h)) => self.call_handle(&h).await,
                    None => Ok(()),
                }
            }
            Handle::Call(h) => self.call_handle(&h).await,
            Handle::Internal(fut) => {
                let mut vm = self.vm.borrow_mut();
                future::set_result(&mut vm, &fut, Value::None);
                Ok(())
            }
        }
    }

    async fn call_handle(&self, h: &Rc<NativeBox>) -> LoopResult<()> {
        let Some(ho) = h.downcast::<HandleObj>() else { return Ok(()) };
        if ho.cancelled.get() {
            return Ok(());
        }
        let f = ho.callback.borrow().clone();
        let args = ho.args.borrow().clone();
        self.call(f, args).await
    }

    /// Runs a callback: Python code on a stack of its own, which the host may
    /// interrupt. Its exceptions are logged by CPython, not printed: dropped here.
    async fn call(&self, f: Value, args: Vec<Value>) -> LoopResult<()> {
        let mut stack = {
            let mut vm = self.vm.borrow_mut();
            match vm.start_call(&f, &args) {
                Ok(Some(stack)) => stack,
                Ok(None) => return Ok(()),
                Err(e) => {
                    if let ErrKind::Halt(h) = *e.0 {
                        return Err(Stopped::Halt(h));
                    }
                    return Ok(());
                }
            }
        };
        loop {
            let r = self.vm.borrow_mut().run(&mut stack);
            match r {
                RunResult::Preempted => {
                    self.host.yield_now().await;
                    if self.stop.get() {
                        return Err(Stopped::Halt(Halt::Stopped));
                    }
                }
                RunResult::Halted(h) => return Err(Stopped::Halt(h)),
                _ => return Ok(()),
            }
        }
    }

    /// Steps a task: polls its future, giving the host a turn whenever it asks.
    async fn step(&self, task: Rc<NativeBox>, exc: Option<Value>) -> LoopResult<()> {
        let mut step = TaskStep { vm: self.vm.clone(), task, exc: Some(exc) };
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            match Pin::new(&mut step).poll(&mut cx) {
                Poll::Ready(Ok(())) => return Ok(()),
                Poll::Ready(Err(h)) => return Err(Stopped::Halt(h)),
                Poll::Pending => {
                    self.host.yield_now().await;
                    if self.stop.get() {
                        return Err(Stopped::Halt(Halt::Stopped));
                    }
                }
            }
        }
    }
}

#[allow(dead_code)]
fn unused(_: ExcKind) {}
