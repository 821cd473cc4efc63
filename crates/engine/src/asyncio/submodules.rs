//! asyncio's submodules (`asyncio.exceptions`, `asyncio.queues`, …) as attributes of
//! the package: programs write `asyncio.exceptions.TimeoutError` after `import asyncio`.
//! Each is a view of the package's own names, filled on first use.

use crate::vm::Vm;
use crate::vm::error::PyResult;
use crate::vm::object::PyModule;
use crate::vm::object::class::AttrMap;
use crate::vm::value::Value;
use std::rc::Rc;

/// CPython 3.11's submodules and the names each exports (its `__all__`).
pub const SUBMODULES: &[(&str, &[&str])] = &[
    ("base_events", &["BaseEventLoop", "Server"]),
    ("coroutines", &["iscoroutinefunction", "iscoroutine"]),
    (
        "events",
        &[
            "AbstractEventLoopPolicy",
            "AbstractEventLoop",
            "AbstractServer",
            "Handle",
            "TimerHandle",
            "get_event_loop_policy",
            "set_event_loop_policy",
            "get_event_loop",
            "set_event_loop",
            "new_event_loop",
            "get_child_watcher",
            "set_child_watcher",
            "_set_running_loop",
            "get_running_loop",
            "_get_running_loop",
        ],
    ),
    (
        "exceptions",
        &[
            "BrokenBarrierError",
            "CancelledError",
            "InvalidStateError",
            "TimeoutError",
            "IncompleteReadError",
            "LimitOverrunError",
            "SendfileNotAvailableError",
        ],
    ),
    ("futures", &["Future", "wrap_future", "isfuture"]),
    ("locks", &["Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"]),
    ("queues", &["Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"]),
    ("runners", &["Runner", "run"]),
    ("taskgroups", &["TaskGroup"]),
    (
        "tasks",
        &[
            "Task",
            "create_task",
            "FIRST_COMPLETED",
            "FIRST_EXCEPTION",
            "ALL_COMPLETED",
            "wait",
            "wait_for",
            "as_completed",
            "sleep",
            "gather",
            "shield",
            "ensure_future",
            "run_coroutine_threadsafe",
            "current_task",
            "all_tasks",
            "_register_task",
            "_unregister_task",
            "_enter_task",
            "_leave_task",
        ],
    ),
    ("timeouts", &["Timeout", "timeout", "timeout_at"]),
];

/// The names a submodule (`asyncio.queues`) exports, for "is not supported" messages.
pub fn names_of(module: &str) -> &'static [&'static str] {
    let short = module.strip_prefix("asyncio.").unwrap_or("");
    SUBMODULES.iter().find(|(n, _)| *n == short).map(|(_, names)| *names).unwrap_or(&[])
}

/// The empty submodules, to set on the package.
pub fn add_to(attrs: &mut AttrMap) {
    for (name, _) in SUBMODULES {
        let m = PyModule::new(&format!("asyncio.{name}"), AttrMap::default());
        m.loader.set(Some(load));
        m.cpython_names.set(names_of(&m.name));
        attrs.set((*name).into(), Value::Module(m));
    }
}

/// Copies the submodule's names from the package (loading the package's Python half).
fn load(vm: &mut Vm, module: &Rc<PyModule>) -> PyResult<()> {
    let Some(package) = vm.modules.get("asyncio").cloned() else { return Ok(()) };
    for name in names_of(&module.name) {
        let name: crate::syntax::ast::Name = (*name).into();
        if let Ok(v) = vm.get_attr(&package, &name) {
            module.attrs.borrow_mut().set(name, v);
        }
    }
    Ok(())
}
