//! `dict`: insertion-ordered entries and an open-addressing index, as CPython's compact
//! dict. Hashing and key equality are supplied by the VM (they may run a class's
//! `__hash__`/`__eq__`); no borrow is held while they run, and a lookup starts over if
//! the dict changed meanwhile.

use crate::vm::error::PyResult;
use crate::vm::heap::{self, Charge, Clear};
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

#[derive(Debug, Clone)]
pub struct Entry {
    pub hash: u64,
    /// `Value::Unbound` for a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Debug, Default)]
pub struct Table {
    entries: Vec<Entry>,
    /// Slots of the hash index: an entry number, `EMPTY` or `DELETED`.
    index: Vec<u32>,
    used: usize,
}

#[derive(Debug)]
pub struct PyDict {
    table: RefCell<Table>,
    /// Bumped by every change of the keys (a lookup in progress starts over).
    version: Cell<u64>,
    charge: Charge,
}

/// Compares two keys: `Some(equal)`, or `None` when a class's `__eq__` must decide.
pub type QuickEq = fn(&Value, &Value) -> Option<bool>;

impl PyDict {
    pub fn new() -> Rc<PyDict> {
        let d = Rc::new(PyDict {
            table: RefCell::new(Table::default()),
            version: Cell::new(0),
            charge: Charge::new(std::mem::size_of::<PyDict>() + 16),
        });
        heap::track(&d);
        d
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

    fn recharge(&self) {
        let t = self.table.borrow();
        let size = std::mem::size_of::<PyDict>()
            + 16
            + t.entries.capacity() * std::mem::size_of::<Entry>()
            + t.index.capacity() * 4;
        drop(t);
        self.charge.set(size);
    }

    /// Finds the entry number of `key`, comparing candidates with `quick` and, when
    /// that cannot decide, with `slow` (which may run Python code).
    pub fn find(
        &self,
        hash: u64,
        key: &Value,
        quick: QuickEq,
        slow: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>,
    ) -> PyResult<Option<usize>> {
        'restart: loop {
            let version = self.version.get();
            let mut probe = 0usize;
            loop {
                let candidate = {
                    let t = self.table.borrow();
                    if t.index.is_empty() {
                        return Ok(None);
                    }
                    let mask = t.index.len() - 1;
                    let slot = (hash as usize).wrapping_add(probe) & mask;
                    probe += 1;
                    if probe > t.index.len() {
                        return Ok(None);
                    }
                    match t.index[slot] {
                        EMPTY => return Ok(None),
                        DELETED => continue,
                        i => {
                            let e = &t.entries[i as usize];
                            if e.hash != hash {
                                continue;
                            }
                            match quick(&e.key, key) {
                                Some(true) => return Ok(Some(i as usize)),
                                Some(false) => continue,
                                None => (i as usize, e.key.clone()),
                            }
                        }
                    }
                };
                let (i, stored) = candidate;
                let equal = slow(&stored, key)?;
                if self.version.get() != version {
                    continue 'restart;
                }
                if equal {
                    return Ok(Some(i));
                }
            }
        }
    }

    /// The value of entry `i`.
    pub fn value_at(&self, i: usize) -> Option<Value> {
        self.table.borrow().entries.get(i).map(|e| e.value.clone())
    }

    pub fn key_at(&self, i: usize) -> Option<Value> {
        self.table.borrow().entries.get(i).map(|e| e.key.clone())
    }

    /// Replaces the value of entry `i`, returning the old one.
    pub fn set_at(&self, i: usize, value: Value) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        t.entries.get_mut(i).map(|e| std::mem::replace(&mut e.value, value))
    }

    /// Adds a key known to be absent.
    pub fn insert_new(&self, hash: u64, key: Value, value: Value) {
        {
            let mut t = self.table.borrow_mut();
            if (t.entries.len() + 1) * 3 >= t.index.len() * 2 {
                let want = (t.used + 1) * 3;
                t.rebuild(want);
            }
            let n = t.entries.len() as u32;
            t.entries.push(Entry { hash, key, value });
            t.used += 1;
            let mask = t.index.len() - 1;
            let mut probe = 0usize;
            loop {
                let slot = (hash as usize).wrapping_add(probe) & mask;
                if t.index[slot] == EMPTY || t.index[slot] == DELETED {
                    t.index[slot] = n;
                    break;
                }
                probe += 1;
            }
        }
        self.version.set(self.version.get() + 1);
        self.recharge();
    }

    /// Removes entry `i`, returning its key and value.
    pub fn remove_at(&self, i: usize) -> Option<(Value, Value)> {
        let removed = {
            let mut t = self.table.borrow_mut();
            let hash = t.entries.get(i)?.hash;
            if matches!(t.entries[i].key, Value::Unbound) {
                return None;
            }
            let mask = t.index.len() - 1;
            let mut probe = 0usize;
            loop {
                let slot = (hash as usize).wrapping_add(probe) & mask;
                if t.index[slot] == i as u32 {
                    t.index[slot] = DELETED;
                    break;
                }
                if t.index[slot] == EMPTY || probe > mask {
                    break;
                }
                probe += 1;
            }
            let e = &mut t.entries[i];
            let key = std::mem::replace(&mut e.key, Value::Unbound);
            let value = std::mem::replace(&mut e.value, Value::None);
            t.used -= 1;
            if t.entries.len() > 16 && t.used * 2 < t.entries.len() {
                let size = t.used * 3;
                t.rebuild(size);
            }
            (key, value)
        };
        self.version.set(self.version.get() + 1);
        self.recharge();
        Some(removed)
    }

    /// The live entries, in order (a copy: iterating may run Python code).
    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Unbound))
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().entries.iter().filter(|e| !matches!(e.key, Value::Unbound)).map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Unbound))
            .map(|e| e.value.clone())
            .collect()
    }

    /// The `n`-th position at or after `pos` holding a live entry, for iterators:
    /// returns the entry and the position after it.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut i = pos;
        while i < t.entries.len() {
            let e = &t.entries[i];
            if !matches!(e.key, Value::Unbound) {
                return Some((i + 1, e.key.clone(), e.value.clone()));
            }
            i += 1;
        }
        None
    }

    /// The last live entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        let t = self.table.borrow();
        t.entries.iter().rposition(|e| !matches!(e.key, Value::Unbound))
    }

    /// The hashes and keys, for rebuilding a copy (keys are known distinct).
    pub fn raw_entries(&self) -> Vec<Entry> {
        self.table.borrow().entries.iter().filter(|e| !matches!(e.key, Value::Unbound)).cloned().collect()
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.version.set(self.version.get() + 1);
        self.recharge();
        heap::drop_values(old.entries.into_iter().flat_map(|e| [e.key, e.value]));
    }
}

impl Table {
    /// Rebuilds the index for at least `capacity` slots and drops deleted entries.
    fn rebuild(&mut self, capacity: usize) {
        let mut size = 8;
        while size < capacity {
            size *= 2;
        }
        self.entries.retain(|e| !matches!(e.key, Value::Unbound));
        self.index = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut probe = 0usize;
            loop {
                let slot = (e.hash as usize).wrapping_add(probe) & mask;
                if self.index[slot] == EMPTY {
                    self.index[slot] = n as u32;
                    break;
                }
                probe += 1;
            }
        }
    }
}

impl Clear for PyDict {
    fn clear_refs(&self) {
        if let Ok(mut t) = self.table.try_borrow_mut() {
            let old = std::mem::take(&mut *t);
            drop(t);
            heap::drop_values(old.entries.into_iter().flat_map(|e| [e.key, e.value]));
        }
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        let old = std::mem::take(self.table.get_mut());
        heap::drop_values(old.entries.into_iter().flat_map(|e| [e.key, e.value]));
    }
}
