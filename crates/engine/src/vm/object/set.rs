//! `set` and `frozenset`: CPython's own hash table (`Objects/setobject.c`), probe for
//! probe, so that a set of ints iterates and prints in CPython's order.

use crate::vm::error::PyResult;
use crate::vm::heap::{self, Charge, Clear};
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Debug, Clone)]
pub enum Slot {
    Empty,
    /// A deleted entry (CPython's `dummy`, hash -1).
    Dummy,
    Active {
        hash: i64,
        key: Value,
    },
}

#[derive(Debug)]
pub struct Table {
    pub slots: Vec<Slot>,
    /// Active + dummy slots.
    pub fill: usize,
    /// Active slots.
    pub used: usize,
    /// Where `pop` looks next.
    pub finger: usize,
}

impl Default for Table {
    fn default() -> Table {
        Table { slots: vec![Slot::Empty; MINSIZE], fill: 0, used: 0, finger: 0 }
    }
}

#[derive(Debug)]
pub struct PySet {
    table: RefCell<Table>,
    version: Cell<u64>,
    charge: Charge,
}

pub use super::dict::QuickEq;

/// What a lookup found: the slot of an equal key, or where the probe ended.
enum Probe {
    Found(usize),
    /// An empty slot ends the probe; `free` is the last dummy passed, if any.
    Missing {
        empty: usize,
        free: Option<usize>,
    },
}

impl PySet {
    pub fn new() -> Rc<PySet> {
        let s = Rc::new(PySet {
            table: RefCell::new(Table::default()),
            version: Cell::new(0),
            charge: Charge::new(std::mem::size_of::<PySet>() + 16 + MINSIZE * std::mem::size_of::<Slot>()),
        });
        heap::track(&s);
        s
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.version.get()
    }

    fn changed(&self) {
        self.version.set(self.version.get() + 1);
        let size =
            std::mem::size_of::<PySet>() + 16 + self.table.borrow().slots.capacity() * std::mem::size_of::<Slot>();
        self.charge.set(size);
    }

    /// The keys in table order (a copy).
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active { key, .. } => Some(key.clone()),
                _ => None,
            })
            .collect()
    }

    /// The (hash, key) pairs in table order (a copy).
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active { hash, key } => Some((*hash, key.clone())),
                _ => None,
            })
            .collect()
    }

    /// The active entry at or after table position `pos`, and the position after it.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        (pos..t.slots.len()).find_map(|i| match &t.slots[i] {
            Slot::Active { key, .. } => Some((i + 1, key.clone())),
            _ => None,
        })
    }

    /// `set_lookkey` (and `set_add_entry`'s search, which also remembers a dummy).
    fn probe(
        &self,
        hash: i64,
        key: &Value,
        quick: QuickEq,
        slow: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Probe> {
        'restart: loop {
            let version = self.version.get();
            let mask = self.table.borrow().slots.len() - 1;
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut free = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let at = i + j;
                    let candidate = {
                        let t = self.table.borrow();
                        match &t.slots[at] {
                            Slot::Empty => return Ok(Probe::Missing { empty: at, free }),
                            Slot::Dummy => {
                                free = Some(at);
                                None
                            }
                            Slot::Active { hash: h, key: k } if *h == hash => {
                                if k.is(key) {
                                    return Ok(Probe::Found(at));
                                }
                                match quick(k, key) {
                                    Some(true) => return Ok(Probe::Found(at)),
                                    Some(false) => None,
                                    None => Some(k.clone()),
                                }
                            }
                            Slot::Active { .. } => None,
                        }
                    };
                    if let Some(stored) = candidate {
                        let equal = slow(&stored, key)?;
                        if self.version.get() != version {
                            continue 'restart;
                        }
                        if equal {
                            return Ok(Probe::Found(at));
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn contains(
        &self,
        hash: i64,
        key: &Value,
        quick: QuickEq,
        slow: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<bool> {
        Ok(matches!(self.probe(hash, key, quick, slow)?, Probe::Found(_)))
    }

    /// `set_add_entry`.
    pub fn add(
        &self,
        hash: i64,
        key: Value,
        quick: QuickEq,
        slow: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        match self.probe(hash, &key, quick, slow)? {
            Probe::Found(_) => Ok(()),
            Probe::Missing { empty, free } => {
                let mut t = self.table.borrow_mut();
                t.used += 1;
                if let Some(f) = free {
                    t.slots[f] = Slot::Active { hash, key };
                } else {
                    t.fill += 1;
                    t.slots[empty] = Slot::Active { hash, key };
                    let mask = t.slots.len() - 1;
                    if t.fill * 5 >= mask * 3 {
                        let minused = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
                        // A bigger table that would cross the memory budget is not made:
                        // the run is marked over it and stops at its next check (right
                        // after this call, or at the next item of the loop filling the
                        // set), while this table still has free slots for probes to end
                        // on. Otherwise the last growth of a set could take the old table
                        // plus one two to four times bigger past the budget.
                        let room = t.fill < mask;
                        if !(room && heap::refuse_growth(table_bytes(minused))) {
                            t.resize(minused);
                        }
                    }
                }
                drop(t);
                self.changed();
                Ok(())
            }
        }
    }

    /// `set_discard_entry`: whether the key was there.
    pub fn discard(
        &self,
        hash: i64,
        key: &Value,
        quick: QuickEq,
        slow: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<bool> {
        match self.probe(hash, key, quick, slow)? {
            Probe::Found(at) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    t.used -= 1;
                    std::mem::replace(&mut t.slots[at], Slot::Dummy)
                };
                self.changed();
                drop(old);
                Ok(true)
            }
            Probe::Missing { .. } => Ok(false),
        }
    }

    /// `set_merge`: adds every key of `other` (keys of a set are distinct).
    pub fn merge(
        &self,
        other: &PySet,
        quick: QuickEq,
        slow: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        let (other_used, other_fill, other_mask, other_slots) = {
            let o = other.table.borrow();
            (o.used, o.fill, o.slots.len() - 1, o.slots.clone())
        };
        {
            let mut t = self.table.borrow_mut();
            let mask = t.slots.len() - 1;
            if (t.fill + other_used) * 5 >= mask * 3 {
                let minused = (t.used + other_used) * 2;
                t.resize(minused);
            }
            let mask = t.slots.len() - 1;
            if t.fill == 0 && mask == other_mask && other_fill == other_used {
                t.slots = other_slots;
                t.fill = other_fill;
                t.used = other_used;
                drop(t);
                self.changed();
                return Ok(());
            }
            if t.fill == 0 {
                t.fill = other_used;
                t.used = other_used;
                for s in other_slots {
                    if let Slot::Active { hash, key } = s {
                        insert_clean(&mut t.slots, hash, key);
                    }
                }
                drop(t);
                self.changed();
                return Ok(());
            }
        }
        for s in other_slots {
            if let Slot::Active { hash, key } = s {
                self.add(hash, key, quick, slow)?;
            }
        }
        Ok(())
    }

    /// Room for `extra` more keys at once (`set_update_internal` of a dict).
    pub fn reserve(&self, extra: usize) {
        let mut t = self.table.borrow_mut();
        let mask = t.slots.len() - 1;
        if (t.fill + extra) * 5 >= mask * 3 {
            let minused = (t.used + extra) * 2;
            t.resize(minused);
        }
        drop(t);
        self.changed();
    }

    /// `set.pop()`: CPython's search finger.
    pub fn pop(&self) -> Option<Value> {
        let key = {
            let mut t = self.table.borrow_mut();
            if t.used == 0 {
                return None;
            }
            let n = t.slots.len();
            let mut i = t.finger & (n - 1);
            while !matches!(t.slots[i], Slot::Active { .. }) {
                i += 1;
                if i >= n {
                    i = 0;
                }
            }
            let old = std::mem::replace(&mut t.slots[i], Slot::Dummy);
            t.used -= 1;
            t.finger = i + 1;
            match old {
                Slot::Active { key, .. } => key,
                _ => Value::None,
            }
        };
        self.changed();
        Some(key)
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.changed();
        heap::drop_values(old.slots.into_iter().filter_map(|s| match s {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        }));
    }
}

/// The bytes of the table `resize(minused)` makes.
fn table_bytes(minused: usize) -> usize {
    let mut size = MINSIZE;
    while size <= minused {
        size <<= 1;
    }
    size.saturating_mul(std::mem::size_of::<Slot>())
}

impl Table {
    /// `set_table_resize`.
    fn resize(&mut self, minused: usize) {
        let mut size = MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        for s in old {
            if let Slot::Active { hash, key } = s {
                insert_clean(&mut self.slots, hash, key);
            }
        }
    }
}

/// `set_insert_clean`: a key known to be absent, into a table without dummies.
fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Active { hash, key };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if matches!(slots[i + j], Slot::Empty) {
                    slots[i + j] = Slot::Active { hash, key };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

impl Clear for PySet {
    fn clear_refs(&self) {
        if let Ok(mut t) = self.table.try_borrow_mut() {
            let old = std::mem::take(&mut *t);
            drop(t);
            heap::drop_values(old.slots.into_iter().filter_map(|s| match s {
                Slot::Active { key, .. } => Some(key),
                _ => None,
            }));
        }
    }
}

impl Drop for PySet {
    fn drop(&mut self) {
        let old = std::mem::take(self.table.get_mut());
        heap::drop_values(old.slots.into_iter().filter_map(|s| match s {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        }));
    }
}
