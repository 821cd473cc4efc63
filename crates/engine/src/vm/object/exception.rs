//! The state every exception instance carries: its `args`, its cause and context, and
//! where it was first raised.

use super::PyTuple;
use crate::vm::heap;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug)]
pub struct ExcState {
    pub args: RefCell<Rc<PyTuple>>,
    /// `raise ... from cause` (`__cause__`).
    pub cause: RefCell<Value>,
    /// The exception being handled when this one was raised (`__context__`).
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Where it was first raised: 1-based line and column.
    pub at: Cell<Option<(u32, u32)>>,
    /// `add_note()`.
    pub notes: RefCell<Vec<Value>>,
}

impl Default for ExcState {
    fn default() -> ExcState {
        ExcState {
            args: RefCell::new(PyTuple::empty()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            at: Cell::new(None),
            notes: RefCell::new(Vec::new()),
        }
    }
}

impl ExcState {
    pub fn args(&self) -> Rc<PyTuple> {
        self.args.borrow().clone()
    }

    pub fn clear(&self) {
        let args = self.args.replace(PyTuple::empty());
        let cause = self.cause.replace(Value::None);
        let context = self.context.replace(Value::None);
        let notes = std::mem::take(&mut *self.notes.borrow_mut());
        drop(args);
        heap::drop_values([cause, context].into_iter().chain(notes));
    }
}
