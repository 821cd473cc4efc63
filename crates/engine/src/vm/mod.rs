//! The virtual machine: values and objects, the dispatch loop over a stack's frames,
//! calls, attribute lookup, operators, the builtins and the `time` and `random`
//! modules.
//!
//! It runs compiled code ([`crate::compile`]) and records prints in the [`Trace`]; it
//! knows nothing of asyncio. Libraries built on it (asyncio, in `crate::asyncio`) add
//! native objects ([`object::native::NativeObject`]), modules, and drive stacks with
//! [`Vm::run`], which returns when the stack finishes, awaits something pending,
//! needs to give the host a turn, or asks the driver to run an event loop.

pub mod attr;
pub mod builtins;
pub mod call;
pub mod collections;
pub mod convert;
pub mod error;
pub mod exceptions;
pub mod format;
pub mod frame;
pub mod generator_ops;
pub mod heap;
pub mod identity;
pub mod interp;
pub mod iter;
pub mod load;
pub mod misc;
pub mod object;
pub mod ops;
pub mod signal;
pub mod stdlib;
pub mod subclass;
pub mod types;
pub mod value;

use crate::compile::code::Program;
use crate::limits::Limits;
use crate::syntax::ast::{Name, Span};
use crate::trace::{Event, EventKind, TaskId, Trace};
use error::{ExcKind, PyErr, PyResult};
use object::{PyClass, PyInstance, PyModule};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use value::Value;

/// What the VM needs from the place it runs in.
pub trait Pace {
    /// Has the VM kept the thread long enough that the host needs a turn?
    fn should_yield(&self) -> bool;
}

/// Steps (backward jumps and calls) between two checks of the host and the stop flag.
const CHECK_EVERY: u32 = 4096;

pub struct Vm {
    /// Module globals by slot (`Value::Unbound` when unset).
    pub globals: Vec<Value>,
    pub global_names: Vec<Name>,
    /// Global slot of each name (for class bodies and `from ... import`).
    pub global_slots: HashMap<Name, u32>,
    /// The builtin bound to each global slot's name, if any.
    pub builtin_slots: Vec<Value>,
    pub builtins: HashMap<&'static str, Value>,
    pub types: types::Types,
    /// Modules `import` can find, made on first import.
    pub modules: HashMap<Name, Value>,
    pub module_makers: HashMap<&'static str, fn(&mut Vm) -> Rc<PyModule>>,
    /// Classes of native objects, by type name (`Future`, `Task`...).
    pub native_classes: HashMap<&'static str, Rc<PyClass>>,
    pub limits: Limits,
    pub steps: u64,
    countdown: u32,
    pub pace: Rc<dyn Pace>,
    pub stop: Rc<Cell<bool>>,
    pub trace: Rc<RefCell<Trace>>,
    /// The virtual clock (seconds). The event loop moves it; `time.sleep` too.
    pub now: f64,
    /// The task running now (`None`: module-level code), for prints.
    pub task: Option<TaskId>,
    lines: usize,
    line_open: bool,
    pub source: Rc<str>,
    line_starts: Vec<u32>,
    /// Nested runs of the dispatch loop (calls made from native code).
    pub native_depth: u32,
    /// The state of libraries built on the VM (asyncio's loop), by type.
    /// (One or two entries: a list beats hashing a TypeId on every lookup.)
    pub ext: Vec<(std::any::TypeId, Rc<dyn Any>)>,
    pub random: stdlib::random::RandomState,
    pub heap: Rc<heap::RunHeap>,
    /// Objects whose repr is being computed (to print `[...]` for cycles).
    pub repr_guard: Vec<usize>,
    /// Serial numbers behind `id()`, identity hashes and default reprs.
    pub identities: identity::Identities,
    /// Items compared by the outermost sequence comparison in progress, and how deep
    /// it is (a comparison of shared structures can be exponential: bounded).
    pub compare_work: u64,
    pub compare_depth: u32,
}

impl Vm {
    pub fn new(
        program: &Program,
        source: Rc<str>,
        limits: Limits,
        pace: Rc<dyn Pace>,
        stop: Rc<Cell<bool>>,
        trace: Rc<RefCell<Trace>>,
        heap: Rc<heap::RunHeap>,
    ) -> Vm {
        let mut line_starts = vec![0];
        line_starts.extend(source.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i as u32 + 1));
        let types = types::Types::new();
        let builtins = builtins::table(&types);
        let builtin_slots =
            program.globals.iter().map(|n| builtins.get(&**n).cloned().unwrap_or(Value::Unbound)).collect();
        let global_slots = program.globals.iter().enumerate().map(|(i, n)| (n.clone(), i as u32)).collect();
        let mut vm = Vm {
            globals: vec![Value::Unbound; program.globals.len()],
            global_names: program.globals.clone(),
            global_slots,
            builtin_slots,
            builtins,
            types,
            modules: HashMap::new(),
            module_makers: HashMap::new(),
            native_classes: HashMap::new(),
            limits,
            steps: 0,
            countdown: CHECK_EVERY,
            pace,
            stop,
            trace,
            now: 0.0,
            task: None,
            lines: 0,
            line_open: false,
            source,
            line_starts,
            native_depth: 0,
            ext: Vec::new(),
            random: stdlib::random::RandomState::new(),
            heap,
            repr_guard: Vec::new(),
            identities: identity::Identities::default(),
            compare_work: 0,
            compare_depth: 0,
        };
        stdlib::register(&mut vm);
        if let Some(&slot) = vm.global_slots.get("__name__") {
            vm.globals[slot as usize] = Value::str("__main__");
        }
        vm
    }

    /// Global slots for another module's names (asyncio's Python half): returns where
    /// they start.
    pub fn add_globals(&mut self, names: &[Name]) -> u32 {
        let base = self.globals.len() as u32;
        for n in names {
            self.globals.push(Value::Unbound);
            self.global_names.push(n.clone());
            self.builtin_slots.push(self.builtins.get(&**n).cloned().unwrap_or(Value::Unbound));
        }
        base
    }

    /// The state a library keeps in the VM.
    pub fn ext<T: 'static>(&self) -> Option<Rc<T>> {
        let id = std::any::TypeId::of::<T>();
        self.ext.iter().find(|(t, _)| *t == id).and_then(|(_, e)| e.clone().downcast::<T>().ok())
    }

    pub fn set_ext<T: 'static>(&mut self, value: Rc<T>) {
        let id = std::any::TypeId::of::<T>();
        self.ext.retain(|(t, _)| *t != id);
        self.ext.push((id, value));
    }

    /// (line, column) of a byte offset, 1-based, columns in characters.
    pub fn position(&self, offset: u32) -> (u32, u32) {
        let offset = (offset as usize).min(self.source.len());
        let line = self.line_starts.partition_point(|&s| s as usize <= offset).saturating_sub(1);
        let start = self.line_starts.get(line).copied().unwrap_or(0) as usize;
        let col = self.source.get(start..offset).map(|s| s.chars().count()).unwrap_or(0);
        (line as u32 + 1, col as u32 + 1)
    }

    /// The 1-based line of a byte offset (cheaper than [`Vm::position`]).
    pub fn line_of(&self, offset: u32) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset).max(1) as u32
    }

    pub fn span_position(&self, span: Span) -> (u32, u32) {
        self.position(span.start)
    }

    /// Records a trace event at the current virtual time.
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
        trace.events.push(Event { t, kind });
    }

    /// Counts one step (a loop iteration or a call); every few thousand steps, checks the
    /// stop flag, the memory budget and whether the host needs a turn. Returns
    /// `Ok(true)` when the host needs a turn.
    #[inline]
    pub fn step(&mut self) -> PyResult<bool> {
        self.countdown -= 1;
        if self.countdown > 0 {
            return Ok(false);
        }
        self.checkpoint()
    }

    #[cold]
    fn checkpoint(&mut self) -> PyResult<bool> {
        let n = (CHECK_EVERY - self.countdown) as u64;
        self.countdown = CHECK_EVERY;
        self.steps += n;
        if self.steps > self.limits.max_steps {
            return Err(PyErr::halt("LimitError: step limit reached"));
        }
        if self.stop.get() {
            return Err(PyErr::stopped());
        }
        self.check_memory()?;
        Ok(self.pace.should_yield())
    }

    /// Steps counted so far (exact).
    pub fn steps_taken(&self) -> u64 {
        self.steps + (CHECK_EVERY - self.countdown) as u64
    }

    /// Stops the run once it has crossed its memory budget. Checked at the step
    /// checkpoints, after every builtin call and at every item a builtin iterates, so
    /// that no single call (`set(range(10**8))`) runs far past the budget.
    #[inline]
    pub fn check_memory(&self) -> PyResult<()> {
        if heap::over_budget() {
            return Err(PyErr::halt(self.memory_limit_message()));
        }
        Ok(())
    }

    /// `LimitError: memory limit of 256 MiB reached`.
    pub fn memory_limit_message(&self) -> String {
        format!("LimitError: memory limit of {} reached", memory_text(self.limits.max_memory))
    }

    /// Refuses an allocation of `bytes` that would cross the memory budget.
    pub fn reserve(&self, bytes: usize) -> PyResult<()> {
        if !heap::can_allocate(bytes) {
            return Err(PyErr::halt(self.memory_limit_message()));
        }
        Ok(())
    }

    /// Writes printed text (one `print` call's output, `end` included).
    pub fn print(&mut self, text: String) -> PyResult<()> {
        // The line limit: every line started counts (the oracle counts the same way).
        let mut started = 0usize;
        let mut open = self.line_open;
        let mut pieces = text.split('\n').peekable();
        while let Some(piece) = pieces.next() {
            let last = pieces.peek().is_none();
            if last && piece.is_empty() {
                break;
            }
            if !open {
                if self.lines + started >= self.limits.max_lines {
                    return Err(PyErr::halt(format!(
                        "LimitError: printed line limit of {} reached",
                        self.limits.max_lines
                    )));
                }
                open = true;
            }
            if !last {
                started += 1;
                open = false;
            }
        }
        self.lines += started;
        self.line_open = open;
        self.record(EventKind::Print { task: self.task, text: text.into() });
        Ok(())
    }

    /// A new exception instance of a builtin kind with these args.
    pub fn new_exception(&self, kind: ExcKind, args: Vec<Value>) -> Rc<PyInstance> {
        let e = PyInstance::new(self.types.exc(kind).clone());
        if let Some(state) = &e.exc {
            *state.args.borrow_mut() = object::PyTuple::new(args);
        }
        e
    }

    /// Makes the exception object of an error (a no-op for one made already).
    pub fn materialize(&self, err: PyErr) -> Result<Rc<PyInstance>, PyErr> {
        match *err.0 {
            error::ErrKind::Exc(e) => Ok(e),
            error::ErrKind::New(kind, msg) => {
                let args = if msg.is_empty() { vec![] } else { vec![Value::str(msg)] };
                Ok(self.new_exception(kind, args))
            }
            other => Err(PyErr(Box::new(other))),
        }
    }
}

/// `256 MiB`, `8 MiB`, `1.5 GiB`: how the memory limit is named in its message.
pub fn memory_text(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes >= 1024 * MIB && bytes.is_multiple_of(1024 * MIB) {
        format!("{} GiB", bytes / (1024 * MIB))
    } else if bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}
