//! The iterators of the builtin types and functions. `Vm::next` advances them (some
//! call Python code: `map`, `filter`, iterators of user classes).

use super::{PyDict, PyList, PySet, PyStr, PyTuple};
use crate::vm::heap::{self, Charge, Clear};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
pub enum IterState {
    List {
        list: Rc<PyList>,
        index: usize,
    },
    ListReverse {
        list: Rc<PyList>,
        index: usize,
    },
    Tuple {
        tuple: Rc<PyTuple>,
        index: usize,
    },
    /// `index` counts characters; `byte` is its offset.
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Range {
        next: i128,
        stop: i128,
        step: i128,
    },
    /// Over keys, values or items; `size` is the dict's length when iteration began.
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        size: usize,
        kind: super::special::ViewKind,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        size: usize,
    },
    /// Over a fixed list of values (sorted results, snapshots).
    Values {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// `iter(obj)` of a class with `__getitem__` but no `__iter__`.
    SeqIndex {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

#[derive(Debug)]
pub struct PyIter {
    pub state: RefCell<IterState>,
    /// The CPython type name, fixed when made (an exhausted iterator keeps its type).
    name: &'static str,
    _charge: Charge,
}

impl PyIter {
    pub fn new(state: IterState) -> Rc<PyIter> {
        let name = Self::name_of(&state);
        Self::named(state, name)
    }

    /// An iterator whose CPython type is not the one its state implies (`reversed`).
    pub fn named(state: IterState, name: &'static str) -> Rc<PyIter> {
        let it = Rc::new(PyIter {
            state: RefCell::new(state),
            name,
            _charge: Charge::new(std::mem::size_of::<PyIter>() + 48),
        });
        heap::track(&it);
        it
    }

    pub fn type_name(&self) -> &'static str {
        self.name
    }

    fn name_of(state: &IterState) -> &'static str {
        match state {
            IterState::Str { s, .. } if !s.is_ascii() => "str_iterator",
            IterState::Range { next, stop, step }
                if [*next, *stop, *step].iter().any(|x| i64::try_from(*x).is_err()) =>
            {
                "longrange_iterator"
            }
            IterState::List { .. } => "list_iterator",
            IterState::ListReverse { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { kind: super::special::ViewKind::Keys, .. } => "dict_keyiterator",
            IterState::Dict { kind: super::special::ViewKind::Values, .. } => "dict_valueiterator",
            IterState::Dict { kind: super::special::ViewKind::Items, .. } => "dict_itemiterator",
            IterState::Set { .. } => "set_iterator",
            IterState::Values { .. } => "list_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::SeqIndex { .. } => "iterator",
            IterState::Exhausted => "iterator",
        }
    }
}

impl Clear for PyIter {
    fn clear_refs(&self) {
        if let Ok(mut s) = self.state.try_borrow_mut() {
            let old = std::mem::replace(&mut *s, IterState::Exhausted);
            drop(s);
            drop(old);
        }
    }
}

impl Drop for PyIter {
    fn drop(&mut self) {
        let old = std::mem::replace(self.state.get_mut(), IterState::Exhausted);
        if let IterState::Values { items, .. } = old {
            heap::drop_values(items);
        }
    }
}
