//! Modules: `asyncio`, `time`, `random` (the program itself is `__main__`, whose
//! globals live in the VM by slot).

use super::class::AttrMap;
use crate::syntax::ast::Name;
use crate::vm::heap::{self, Charge, Clear};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
pub struct PyModule {
    pub name: Name,
    pub attrs: RefCell<AttrMap>,
    /// Adds the rest of the module's names, the first time one is missing (asyncio's
    /// Python half).
    pub loader: std::cell::Cell<Option<Loader>>,
    /// The names CPython's module of this name has, for "not supported" messages (set
    /// by libraries on the VM for their modules: asyncio's submodules).
    pub cpython_names: std::cell::Cell<&'static [&'static str]>,
    _charge: Charge,
}

pub type Loader = fn(&mut crate::vm::Vm, &Rc<PyModule>) -> crate::vm::error::PyResult<()>;

impl PyModule {
    pub fn new(name: &str, attrs: AttrMap) -> Rc<PyModule> {
        let m = Rc::new(PyModule {
            name: name.into(),
            attrs: RefCell::new(attrs),
            loader: std::cell::Cell::new(None),
            cpython_names: std::cell::Cell::new(&[]),
            _charge: Charge::new(std::mem::size_of::<PyModule>() + 16),
        });
        heap::track(&m);
        m
    }
}

impl Clear for PyModule {
    fn clear_refs(&self) {
        if let Ok(mut a) = self.attrs.try_borrow_mut() {
            let items = a.take();
            drop(a);
            heap::drop_values(items.into_iter().map(|(_, v)| v));
        }
    }
}
