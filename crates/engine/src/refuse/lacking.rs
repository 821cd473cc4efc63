//! What CPython 3.11 has and Loopscope lacks: the modules' attributes, the builtins and
//! the event loop's I/O methods, asked of the VM itself (once per thread), so that the
//! static refusals can never disagree with what a run would find.
//!
//! CPython's side is `vm::builtins::cpython_names` (generated from `dir()` of each) and
//! asyncio's submodules' `__all__`; Loopscope's side is a VM built as a run builds it:
//! a name is lacking exactly when the VM's own lookup answers "is not supported by
//! Loopscope" (the runtime's rule-zero message), so every later addition to `time`,
//! `random`, asyncio or the builtins stops being refused without a change here.

use crate::asyncio::event_loop::LoopObj;
use crate::asyncio::submodules::SUBMODULES;
use crate::limits::Limits;
use crate::syntax::ast::Module;
use crate::vm::builtins::cpython_names as cpy;
use crate::vm::error::{ErrKind, Halt, PyErr};
use crate::vm::heap::RunHeap;
use crate::vm::value::Value;
use crate::vm::{Pace, Vm};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// The modules a program may import whose attributes the pass checks.
pub const MODULES: &[&str] = &["asyncio", "time", "random"];

/// Event-loop methods that exist only for what SPEC 1c refuses (threads and executors,
/// file descriptors, signals, sockets and networking, pipes and subprocesses). They are
/// refused on any object, since no other object a program can get has them; each one is
/// refused only while the VM's loop lacks it.
pub const LOOP_IO_METHODS: &[&str] = &[
    "run_in_executor",
    "set_default_executor",
    "shutdown_default_executor",
    "add_reader",
    "add_writer",
    "remove_reader",
    "remove_writer",
    "add_signal_handler",
    "remove_signal_handler",
    "create_connection",
    "create_server",
    "create_datagram_endpoint",
    "create_unix_connection",
    "create_unix_server",
    "connect_accepted_socket",
    "getaddrinfo",
    "getnameinfo",
    "sendfile",
    "start_tls",
    "sock_accept",
    "sock_connect",
    "sock_recv",
    "sock_recv_into",
    "sock_recvfrom",
    "sock_recvfrom_into",
    "sock_sendall",
    "sock_sendfile",
    "sock_sendto",
    "connect_read_pipe",
    "connect_write_pipe",
    "subprocess_exec",
    "subprocess_shell",
];

/// What the VM lacks, by owner.
#[derive(Debug, Default)]
pub struct Lacking {
    /// Module path (`asyncio`, `asyncio.events`, `time`...) -> the names CPython's module
    /// has and Loopscope's lacks.
    pub attrs: HashMap<String, HashSet<&'static str>>,
    /// Module path -> the CPython names Loopscope's module has (for the tests).
    pub present: HashMap<String, Vec<&'static str>>,
    pub builtins: HashSet<&'static str>,
    pub builtins_present: Vec<&'static str>,
    pub loop_methods: HashSet<&'static str>,
    pub loop_methods_present: Vec<&'static str>,
}

impl Lacking {
    /// The CPython names of the module at `path` that Loopscope lacks; `None` for a path
    /// that is no module the VM was asked about (`asyncio.sleep`, `typing`).
    pub fn module(&self, path: &str) -> Option<&HashSet<&'static str>> {
        self.attrs.get(path)
    }
}

thread_local! {
    static LACKING: RefCell<Option<Rc<Lacking>>> = const { RefCell::new(None) };
}

/// The answer for this thread (derived on first use).
pub fn lacking() -> Rc<Lacking> {
    LACKING.with(|cell| {
        if let Some(l) = cell.borrow().as_ref() {
            return l.clone();
        }
        let l = Rc::new(derive());
        *cell.borrow_mut() = Some(l.clone());
        l
    })
}

/// The derived lists as (owner, name, present) rows: owner is a module path, `builtins`
/// or `loop`. For the tests, which check each row against real runs.
pub fn rows() -> Vec<(String, String, bool)> {
    let l = lacking();
    let mut rows = Vec::new();
    let mut paths: Vec<&String> = l.attrs.keys().collect();
    paths.sort();
    for path in paths {
        for n in l.present.get(path).into_iter().flatten() {
            rows.push((path.clone(), n.to_string(), true));
        }
        let mut missing: Vec<_> = l.attrs[path].iter().collect();
        missing.sort();
        rows.extend(missing.into_iter().map(|n| (path.clone(), n.to_string(), false)));
    }
    let mut builtins: Vec<_> = l.builtins.iter().collect();
    builtins.sort();
    rows.extend(l.builtins_present.iter().map(|n| ("builtins".to_string(), n.to_string(), true)));
    rows.extend(builtins.into_iter().map(|n| ("builtins".to_string(), n.to_string(), false)));
    rows.extend(l.loop_methods_present.iter().map(|n| ("loop".to_string(), n.to_string(), true)));
    let mut methods: Vec<_> = l.loop_methods.iter().collect();
    methods.sort();
    rows.extend(methods.into_iter().map(|n| ("loop".to_string(), n.to_string(), false)));
    rows
}

/// The VM never yields: it only builds modules here.
struct NoPace;

impl Pace for NoPace {
    fn should_yield(&self) -> bool {
        false
    }
}

/// The runtime's own "not supported" answer, told apart from any other failure (a
/// broken module must not turn into a list of refusals).
fn is_not_supported(e: &PyErr) -> bool {
    matches!(&*e.0, ErrKind::Halt(Halt::Error(m)) if m.ends_with("is not supported by Loopscope"))
}

/// Builds a VM as a run does and asks it.
fn derive() -> Lacking {
    let Ok(program) = crate::compile::compile(&Module::default(), "") else { return Lacking::default() };
    let limits = Limits::default();
    let heap = RunHeap::new(limits.max_memory);
    // Its objects are the throwaway VM's: made on its own heap, and all freed here.
    let _current = heap.enter();
    let mut vm =
        Vm::new(&program, "".into(), limits, Rc::new(NoPace), Rc::new(Cell::new(false)), Rc::default(), heap.clone());
    crate::asyncio::install(&mut vm);
    let lacking = ask(&mut vm);
    drop(vm);
    heap.release();
    lacking
}

fn ask(vm: &mut Vm) -> Lacking {
    let mut out = Lacking::default();
    for &name in MODULES {
        let Some(make) = vm.module_makers.get(name).copied() else { continue };
        let module = Value::Module(make(vm));
        let known = match name {
            "asyncio" => cpy::MODULE_ASYNCIO,
            "time" => cpy::MODULE_TIME,
            _ => cpy::MODULE_RANDOM,
        };
        sort_names(vm, &module, name.to_string(), known, &mut out);
        if name == "asyncio" {
            for &(sub, names) in SUBMODULES {
                if let Ok(v @ Value::Module(_)) = vm.get_attr(&module, &sub.into()) {
                    sort_names(vm, &v, format!("asyncio.{sub}"), names, &mut out);
                }
            }
        }
    }
    for &name in cpy::BUILTINS {
        if vm.builtins.contains_key(name) {
            out.builtins_present.push(name);
        } else if !matches!(name, "True" | "False" | "None") {
            // Keywords, never looked up as names.
            out.builtins.insert(name);
        }
    }
    let lp = Value::Native(LoopObj::new_boxed());
    for &name in LOOP_IO_METHODS {
        // A method may exist only to refuse every call (`run_in_executor` does): one
        // call without arguments tells (a real one answers with a TypeError or runs;
        // none of these can touch anything outside this throwaway VM).
        let lacking = match vm.get_attr(&lp, &name.into()) {
            Ok(method) => vm.call_sync(&method, &[]).is_err_and(|e| is_not_supported(&e)),
            Err(e) => is_not_supported(&e),
        };
        if lacking {
            out.loop_methods.insert(name);
        } else {
            out.loop_methods_present.push(name);
        }
    }
    out
}

/// Splits a module's CPython names into present and lacking.
fn sort_names(vm: &mut Vm, module: &Value, path: String, known: &'static [&'static str], out: &mut Lacking) {
    let mut missing = HashSet::new();
    let mut present = Vec::new();
    for &name in known {
        match vm.get_attr(module, &name.into()) {
            Ok(_) => present.push(name),
            Err(e) if is_not_supported(&e) => {
                missing.insert(name);
            }
            // Another failure is no answer: neither refused nor claimed present.
            Err(_) => {}
        }
    }
    out.attrs.insert(path.clone(), missing);
    out.present.insert(path, present);
}
