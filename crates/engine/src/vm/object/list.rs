//! `list`: a mutable sequence.

use crate::vm::heap::{self, Charge, Clear};
use crate::vm::value::Value;
use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

#[derive(Debug)]
pub struct PyList {
    items: RefCell<Vec<Value>>,
    charge: Charge,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> Rc<PyList> {
        let charge = Charge::new(Self::size_of(&items));
        let list = Rc::new(PyList { items: RefCell::new(items), charge });
        heap::track(&list);
        list
    }

    fn size_of(items: &Vec<Value>) -> usize {
        std::mem::size_of::<PyList>() + 16 + items.capacity() * 16
    }

    /// The items, for reading. Do not call Python code while holding it.
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.items.borrow()
    }

    /// The items, for a change that cannot call Python code. The charge is updated
    /// when the guard drops.
    pub fn borrow_mut(&self) -> ListGuard<'_> {
        ListGuard { list: self, items: Some(self.items.borrow_mut()) }
    }

    /// `None` while another borrow is active (a list mutated while it is being sorted).
    pub fn try_borrow_mut(&self) -> Option<ListGuard<'_>> {
        self.items.try_borrow_mut().ok().map(|items| ListGuard { list: self, items: Some(items) })
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    pub fn push(&self, v: Value) {
        self.borrow_mut().push(v);
    }

    /// A copy of the items (to iterate while calling Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}

/// Mutable access to a list's items that re-charges the list's size afterwards.
pub struct ListGuard<'a> {
    list: &'a PyList,
    items: Option<RefMut<'a, Vec<Value>>>,
}

impl std::ops::Deref for ListGuard<'_> {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        self.items.as_deref().expect("guard holds the items until dropped")
    }
}

impl std::ops::DerefMut for ListGuard<'_> {
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        self.items.as_deref_mut().expect("guard holds the items until dropped")
    }
}

impl Drop for ListGuard<'_> {
    fn drop(&mut self) {
        if let Some(items) = self.items.take() {
            let size = PyList::size_of(&items);
            drop(items);
            self.list.charge.set(size);
        }
    }
}

impl Clear for PyList {
    fn clear_refs(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            let taken = std::mem::take(&mut *items);
            drop(items);
            heap::drop_values(taken);
        }
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        heap::drop_values(std::mem::take(self.items.get_mut()));
    }
}
