//! asyncio on the VM, mirroring CPython 3.11's structure so that who wakes first, and
//! in which loop iteration, is CPython's: the loop state (`event_loop`), futures and
//! tasks (`future`, `task`), `sleep`, `gather`, the module's functions and the loop's
//! methods (`module`, `methods`), the driver that runs the loop's iterations and polls
//! each task's future exactly when its step handle comes up (`driver`), and the parts
//! CPython writes in Python (queues, locks, `wait_for`, `TaskGroup`...), run from
//! Python source (`prelude`). `prims` numbers the queues, locks, events, semaphores,
//! conditions and task groups for the trace and records their state changes.
//!
//! Built on `vm` (native objects, modules, `Vm::run`), never the other way round.
//!
//! # Wake-ups of the primitives, in loop iterations
//!
//! Measured on CPython 3.11 with `tests/loop_oracle/instrument.py` (and equal in
//! Loopscope: `crates/engine/tests/loop_oracle/`), in the style of the oracle README's
//! table. The event happens in iteration k:
//!
//! | event in iteration k | who resumes, when |
//! | --- | --- |
//! | `put`/`put_nowait` on an empty queue with a getter waiting | the first getter: k+1 |
//! | `get`/`get_nowait` on a full queue with a putter waiting | the first putter: k+1 |
//! | the last `task_done()` | every task in `join()`: k+1 |
//! | `lock.release()` with waiters | the first waiter, which then holds the lock: k+1 |
//! | `event.set()` | every waiter, in the order they began to wait: k+1 |
//! | `semaphore.release()` with waiters | the first waiter: k+1 |
//! | `cond.notify()` (lock released in the same step) | the waiter, lock re-acquired: k+1 (if the lock is still held, when it is released in m: m+1) |
//! | the last task of a `TaskGroup` finishes | the task in `async with`: k+2 (`_on_task_done` runs in k+1) |
//! | a task of a `TaskGroup` raises | `_on_task_done` k+1 cancels the others and the parent; they see `CancelledError` k+2; once the last one ends (k+2), the parent goes on k+4 and raises the `ExceptionGroup` |
//! | `asyncio.timeout`'s timer is due (its callback runs in k) | the task sees `CancelledError` at k+1; `TimeoutError` leaves the block in that same step |
//! | a task given to `wait(FIRST_COMPLETED)` finishes | the waiting task: k+2 (`_on_completion` k+1) |
//! | a task given to `as_completed` finishes | the next `await` of its iterator returns: k+2 |
//! | a `shield`ed task finishes | the task awaiting the shield: k+2 |
//! | `t.cancel()` on a task waiting on a queue, lock, event... | `t` gets `CancelledError` k+1 (and leaves the waiters); a task awaiting `t` resumes k+2 |
//!
//! CPython cancels a `TaskGroup`'s tasks (and `as_completed` wraps coroutines in tasks) in
//! the order of a set, which follows memory addresses; Loopscope uses creation order.

pub mod driver;
pub mod event_loop;
pub mod future;
pub mod gather;
pub mod methods;
pub mod module;
pub mod prelude;
pub mod prims;
pub mod sleep;
pub mod submodules;
pub mod task;

use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult};
use crate::vm::object::PyClass;
use crate::vm::object::class::{AttrMap, Builtin};
use crate::vm::object::native::NativeBox;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What asyncio keeps in the VM for a run.
pub struct AsyncioState {
    pub cancelled_error: Rc<PyClass>,
    pub invalid_state_error: Rc<PyClass>,
    /// The loop running now (its `run_until_complete` is in progress).
    pub running: RefCell<Option<Rc<NativeBox>>>,
    /// The loop `get_event_loop()` returns outside a running loop.
    pub current: RefCell<Option<Rc<NativeBox>>>,
    /// The task whose step is running.
    pub current_task: RefCell<Option<Rc<NativeBox>>>,
    /// Tasks not finished (main excluded from the limit check by the caller).
    pub live_tasks: Cell<usize>,
    /// `Task-N` names.
    pub task_counter: Cell<u64>,
    /// Queues, locks, events... as the trace numbers them.
    pub prims: prims::PrimTable,
    timer_seq: Cell<u64>,
    handle_seq: Cell<u64>,
    iterations: Cell<u64>,
}

impl AsyncioState {
    /// The number of the loop iteration starting now (counted over the whole run).
    pub fn next_iteration(&self) -> u64 {
        let n = self.iterations.get();
        self.iterations.set(n + 1);
        n
    }

    /// A number for a `call_soon` handle in the trace.
    pub fn next_handle(&self) -> u64 {
        let s = self.handle_seq.get();
        self.handle_seq.set(s + 1);
        s
    }

    pub fn next_timer(&self) -> u64 {
        let s = self.timer_seq.get();
        self.timer_seq.set(s + 1);
        s
    }
}

/// The run's asyncio state (made by `install`).
pub fn state(vm: &Vm) -> Option<Rc<AsyncioState>> {
    vm.ext::<AsyncioState>()
}

/// The running loop (RuntimeError "no running event loop" outside one).
pub fn running_loop(vm: &Vm) -> PyResult<Rc<NativeBox>> {
    state(vm)
        .and_then(|s| s.running.borrow().clone())
        .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "no running event loop"))
}

/// Makes `asyncio` importable and sets up its exception classes.
pub fn install(vm: &mut Vm) {
    let base = vm.types.exc(ExcKind::BaseException).clone();
    let exc = vm.types.exc(ExcKind::Exception).clone();
    let class = |name: &str, base: &Rc<PyClass>, kind: ExcKind| {
        let mro = crate::vm::types::linearize(std::slice::from_ref(base));
        PyClass::new(
            name.into(),
            name.into(),
            "asyncio.exceptions".into(),
            vec![base.clone()],
            mro,
            AttrMap::default(),
            Builtin::Exception(kind),
            true,
        )
    };
    let cancelled_error = class("CancelledError", &base, ExcKind::BaseException);
    let invalid_state_error = class("InvalidStateError", &exc, ExcKind::Exception);
    vm.set_ext(Rc::new(AsyncioState {
        cancelled_error,
        invalid_state_error,
        running: RefCell::new(None),
        current: RefCell::new(None),
        current_task: RefCell::new(None),
        live_tasks: Cell::new(0),
        task_counter: Cell::new(0),
        prims: prims::PrimTable::default(),
        timer_seq: Cell::new(0),
        handle_seq: Cell::new(0),
        iterations: Cell::new(0),
    }));
    vm.module_makers.insert("asyncio", module::make);
    module::register_classes(vm);
}
