//! asyncio on the VM, mirroring CPython 3.11's structure so that who wakes first, and
//! in which loop iteration, is CPython's: the loop state (`event_loop`), futures and
//! tasks (`future`, `task`), `sleep`, `gather`, the module's functions and the loop's
//! methods (`module`, `methods`), the driver that runs the loop's iterations and polls
//! each task's future exactly when its step handle comes up (`driver`), and the parts
//! CPython writes in Python (queues, locks, `wait_for`, `TaskGroup`...), run from
//! Python source (`prelude`).
//!
//! Built on `vm` (native objects, modules, `Vm::run`), never the other way round.

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
    iterations: Cell<u64>,
}

impl AsyncioState {
    /// The number of the loop iteration starting now (counted over the whole run).
    pub fn next_iteration(&self) -> u64 {
        let n = self.iterations.get();
        self.iterations.set(n + 1);
        n
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
        iterations: Cell::new(0),
    }));
    vm.module_makers.insert("asyncio", module::make);
    module::register_classes(vm);
}
