//! The less common builtin objects.

use super::{PyClass, PyDict};
use crate::vm::heap::{self, Charge, Clear};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
pub enum SpecialKind {
    /// `property(fget, fset, fdel, doc)`.
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super()`: look attributes up after `class` in the MRO of `obj`'s type.
    Super {
        class: Rc<PyClass>,
        obj: Value,
    },
    /// `d.keys()`, `d.values()`, `d.items()`.
    DictView {
        dict: Rc<PyDict>,
        kind: ViewKind,
    },
    /// `int | str` (`types.UnionType`): the classes (and None) in order.
    Union(Vec<Value>),
    /// `list[int]` (`types.GenericAlias`).
    GenericAlias {
        origin: Value,
        args: Vec<Value>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

#[derive(Debug)]
pub struct Special {
    pub kind: RefCell<SpecialKind>,
    _charge: Charge,
}

impl Special {
    pub fn new(kind: SpecialKind) -> Rc<Special> {
        let s =
            Rc::new(Special { kind: RefCell::new(kind), _charge: Charge::new(std::mem::size_of::<Special>() + 48) });
        heap::track(&s);
        s
    }

    pub fn type_name(&self) -> &'static str {
        match &*self.kind.borrow() {
            SpecialKind::Property { .. } => "property",
            SpecialKind::StaticMethod(_) => "staticmethod",
            SpecialKind::ClassMethod(_) => "classmethod",
            SpecialKind::Super { .. } => "super",
            SpecialKind::DictView { kind: ViewKind::Keys, .. } => "dict_keys",
            SpecialKind::DictView { kind: ViewKind::Values, .. } => "dict_values",
            SpecialKind::DictView { kind: ViewKind::Items, .. } => "dict_items",
            SpecialKind::Union(_) => "UnionType",
            SpecialKind::GenericAlias { .. } => "GenericAlias",
        }
    }
}

impl Clear for Special {
    fn clear_refs(&self) {
        if let Ok(mut k) = self.kind.try_borrow_mut() {
            let old = std::mem::replace(&mut *k, SpecialKind::StaticMethod(Value::None));
            drop(k);
            drop(old);
        }
    }
}
