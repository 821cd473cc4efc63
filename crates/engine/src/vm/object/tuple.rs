//! `tuple`: an immutable sequence.

use crate::vm::heap::{self, Charge};
use crate::vm::value::Value;
use std::rc::Rc;

#[derive(Debug)]
pub struct PyTuple {
    items: Box<[Value]>,
    _charge: Charge,
}

impl PyTuple {
    pub fn new(items: impl Into<Box<[Value]>>) -> Rc<PyTuple> {
        let items = items.into();
        let charge = Charge::new(std::mem::size_of::<PyTuple>() + 16 + items.len() * 16);
        Rc::new(PyTuple { items, _charge: charge })
    }

    pub fn empty() -> Rc<PyTuple> {
        PyTuple::new(Vec::new())
    }

    pub fn items(&self) -> &[Value] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        heap::drop_values(std::mem::take(&mut self.items).into_vec());
    }
}
