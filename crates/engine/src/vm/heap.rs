//! What a run allocates: counted, bounded, and all released when the run ends.
//!
//! Values are reference counted (`Rc`), which frees most garbage at once; what reference
//! counting cannot free is a cycle (`a = []; a.append(a)`, an object whose attribute
//! points back at it, a task that keeps itself in a list). So every object that can hold
//! other values registers itself (a `Weak`) with the [`RunHeap`] of the run that is
//! executing when it is made, and when the run ends — normally, by an error, a limit or
//! Stop — [`RunHeap::release`] empties every one still alive: the cycles fall apart and
//! everything is freed. During a run, cycles may live until its end.
//!
//! Every object also charges its size to the thread's counters ([`Charge`]): the number
//! of live objects (tests check that it returns to its starting value after each run)
//! and their bytes, which the run's memory budget bounds.
//!
//! The run executing on this thread is set by [`RunHeap::enter`] around each poll of a
//! run's future, so two runs in one page never mix their objects.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// An object that can empty itself of the values it holds (to break cycles).
pub trait Clear {
    fn clear_refs(&self);
}

thread_local! {
    static LIVE_OBJECTS: Cell<isize> = const { Cell::new(0) };
    static LIVE_BYTES: Cell<isize> = const { Cell::new(0) };
    /// Bytes above which the run executing now is over its budget.
    static LIMIT_BYTES: Cell<isize> = const { Cell::new(isize::MAX) };
    static OVER_BUDGET: Cell<bool> = const { Cell::new(false) };
    static CURRENT: RefCell<Option<Rc<RunHeap>>> = const { RefCell::new(None) };
    /// Nested drops in progress, and what was deferred to keep the native stack flat.
    static DROP_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<super::value::Value>> = const { RefCell::new(Vec::new()) };
}

/// Python objects alive on this thread (all runs).
pub fn live_objects() -> usize {
    LIVE_OBJECTS.with(|c| c.get().max(0) as usize)
}

/// Bytes charged by the live Python objects on this thread.
pub fn live_bytes() -> usize {
    LIVE_BYTES.with(|c| c.get().max(0) as usize)
}

/// Whether the run executing now has crossed its memory budget (checked by the VM at
/// its safe points).
pub fn over_budget() -> bool {
    OVER_BUDGET.with(|c| c.get())
}

/// Whether `bytes` more would still fit in the budget: big allocations (`[0] * n`,
/// `s * n`) ask first, so that they fail before allocating.
pub fn can_allocate(bytes: usize) -> bool {
    let now = LIVE_BYTES.with(|c| c.get());
    let limit = LIMIT_BYTES.with(|c| c.get());
    (now as i128 + bytes as i128) <= limit as i128
}

/// Whether growing by `bytes` would cross the budget of the run executing now. If it
/// would, the run is marked over its budget (it stops at its next check), and a caller
/// whose growth is optional (a bigger hash table) skips it.
pub fn refuse_growth(bytes: usize) -> bool {
    if can_allocate(bytes) {
        return false;
    }
    OVER_BUDGET.with(|c| c.set(true));
    true
}

fn add_bytes(delta: isize) {
    let now = LIVE_BYTES.with(|c| {
        let v = c.get() + delta;
        c.set(v);
        v
    });
    if delta > 0 && now > LIMIT_BYTES.with(|c| c.get()) {
        OVER_BUDGET.with(|c| c.set(true));
    }
}

/// The size an object charges: set when it is made, updated when it grows, released
/// when it is dropped. Embedded in every heap object.
#[derive(Debug)]
pub struct Charge {
    bytes: Cell<usize>,
}

impl Charge {
    pub fn new(bytes: usize) -> Charge {
        LIVE_OBJECTS.with(|c| c.set(c.get() + 1));
        add_bytes(bytes as isize);
        Charge { bytes: Cell::new(bytes) }
    }

    /// The object's size is now `bytes`.
    pub fn set(&self, bytes: usize) {
        let old = self.bytes.replace(bytes);
        if old != bytes {
            add_bytes(bytes as isize - old as isize);
        }
    }
}

impl Default for Charge {
    fn default() -> Charge {
        Charge::new(0)
    }
}

impl Drop for Charge {
    fn drop(&mut self) {
        LIVE_OBJECTS.with(|c| c.set(c.get() - 1));
        add_bytes(-(self.bytes.get() as isize));
    }
}

/// One run's heap: the registry of objects that may be part of cycles, and the budget.
pub struct RunHeap {
    registry: RefCell<Vec<Weak<dyn Clear>>>,
    /// Registry length that triggers the next sweep of dead entries.
    sweep_at: Cell<usize>,
    budget: usize,
    base_bytes: Cell<isize>,
}

impl RunHeap {
    pub fn new(budget: usize) -> Rc<RunHeap> {
        Rc::new(RunHeap {
            registry: RefCell::new(Vec::new()),
            sweep_at: Cell::new(4096),
            budget,
            base_bytes: Cell::new(LIVE_BYTES.with(|c| c.get())),
        })
    }

    /// Makes this the heap of the run executing on this thread until the guard drops.
    pub fn enter(self: &Rc<RunHeap>) -> EnterGuard {
        let previous = CURRENT.with(|c| c.replace(Some(self.clone())));
        let previous_limit = LIMIT_BYTES.with(|c| c.get());
        let limit = self.base_bytes.get().saturating_add(self.budget.min(isize::MAX as usize) as isize);
        LIMIT_BYTES.with(|c| c.set(limit));
        let previous_over = OVER_BUDGET.with(|c| c.replace(LIVE_BYTES.with(|b| b.get()) > limit));
        EnterGuard { previous, previous_limit, previous_over }
    }

    fn register(&self, obj: Weak<dyn Clear>) {
        let mut reg = self.registry.borrow_mut();
        reg.push(obj);
        if reg.len() >= self.sweep_at.get() {
            reg.retain(|w| w.strong_count() > 0);
            self.sweep_at.set((reg.len() * 2).max(4096));
        }
    }

    /// Empties every object the run made that is still alive: cycles break, and the
    /// objects are freed as the last references to them go.
    pub fn release(&self) {
        let objects = std::mem::take(&mut *self.registry.borrow_mut());
        let mut alive = Vec::new();
        for w in &objects {
            if let Some(obj) = w.upgrade() {
                alive.push(obj);
            }
        }
        for obj in &alive {
            obj.clear_refs();
        }
        drop(alive);
        drop(objects);
    }

    /// Bytes the run has charged beyond what was live when it started.
    pub fn used_bytes(&self) -> usize {
        (LIVE_BYTES.with(|c| c.get()) - self.base_bytes.get()).max(0) as usize
    }

    pub fn budget(&self) -> usize {
        self.budget
    }
}

/// Restores the previously executing run's heap.
pub struct EnterGuard {
    previous: Option<Rc<RunHeap>>,
    previous_limit: isize,
    previous_over: bool,
}

impl Drop for EnterGuard {
    fn drop(&mut self) {
        let previous = self.previous.take();
        CURRENT.with(|c| *c.borrow_mut() = previous);
        LIMIT_BYTES.with(|c| c.set(self.previous_limit));
        OVER_BUDGET.with(|c| c.set(self.previous_over));
    }
}

/// Registers a new object that may take part in cycles with the executing run.
pub fn track<T: Clear + 'static>(obj: &Rc<T>) {
    let weak: Weak<dyn Clear> = Rc::downgrade(obj) as Weak<dyn Clear>;
    CURRENT.with(|c| {
        if let Some(heap) = c.borrow().as_ref() {
            heap.register(weak);
        }
    });
}

/// Drops values without nesting native drops: containers call this with their items,
/// and past a small depth the items wait in a list that the outermost drop empties (a
/// list nested 100,000 deep would otherwise overflow the stack when freed, which in the
/// browser is a crashed page). CPython's "trashcan" does the same.
pub fn drop_values(items: impl IntoIterator<Item = super::value::Value>) {
    const MAX_DEPTH: u32 = 64;
    let depth = DROP_DEPTH.with(|d| d.get());
    if depth >= MAX_DEPTH {
        DEFERRED.with(|q| {
            if let Ok(mut q) = q.try_borrow_mut() {
                q.extend(items.into_iter().filter(|v| v.may_hold_values()));
            }
        });
        return;
    }
    DROP_DEPTH.with(|d| d.set(depth + 1));
    for v in items {
        drop(v);
    }
    DROP_DEPTH.with(|d| d.set(depth));
    if depth == 0 {
        loop {
            let next = DEFERRED.with(|q| q.try_borrow_mut().ok().and_then(|mut q| q.pop()));
            match next {
                Some(v) => {
                    DROP_DEPTH.with(|d| d.set(1));
                    drop(v);
                    DROP_DEPTH.with(|d| d.set(0));
                }
                None => break,
            }
        }
    }
}
