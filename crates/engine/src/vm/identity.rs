//! Object identities for `id()`, identity hashes and default reprs.
//!
//! CPython derives them from memory addresses, which differ between a native run and
//! the browser (and between allocators). Loopscope numbers objects instead, in the
//! order the program first asks for an identity, so that sets of tasks or instances
//! iterate in the same order everywhere and a shared link replays exactly. A number
//! is reused only once its object is gone, as CPython reuses addresses.

use super::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Where `id()` values start: the look of a CPython heap address.
const BASE: u64 = 0x7f5e_a000_0000;

/// An object's serial number, and a way to tell that it is gone.
type Entry = (u64, Option<Weak<dyn Any>>);

#[derive(Default)]
pub struct Identities {
    by_address: RefCell<HashMap<usize, Entry>>,
    next: Cell<u64>,
    /// Map size that triggers the next sweep of dead entries.
    sweep_at: Cell<usize>,
}

impl Identities {
    /// The object's serial number (0, 1, 2, … in first-asked order).
    pub fn serial(&self, v: &Value) -> u64 {
        let address = v.address();
        let mut map = self.by_address.borrow_mut();
        if let Some((serial, weak)) = map.get(&address)
            && weak.as_ref().is_none_or(|w| w.strong_count() > 0)
        {
            return *serial;
        }
        let serial = self.next.get();
        self.next.set(serial + 1);
        map.insert(address, (serial, weak_of(v)));
        if map.len() >= self.sweep_at.get().max(1024) {
            map.retain(|_, (_, w)| w.as_ref().is_none_or(|w| w.strong_count() > 0));
            self.sweep_at.set(map.len() * 2);
        }
        serial
    }

    /// `id(v)`.
    pub fn id(&self, v: &Value) -> i64 {
        (BASE + (self.serial(v) << 4)) as i64
    }

    /// The default `__hash__`: CPython's `id >> 4`.
    pub fn hash(&self, v: &Value) -> i64 {
        (BASE >> 4) as i64 + self.serial(v) as i64
    }
}

/// A weak reference that tells when a heap object is gone (`None` for immediates).
fn weak_of(v: &Value) -> Option<Weak<dyn Any>> {
    fn w<T: 'static>(r: &Rc<T>) -> Option<Weak<dyn Any>> {
        Some(Rc::downgrade(r) as Weak<dyn Any>)
    }
    match v {
        Value::Str(r) => w(r),
        Value::BigInt(r) => w(r),
        Value::Tuple(r) => w(r),
        Value::List(r) => w(r),
        Value::Dict(r) => w(r),
        Value::Set(r) | Value::FrozenSet(r) => w(r),
        Value::Range(r) => w(r),
        Value::Slice(r) => w(r),
        Value::Function(r) => w(r),
        Value::BoundMethod(r) => w(r),
        Value::Class(r) => w(r),
        Value::Instance(r) => w(r),
        Value::Gen(r) => w(r),
        Value::Module(r) => w(r),
        Value::Iter(r) => w(r),
        Value::Special(r) => w(r),
        Value::Native(r) => w(r),
        Value::Cell(r) => w(r),
        Value::Code(r) => w(r),
        Value::Builtin(_)
        | Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::NotImplemented
        | Value::Ellipsis
        | Value::Unbound
        | Value::NoSelf => None,
    }
}
