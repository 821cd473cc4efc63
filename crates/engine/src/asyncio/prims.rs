//! Queues, locks, events, semaphores, conditions and task groups as the trace sees them.
//! They run as CPython's Python code (`prelude.py`); these hooks, called from it, give
//! each one a number in creation order ([`crate::trace::PrimId`]), record its state
//! changes, and find the program's name for it. Their waiters are not recorded here: a
//! waiter is a task whose step ended on the primitive's future (`Suspend::AwaitPrim`),
//! until its wake-up is queued, exactly CPython's waiters that are not done yet.

use crate::trace::{EventKind, PrimId, PrimInfo, PrimKind, PrimRole, PrimValue, TaskId};
use crate::vm::Vm;
use crate::vm::error::PyResult;
use crate::vm::frame::Stack;
use crate::vm::object::PyInstance;
use crate::vm::object::function::Args;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Primitives recorded in a run (a program making a lock per item of a long loop).
const MAX_PRIMS: usize = 100_000;
/// Primitives waiting for a name at once; later ones keep their number.
const MAX_UNNAMED: usize = 64;
/// Suspensions at which a primitive's name is looked for before giving up.
const NAME_ATTEMPTS: u8 = 8;

struct Entry {
    obj: Weak<PyInstance>,
    kind: PrimKind,
    last: Option<PrimValue>,
}

/// The run's primitives (in [`super::AsyncioState`]).
#[derive(Default)]
pub struct PrimTable {
    entries: RefCell<Vec<Entry>>,
    /// By object address; checked against the entry's weak reference (addresses are
    /// reused once an object is freed).
    by_ptr: RefCell<HashMap<usize, PrimId>>,
    /// Primitives not named yet, with the attempts left.
    unnamed: RefCell<Vec<(PrimId, u8)>>,
    /// Per family (`PrimKind::family`), the program's own primitives made so far.
    numbers: RefCell<HashMap<&'static str, u32>>,
    /// Where asyncio's Python half's global slots begin: the program's are below.
    pub prelude_base: Cell<Option<u32>>,
    /// Task labels that show a primitive not named yet (`use(<Lock #1>, "a")`): patched
    /// when its name is found.
    labels: RefCell<Vec<(TaskId, PrimId)>>,
}

/// Most task labels waiting for a primitive's name at once.
const MAX_LABELS: usize = 256;

/// How a task label shows a primitive whose name is not known yet.
fn placeholder(p: &PrimInfo) -> String {
    format!("<{} #{}>", p.kind.class_name(), p.number)
}

/// How a task label shows primitive `id`: its name, or a placeholder replaced once the
/// name is found (`watch_label`).
pub fn arg_label(vm: &Vm, id: PrimId) -> (String, bool) {
    let trace = vm.trace.borrow();
    match trace.prims.get(id as usize) {
        Some(p) => match &p.name {
            Some(n) => (n.clone(), false),
            None => (placeholder(p), true),
        },
        None => (format!("<primitive #{id}>"), false),
    }
}

/// The label of `task` shows primitive `prim`'s placeholder: patch it when it is named.
pub fn watch_label(vm: &Vm, task: TaskId, prim: PrimId) {
    if let Some(st) = table(vm) {
        let mut labels = st.prims.labels.borrow_mut();
        if labels.len() < MAX_LABELS && st.prims.unnamed.borrow().iter().any(|(u, _)| *u == prim) {
            labels.push((task, prim));
        }
    }
}

fn ptr(i: &Rc<PyInstance>) -> usize {
    Rc::as_ptr(i) as *const u8 as usize
}

impl PrimTable {
    /// The number of a primitive object, if it is one.
    pub fn id_of(&self, v: &Value) -> Option<PrimId> {
        let Value::Instance(i) = v else { return None };
        let id = *self.by_ptr.borrow().get(&ptr(i))?;
        let entries = self.entries.borrow();
        let e = entries.get(id as usize)?;
        e.obj.upgrade().is_some_and(|o| Rc::ptr_eq(&o, i)).then_some(id)
    }

    fn kind(&self, id: PrimId) -> Option<PrimKind> {
        self.entries.borrow().get(id as usize).map(|e| e.kind)
    }

    /// Whether some primitive still waits for its name.
    pub fn naming_pending(&self) -> bool {
        !self.unnamed.borrow().is_empty()
    }
}

/// The asyncio class a primitive object is (or derives from).
fn kind_of(i: &PyInstance) -> Option<PrimKind> {
    std::iter::once(&i.class).chain(i.class.mro.iter()).find_map(|c| {
        if !c.module.starts_with("asyncio.") {
            return None;
        }
        PrimKind::ALL.iter().copied().find(|k| k.class_name() == &*c.name)
    })
}

fn int(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn count(v: Option<&Value>) -> u32 {
    int(v).map_or(0, |n| u32::try_from(n.max(0)).unwrap_or(u32::MAX))
}

fn table(vm: &Vm) -> Option<Rc<super::AsyncioState>> {
    super::state(vm)
}

/// `_prim_new(self, size=None)`, at the end of each primitive's `__init__`: numbers it
/// and records its initial state.
pub fn prim_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(st), Some(Value::Instance(obj))) = (table(vm), args.pos.first()) else { return Ok(Value::None) };
    let Some(kind) = kind_of(obj) else { return Ok(Value::None) };
    let prims = &st.prims;
    if prims.id_of(&args.pos[0]).is_some() {
        return Ok(Value::None);
    }
    let id = {
        let mut trace = vm.trace.borrow_mut();
        // Past the cap a primitive runs unrecorded: a wait on it is a plain future's.
        if trace.prims.len() >= MAX_PRIMS {
            return Ok(Value::None);
        }
        let Ok(id) = PrimId::try_from(trace.prims.len()) else { return Ok(Value::None) };
        let number = {
            let mut numbers = prims.numbers.borrow_mut();
            let n = numbers.entry(kind.family()).or_insert(0);
            *n += 1;
            *n
        };
        trace.prims.push(PrimInfo {
            id,
            kind,
            role: PrimRole::Own,
            name: None,
            number,
            size: int(args.pos.get(1)),
            task: vm.task,
            created: vm.now,
        });
        id
    };
    prims.entries.borrow_mut().push(Entry { obj: Rc::downgrade(obj), kind, last: None });
    {
        let mut by_ptr = prims.by_ptr.borrow_mut();
        if by_ptr.len() >= 1024 && by_ptr.len().is_power_of_two() {
            let entries = prims.entries.borrow();
            by_ptr.retain(|_, id| entries.get(*id as usize).is_some_and(|e| e.obj.strong_count() > 0));
        }
        by_ptr.insert(ptr(obj), id);
    }
    {
        let mut unnamed = prims.unnamed.borrow_mut();
        if unnamed.len() < MAX_UNNAMED {
            unnamed.push((id, NAME_ATTEMPTS));
        }
    }
    vm.record(EventKind::PrimCreated { prim: id });
    let initial = match kind {
        PrimKind::Queue | PrimKind::LifoQueue | PrimKind::PriorityQueue => PrimValue::Queue { size: 0, unfinished: 0 },
        PrimKind::Lock => PrimValue::Lock { locked: false, owner: None },
        PrimKind::Event => PrimValue::Event { set: false },
        PrimKind::Semaphore | PrimKind::BoundedSemaphore => {
            PrimValue::Semaphore { value: int(args.pos.get(1)).unwrap_or(1) }
        }
        PrimKind::TaskGroup => PrimValue::TaskGroup { tasks: 0 },
        // A condition's state is its lock's.
        PrimKind::Condition => return Ok(Value::None),
    };
    set_state(vm, &st, id, initial);
    Ok(Value::None)
}

/// `_prim_part(obj, owner, role)`: `obj` is a part of `owner` (`'join'`: a queue's
/// event, `'lock'`: a condition's own lock) or, `'as_completed'`, that function's queue.
pub fn prim_part(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(st) = table(vm) else { return Ok(Value::None) };
    let Some(id) = args.pos.first().and_then(|v| st.prims.id_of(v)) else { return Ok(Value::None) };
    let owner = args.pos.get(1).and_then(|v| st.prims.id_of(v));
    let role = match (args.pos.get(2).and_then(|v| v.as_str()), owner) {
        (Some("join"), Some(o)) => PrimRole::JoinOf(o),
        (Some("lock"), Some(o)) => PrimRole::LockOf(o),
        (Some("as_completed"), _) => PrimRole::AsCompleted,
        _ => return Ok(Value::None),
    };
    let mut trace = vm.trace.borrow_mut();
    if let Some(p) = trace.prims.get_mut(id as usize) {
        // A part is not one of the program's own: give its number back.
        if p.role == PrimRole::Own {
            if let Some(n) = st.prims.numbers.borrow_mut().get_mut(p.kind.family()) {
                *n = n.saturating_sub(1);
            }
            p.number = 0;
        }
        p.role = role;
    }
    st.prims.unnamed.borrow_mut().retain(|(u, _)| *u != id);
    Ok(Value::None)
}

/// `_prim_state(self, ...)`, after a change: a queue's `(size, unfinished)`, a lock's
/// `locked` (the current task owns it), an event's `set`, a semaphore's `value`, a task
/// group's number of tasks.
pub fn prim_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(st) = table(vm) else { return Ok(Value::None) };
    let Some(id) = args.pos.first().and_then(|v| st.prims.id_of(v)) else { return Ok(Value::None) };
    let Some(kind) = st.prims.kind(id) else { return Ok(Value::None) };
    let a = |i: usize| args.pos.get(i);
    let value = match kind {
        PrimKind::Queue | PrimKind::LifoQueue | PrimKind::PriorityQueue => {
            PrimValue::Queue { size: count(a(1)), unfinished: count(a(2)) }
        }
        PrimKind::Lock => {
            let locked = int(a(1)).is_some_and(|v| v != 0);
            PrimValue::Lock { locked, owner: if locked { vm.task } else { None } }
        }
        PrimKind::Event => PrimValue::Event { set: int(a(1)).is_some_and(|v| v != 0) },
        PrimKind::Semaphore | PrimKind::BoundedSemaphore => PrimValue::Semaphore { value: int(a(1)).unwrap_or(0) },
        PrimKind::TaskGroup => PrimValue::TaskGroup { tasks: count(a(1)) },
        PrimKind::Condition => return Ok(Value::None),
    };
    set_state(vm, &st, id, value);
    Ok(Value::None)
}

fn set_state(vm: &Vm, st: &super::AsyncioState, id: PrimId, value: PrimValue) {
    {
        let mut entries = st.prims.entries.borrow_mut();
        let Some(e) = entries.get_mut(id as usize) else { return };
        if e.last == Some(value) {
            return;
        }
        e.last = Some(value);
    }
    vm.record(EventKind::PrimState { prim: id, state: value });
}

/// Looks for the program's names of the primitives not named yet, in the frames of a
/// task that just suspended (innermost first: its locals, then one attribute deep:
/// `self.lock`) and in the program's globals.
pub fn find_names(vm: &Vm, stack: &Stack) {
    let Some(st) = table(vm) else { return };
    let prims = &st.prims;
    if !prims.naming_pending() {
        return;
    }
    let wanted: HashMap<usize, PrimId> = {
        let entries = prims.entries.borrow();
        prims
            .unnamed
            .borrow()
            .iter()
            .filter_map(|(id, _)| entries.get(*id as usize)?.obj.upgrade().map(|o| (ptr(&o), *id)))
            .collect()
    };
    let mut found: Vec<(PrimId, String)> = Vec::new();
    let consider = |v: &Value, name: &dyn Fn() -> String, found: &mut Vec<(PrimId, String)>| {
        if let Value::Instance(i) = v
            && let Some(&id) = wanted.get(&ptr(i))
            && !found.iter().any(|(f, _)| *f == id)
        {
            found.push((id, name()));
        }
    };
    let look = |v: &Value, name: &str, found: &mut Vec<(PrimId, String)>| {
        let v = match v {
            Value::Cell(c) => c.get(),
            other => other.clone(),
        };
        // A method of a subclass holds it as `self`: not a name for it.
        if name != "self" {
            consider(&v, &|| name.to_owned(), found);
        }
        // One attribute deep: `self.lock`, `worker.queue`.
        if let Value::Instance(i) = &v
            && !wanted.contains_key(&ptr(i))
            && i.exc.is_none()
        {
            for (attr, av) in i.attrs.borrow().iter() {
                consider(av, &|| format!("{name}.{attr}"), found);
            }
        }
    };
    for frame in stack.frames.iter().rev() {
        if frame.code.global_base != 0 {
            continue;
        }
        let code = &frame.code.code;
        for reg in 0..code.nregs {
            let Some(name) = code.reg_name(reg) else { continue };
            if name.starts_with('.') {
                continue;
            }
            let Some(v) = stack.values.get(frame.base as usize + reg as usize) else { continue };
            look(v, name, &mut found);
        }
    }
    let user_globals = prims.prelude_base.get().map_or(vm.globals.len(), |b| b as usize);
    for (slot, v) in vm.globals.iter().enumerate().take(user_globals) {
        if matches!(v, Value::Instance(_))
            && let Some(name) = vm.global_names.get(slot)
        {
            look(v, name, &mut found);
        }
    }
    let mut unnamed = prims.unnamed.borrow_mut();
    {
        let mut trace = vm.trace.borrow_mut();
        let mut labels = prims.labels.borrow_mut();
        for (id, name) in &found {
            let Some(p) = trace.prims.get_mut(*id as usize) else { continue };
            let shown = placeholder(p);
            p.name = Some(name.clone());
            for (task, _) in labels.iter().filter(|(_, prim)| prim == id) {
                if let Some(info) = trace.tasks.get_mut(*task as usize) {
                    info.label = info.label.replace(&shown, name);
                }
            }
            labels.retain(|(_, prim)| prim != id);
        }
    }
    unnamed.retain_mut(|(id, left)| {
        *left = left.saturating_sub(1);
        *left > 0 && !found.iter().any(|(f, _)| f == id)
    });
    // Labels of primitives given up on keep their placeholder.
    prims.labels.borrow_mut().retain(|(_, prim)| unnamed.iter().any(|(u, _)| u == prim));
}
