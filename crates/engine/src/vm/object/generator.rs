//! Generators, coroutines and async generators: a suspended frame and its state.

use super::LoadedCode;
use crate::syntax::ast::Name;
use crate::vm::heap::{self, Charge, Clear};
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    /// Made, not started.
    Created,
    /// Started and waiting at a `yield` (or an `await`).
    Suspended,
    /// Its frame is on a stack now.
    Running,
    Finished,
}

/// A frame taken off its stack: what `resume` puts back.
#[derive(Debug, Default)]
pub struct SavedFrame {
    pub ip: u32,
    pub regs: Vec<Value>,
    pub exc_info: Vec<Value>,
}

#[derive(Debug)]
pub struct PyGen {
    pub kind: GenKind,
    pub code: Rc<LoadedCode>,
    pub name: Name,
    pub qualname: Name,
    pub state: Cell<GenState>,
    pub frame: RefCell<SavedFrame>,
    /// A coroutine that was awaited or wrapped in a task (no "never awaited" warning;
    /// awaiting it again is an error).
    pub awaited: Cell<bool>,
    /// A coroutine driven by hand (`coro.send(None)`) keeps the stack of it and the
    /// coroutines it awaits here while it waits on a native awaitable.
    pub driven: RefCell<Option<Box<crate::vm::frame::Stack>>>,
    charge: Charge,
}

impl PyGen {
    pub fn new(kind: GenKind, code: Rc<LoadedCode>, regs: Vec<Value>) -> Rc<PyGen> {
        let name = code.code.name.clone();
        let qualname = code.code.qualname.clone();
        let charge = Charge::new(std::mem::size_of::<PyGen>() + 16 + regs.capacity() * 16);
        let g = Rc::new(PyGen {
            kind,
            code,
            name,
            qualname,
            state: Cell::new(GenState::Created),
            frame: RefCell::new(SavedFrame { ip: 0, regs, exc_info: Vec::new() }),
            awaited: Cell::new(false),
            driven: RefCell::new(None),
            charge,
        });
        heap::track(&g);
        g
    }

    pub fn recharge(&self) {
        let n = self.frame.borrow().regs.capacity();
        self.charge.set(std::mem::size_of::<PyGen>() + 16 + n * 16);
    }
}

impl Clear for PyGen {
    fn clear_refs(&self) {
        if let Ok(mut f) = self.frame.try_borrow_mut() {
            let old = std::mem::take(&mut *f);
            drop(f);
            heap::drop_values(old.regs.into_iter().chain(old.exc_info));
        }
        if let Ok(mut d) = self.driven.try_borrow_mut() {
            let stack = d.take();
            drop(d);
            drop(stack);
        }
        self.state.set(GenState::Finished);
    }
}

impl Drop for PyGen {
    fn drop(&mut self) {
        let old = std::mem::take(self.frame.get_mut());
        heap::drop_values(old.regs.into_iter().chain(old.exc_info));
    }
}
