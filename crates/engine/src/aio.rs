//! asyncio on top of the loop state: awaiting, `sleep`, `wait_for`, and the driver that
//! runs the loop's iterations and polls the task futures (DESIGN.md: one run future owns
//! every task future and polls each exactly when the ready queue says it steps).

use crate::ast::Name;
use crate::interp::{Ctx, Flow, Interp, Res, SuspendOnce, exc};
use crate::runtime::{Callback, FutKind, Handle, Next, TimerAction};
use crate::trace::{EventKind, Suspend, TaskEnd, TaskId};
use crate::value::{CoroBody, Coroutine, Exc, ExcClass, Exception, FutId, Value};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// A scenario task as a Rust future: the async interpretation of its coroutine.
pub type TaskFuture = Pin<Box<dyn Future<Output = Res<Value>>>>;

/// The task futures of one `asyncio.run`, indexed by task id; owned by the driver and
/// never stored inside the loop's `RefCell`.
type TaskSlab = Vec<Option<TaskFuture>>;

impl Interp {
    // ------------------------------------------------------------------ awaiting

    /// `await v`.
    pub async fn await_value(&self, ctx: &mut Ctx, v: Value) -> Res<Value> {
        match v {
            Value::Coroutine(ref c) => self.run_coroutine(ctx, c).await,
            Value::Task(f) | Value::Future(f) => self.await_future(ctx, f).await,
            other => Err(exc(
                ExcClass::TypeError,
                format!("object {} can't be used in 'await' expression", other.type_name()),
            )),
        }
    }

    /// Runs a coroutine object inside the current task (`await coro()`: no new task).
    pub fn run_coroutine<'a>(&'a self, ctx: &'a mut Ctx, c: &'a Rc<Coroutine>) -> crate::interp::BoxFut<'a, Value> {
        Box::pin(async move {
            let Some(body) = c.body.borrow_mut().take() else {
                return Err(exc(ExcClass::RuntimeError, "cannot reuse already awaited coroutine"));
            };
            if ctx.depth >= self.limits.max_depth {
                return Err(exc(ExcClass::RecursionError, "maximum recursion depth exceeded"));
            }
            match body {
                CoroBody::User { func, args } => self.run_function(ctx, &func, args).await,
                CoroBody::Sleep { delay, result } => {
                    self.sleep(ctx, delay.as_f64().unwrap_or(0.0)).await?;
                    Ok(result)
                }
                CoroBody::WaitFor { aw, timeout } => {
                    ctx.depth += 1;
                    let r = self.wait_for(ctx, aw, timeout).await;
                    ctx.depth -= 1;
                    r
                }
            }
        })
    }

    /// `await fut` (`Future.__await__`): suspends unless it is already done.
    pub async fn await_future(&self, ctx: &mut Ctx, fut: FutId) -> Res<Value> {
        if !self.rt.borrow().is_done(fut) {
            let reason = self.reason_for(fut);
            self.wait_on(ctx, fut, reason).await?;
        }
        Ok(self.rt.borrow_mut().result_of(fut)?)
    }

    fn reason_for(&self, fut: FutId) -> Suspend {
        let rt = self.rt.borrow();
        match rt.futs[fut as usize].kind {
            FutKind::Task(task) => Suspend::AwaitTask { task },
            FutKind::Gather(g) => {
                Suspend::AwaitGather { tasks: rt.gathers[g].children.iter().filter_map(|&c| rt.task_of(c)).collect() }
            }
            FutKind::Plain | FutKind::Sleep | FutKind::Waiter => Suspend::Yield,
        }
    }

    /// The task yields `fut` to its step (`Task.__step`'s blocking-future branch), then
    /// resumes when woken; an exception thrown into it comes back as `Err`.
    async fn wait_on(&self, ctx: &mut Ctx, fut: FutId, reason: Suspend) -> Res<()> {
        let Some(task) = ctx.task else {
            return Err(exc(ExcClass::RuntimeError, "'await' outside of a running task"));
        };
        {
            let mut rt = self.rt.borrow_mut();
            let own = rt.tasks[task as usize].fut;
            if own == fut {
                let name = rt.tasks[task as usize].name.clone();
                let e = Exception::new(
                    ExcClass::RuntimeError,
                    format!("Task cannot await on itself: <Task pending name='{name}'>"),
                );
                rt.call_soon(Handle::Step { task, exc: Some(e) });
            } else {
                rt.add_done_callback(fut, Callback::Wakeup(task));
                rt.tasks[task as usize].fut_waiter = Some(fut);
                if rt.tasks[task as usize].must_cancel {
                    let msg = rt.tasks[task as usize].cancel_msg.clone();
                    if rt.cancel_future(fut, msg) {
                        rt.tasks[task as usize].must_cancel = false;
                    }
                }
            }
            rt.tasks[task as usize].suspend = Some(reason);
            rt.tasks[task as usize].suspend_at = ctx.at;
        }
        self.suspend(task).await
    }

    /// Ends the step; on the next one, returns what was thrown in (if anything).
    async fn suspend(&self, task: TaskId) -> Res<()> {
        SuspendOnce::default().await;
        match self.rt.borrow_mut().tasks[task as usize].resume.take() {
            Some(e) => Err(Flow::Exc(e)),
            None => Ok(()),
        }
    }

    /// A bare `yield` (`asyncio.sleep(0)`): back of the ready queue.
    async fn yield_now(&self, ctx: &mut Ctx) -> Res<()> {
        let Some(task) = ctx.task else {
            return Err(exc(ExcClass::RuntimeError, "'await' outside of a running task"));
        };
        {
            let mut rt = self.rt.borrow_mut();
            rt.call_soon(Handle::Step { task, exc: None });
            rt.tasks[task as usize].suspend = Some(Suspend::Yield);
            rt.tasks[task as usize].suspend_at = ctx.at;
        }
        self.suspend(task).await
    }

    /// `asyncio.sleep(delay)`.
    async fn sleep(&self, ctx: &mut Ctx, delay: f64) -> Res<()> {
        if delay <= 0.0 {
            return self.yield_now(ctx).await;
        }
        let (fut, timer, until) = {
            let mut rt = self.rt.borrow_mut();
            let fut = rt.new_future(FutKind::Sleep);
            let timer = rt.call_later(delay, TimerAction::SleepDone(fut), ctx.task);
            (fut, timer, rt.now + delay)
        };
        let r = self.wait_on(ctx, fut, Suspend::Sleep { until }).await;
        self.rt.borrow_mut().cancel_timer(timer);
        r?;
        self.rt.borrow_mut().result_of(fut)?;
        Ok(())
    }

    /// `asyncio.wait_for(aw, timeout)`, CPython 3.11's structure step by step.
    async fn wait_for(&self, ctx: &mut Ctx, aw: Value, timeout: Value) -> Res<Value> {
        if matches!(timeout, Value::None) {
            return self.await_value(ctx, aw).await;
        }
        let Some(timeout) = timeout.as_f64() else {
            return Err(exc(
                ExcClass::TypeError,
                format!("'<=' not supported between instances of '{}' and 'int'", timeout.type_name()),
            ));
        };
        if timeout <= 0.0 {
            let fut = self.ensure_future(ctx, aw, None)?;
            if self.rt.borrow().is_done(fut) {
                return Ok(self.rt.borrow_mut().result_of(fut)?);
            }
            self.cancel_and_wait(ctx, fut).await?;
            return self.result_or_timeout(fut);
        }
        let (waiter, timer, deadline) = {
            let mut rt = self.rt.borrow_mut();
            let waiter = rt.new_future(FutKind::Waiter);
            let timer = rt.call_later(timeout, TimerAction::ReleaseWaiter(waiter), ctx.task);
            (waiter, timer, rt.now + timeout)
        };
        let r = async {
            let fut = self.ensure_future(ctx, aw, None)?;
            self.rt.borrow_mut().add_done_callback(fut, Callback::ReleaseWaiter(waiter));
            let task = self.rt.borrow().task_of(fut).unwrap_or(0);
            let reason = Suspend::AwaitWaitFor { task, deadline };
            let woke = match self.wait_on(ctx, waiter, reason).await {
                Ok(()) => self.rt.borrow_mut().result_of(waiter).map(|_| ()),
                Err(Flow::Exc(e)) => Err(e),
                Err(other) => return Err(other),
            };
            if let Err(e) = woke {
                if !e.is(ExcClass::CancelledError) {
                    return Err(Flow::Exc(e));
                }
                if self.rt.borrow().is_done(fut) {
                    return Ok(self.rt.borrow_mut().result_of(fut)?);
                }
                self.rt.borrow_mut().remove_done_callback(fut, Callback::ReleaseWaiter(waiter));
                self.cancel_and_wait(ctx, fut).await?;
                return Err(Flow::Exc(e));
            }
            if self.rt.borrow().is_done(fut) {
                return Ok(self.rt.borrow_mut().result_of(fut)?);
            }
            self.rt.borrow_mut().remove_done_callback(fut, Callback::ReleaseWaiter(waiter));
            self.cancel_and_wait(ctx, fut).await?;
            self.result_or_timeout(fut)
        }
        .await;
        self.rt.borrow_mut().cancel_timer(timer);
        r
    }

    /// `fut.result()`, with a cancellation turned into `TimeoutError`.
    fn result_or_timeout(&self, fut: FutId) -> Res<Value> {
        match self.rt.borrow_mut().result_of(fut) {
            Ok(v) => Ok(v),
            Err(e) if e.is(ExcClass::CancelledError) => Err(exc(ExcClass::TimeoutError, "")),
            Err(e) => Err(Flow::Exc(e)),
        }
    }

    /// `_cancel_and_wait(fut)`.
    async fn cancel_and_wait(&self, ctx: &mut Ctx, fut: FutId) -> Res<()> {
        let waiter = {
            let mut rt = self.rt.borrow_mut();
            let waiter = rt.new_future(FutKind::Waiter);
            rt.add_done_callback(fut, Callback::ReleaseWaiter(waiter));
            rt.cancel_future(fut, None);
            waiter
        };
        let task = self.rt.borrow().task_of(fut).unwrap_or(0);
        let r = self.wait_on(ctx, waiter, Suspend::AwaitCancel { task }).await;
        self.rt.borrow_mut().remove_done_callback(fut, Callback::ReleaseWaiter(waiter));
        r?;
        self.rt.borrow_mut().result_of(waiter)?;
        Ok(())
    }

    // ------------------------------------------------------------------ asyncio.run

    /// `asyncio.run(coro)`: runs the loop until `main()` finishes, then cancels what is
    /// left, exactly as `asyncio.Runner` does.
    pub async fn asyncio_run(&self, ctx: &mut Ctx, pos: Vec<Value>, kw: Vec<(Name, Value)>) -> Res<Value> {
        if let Some((k, _)) = kw.iter().find(|(k, _)| &**k != "debug") {
            return Err(exc(ExcClass::TypeError, format!("run() got an unexpected keyword argument '{k}'")));
        }
        if pos.len() != 1 {
            return Err(exc(
                ExcClass::TypeError,
                format!("run() takes 1 positional argument but {} were given", pos.len()),
            ));
        }
        if self.loop_running.get() || ctx.task.is_some() {
            return Err(exc(ExcClass::RuntimeError, "asyncio.run() cannot be called from a running event loop"));
        }
        let arg = pos.into_iter().next().unwrap_or(Value::None);
        let main = match arg {
            Value::Coroutine(ref c) => c.clone(),
            other => {
                let got = self.repr(&other);
                return Err(exc(ExcClass::ValueError, format!("a coroutine was expected, got {got}")));
            }
        };
        self.loop_running.set(true);
        let mut slab: TaskSlab = Vec::new();
        let r = self.run_main(&mut slab, main).await;
        self.loop_running.set(false);
        r
    }

    async fn run_main(&self, slab: &mut TaskSlab, main: Rc<Coroutine>) -> Res<Value> {
        let main_fut = {
            let mut rt = self.rt.borrow_mut();
            // A new loop: what an earlier `asyncio.run` left in its queue never runs.
            while rt.pop_ready().is_some() {}
            let task = rt.new_task(main, None, None);
            rt.tasks[task as usize].fut
        };
        self.run_until_complete(slab, main_fut).await?;
        // Runner.close(): cancel the leftovers in creation order, then run the loop until
        // they are all done; then shutdown_asyncgens() and shutdown_default_executor(),
        // each a task that returns at once.
        let leftovers = self.rt.borrow().pending_tasks();
        if !leftovers.is_empty() {
            let gather = {
                let mut rt = self.rt.borrow_mut();
                let futs: Vec<FutId> = leftovers.iter().map(|&t| rt.tasks[t as usize].fut).collect();
                for &t in &leftovers {
                    rt.cancel_task(t, None);
                }
                rt.gather(futs, true)
            };
            self.run_until_complete(slab, gather).await?;
        }
        for _ in 0..2 {
            let fut = {
                let mut rt = self.rt.borrow_mut();
                let fut = rt.new_future(FutKind::Plain);
                rt.call_soon(Handle::Internal(fut));
                fut
            };
            self.run_until_complete(slab, fut).await?;
        }
        Ok(self.rt.borrow_mut().result_of(main_fut)?)
    }

    /// `loop.run_until_complete(fut)`.
    async fn run_until_complete(&self, slab: &mut TaskSlab, fut: FutId) -> Res<()> {
        self.rt.borrow_mut().add_done_callback(fut, Callback::Stop);
        loop {
            self.run_once(slab).await?;
            let mut rt = self.rt.borrow_mut();
            if rt.stopping {
                rt.stopping = false;
                break;
            }
        }
        self.rt.borrow_mut().remove_done_callback(fut, Callback::Stop);
        if !self.rt.borrow().is_done(fut) {
            return Err(exc(ExcClass::RuntimeError, "Event loop stopped before Future completed."));
        }
        Ok(())
    }

    /// One loop iteration (`BaseEventLoop._run_once`).
    async fn run_once(&self, slab: &mut TaskSlab) -> Res<()> {
        let next = self.rt.borrow_mut().next();
        match next {
            Next::Deadlock => return Err(self.halt_with("Deadlock: no task can make progress")),
            Next::At(when) => {
                if when > self.limits.max_time {
                    return Err(self.halt_with(format!(
                        "LimitError: virtual time limit of {:.0} s reached",
                        self.limits.max_time
                    )));
                }
                if let Some(wait) = self.host.reach(when) {
                    wait.await;
                    let actual_ms = self.host.wall_ms();
                    let mut rt = self.rt.borrow_mut();
                    rt.now = rt.now.max(when);
                    let planned_ms = self.host.planned_ms(when).unwrap_or(actual_ms);
                    rt.record(EventKind::Paced { planned_ms, actual_ms });
                }
                if self.stop.get() {
                    return Err(self.halt_stopped());
                }
                let mut rt = self.rt.borrow_mut();
                rt.now = rt.now.max(when);
            }
            Next::Now => {}
        }
        let ntodo = {
            let mut rt = self.rt.borrow_mut();
            let n = rt.iterations;
            rt.iterations += 1;
            rt.record(EventKind::Iteration { n });
            rt.move_due_timers();
            rt.ready.len()
        };
        for i in 0..ntodo {
            let handle = self.rt.borrow_mut().pop_ready();
            let Some(handle) = handle else { break };
            self.run_handle(slab, handle).await?;
            if i % 64 == 63 {
                if self.stop.get() {
                    return Err(self.halt_stopped());
                }
                if self.host.should_yield() {
                    self.host.yield_now().await;
                }
            }
        }
        if self.stop.get() {
            return Err(self.halt_stopped());
        }
        if self.host.should_yield() {
            self.host.yield_now().await;
        }
        Ok(())
    }

    async fn run_handle(&self, slab: &mut TaskSlab, handle: Handle) -> Res<()> {
        match handle {
            Handle::Step { task, exc } => self.step(slab, task, exc).await,
            Handle::Done { callback, fut } => {
                let wake = self.rt.borrow_mut().run_callback(callback, fut);
                match wake {
                    Some((task, exc)) => self.step(slab, task, exc).await,
                    None => Ok(()),
                }
            }
            Handle::Timer(seq) => {
                self.rt.borrow_mut().run_timer(seq);
                Ok(())
            }
            Handle::Internal(fut) => {
                self.rt.borrow_mut().set_result(fut, Value::None);
                Ok(())
            }
        }
    }

    /// `Task.__step(exc)`: polls the task's future once (and again after each preemption).
    async fn step(&self, slab: &mut TaskSlab, task: TaskId, exc: Option<Exc>) -> Res<()> {
        let coro = {
            let mut rt = self.rt.borrow_mut();
            let fut = rt.tasks[task as usize].fut;
            if rt.is_done(fut) {
                return Ok(());
            }
            let t = &mut rt.tasks[task as usize];
            let mut exc = exc;
            if t.must_cancel {
                if !exc.as_ref().is_some_and(|e| e.is(ExcClass::CancelledError)) {
                    exc = Some(crate::runtime::Runtime::cancelled_error(&t.cancel_msg));
                }
                t.must_cancel = false;
            }
            t.fut_waiter = None;
            t.resume = exc;
            t.suspend = None;
            let coro = t.coro.take();
            rt.record(EventKind::StepStart { task });
            coro
        };
        let idx = task as usize;
        if slab.len() <= idx {
            slab.resize_with(idx + 1, || None);
        }
        let mut fut = match (slab[idx].take(), coro) {
            (Some(f), _) => f,
            (None, Some(c)) => self.task_future(task, c),
            (None, None) => return Ok(()),
        };
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            match fut.as_mut().poll(&mut cx) {
                Poll::Ready(r) => return self.finish_task(task, r),
                Poll::Pending if self.preempted.replace(false) => {
                    self.host.yield_now().await;
                    if self.stop.get() {
                        return Err(self.halt_stopped());
                    }
                }
                Poll::Pending => {
                    slab[idx] = Some(fut);
                    let rt = self.rt.borrow();
                    let reason = rt.tasks[idx].suspend.clone().unwrap_or(Suspend::Yield);
                    let line = Some(self.position(crate::ast::Span::new(rt.tasks[idx].suspend_at as usize, 0)).0);
                    rt.record(EventKind::StepEnd { task, reason, line });
                    return Ok(());
                }
            }
        }
    }

    /// The future of a task: runs its coroutine with its own context.
    fn task_future(&self, task: TaskId, coro: Rc<Coroutine>) -> TaskFuture {
        // The future must be 'static: it holds its own reference to the interpreter.
        let Some(me) = self.self_rc() else {
            return Box::pin(std::future::ready(Err(Flow::Halt)));
        };
        Box::pin(async move {
            let thrown = me.rt.borrow_mut().tasks[task as usize].resume.take();
            if let Some(e) = thrown {
                // Thrown into a coroutine that never started: it ends at once.
                let _ = coro.body.borrow_mut().take();
                return Err(Flow::Exc(e));
            }
            let mut ctx = Ctx { task: Some(task), depth: 0, handling: Vec::new(), at: 0 };
            me.run_coroutine(&mut ctx, &coro).await
        })
    }

    /// Records the end of a task and completes its future (`Task.__step`'s except arms).
    fn finish_task(&self, task: TaskId, r: Res<Value>) -> Res<()> {
        let mut rt = self.rt.borrow_mut();
        let fut = rt.tasks[task as usize].fut;
        rt.live_tasks = rt.live_tasks.saturating_sub(1);
        let end = match r {
            Ok(v) | Err(Flow::Return(v)) => {
                if rt.tasks[task as usize].must_cancel {
                    rt.tasks[task as usize].must_cancel = false;
                    let msg = rt.tasks[task as usize].cancel_msg.clone();
                    rt.cancel_own_future(fut, msg);
                    TaskEnd::Cancelled
                } else {
                    let repr = self.repr_short(&v);
                    rt.set_result(fut, v);
                    TaskEnd::Returned(repr)
                }
            }
            Err(Flow::Exc(e)) if e.is(ExcClass::CancelledError) => {
                rt.task_cancelled(fut, e, None);
                TaskEnd::Cancelled
            }
            Err(Flow::Exc(e)) => {
                let d = e.describe();
                rt.set_exception(fut, e);
                TaskEnd::Raised(d)
            }
            Err(Flow::Break | Flow::Continue) => {
                rt.set_result(fut, Value::None);
                TaskEnd::Returned("None".into())
            }
            Err(Flow::Halt) => return Err(Flow::Halt),
        };
        rt.record(EventKind::TaskFinished { task, end });
        Ok(())
    }

    fn repr_short(&self, v: &Value) -> String {
        match v {
            Value::Task(_) | Value::Future(_) => "<Task>".into(),
            other => {
                let s = other.repr();
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
        }
    }
}
