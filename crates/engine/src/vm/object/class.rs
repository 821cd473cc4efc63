//! Classes (the builtin types are classes too) and instances of user classes.

use super::exception::ExcState;
use crate::fxhash::FxHashMap;
use crate::syntax::ast::Name;
use crate::vm::error::ExcKind;
use crate::vm::heap::{self, Charge, Clear};
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which builtin behaviour a class's instances have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    /// `object`, and user classes deriving from it.
    Object,
    /// A builtin exception class, and user classes deriving from one.
    Exception(ExcKind),
    /// The other builtin types (`int`, `str`, `list`...): the values themselves, never
    /// `PyInstance`s.
    Type(TypeId),
}

/// The builtin types that are not `object` or exceptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeId {
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Generator,
    Coroutine,
    AsyncGenerator,
    Module,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    NotImplementedType,
    Ellipsis,
    Cell,
    Code,
    /// A type of a library on the VM (asyncio's Future, Task...).
    Native,
}

/// Attributes by name, in insertion order. Names are interned by the compiler, so the
/// pointer comparison usually decides; large maps (modules, classes with many methods)
/// also keep a hash index, built once they pass `INDEXED_FROM` items.
#[derive(Debug, Default, Clone)]
pub struct AttrMap {
    items: Vec<(Name, Value)>,
    index: Option<Box<FxHashMap<Name, usize>>>,
}

const INDEXED_FROM: usize = 12;

impl AttrMap {
    fn position(&self, name: &str) -> Option<usize> {
        if let Some(index) = &self.index {
            return index.get(name).copied();
        }
        let p = name.as_ptr();
        if let Some(i) = self.items.iter().position(|(k, _)| k.as_ptr() == p && k.len() == name.len()) {
            return Some(i);
        }
        self.items.iter().position(|(k, _)| &**k == name)
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.position(name).map(|i| &self.items[i].1)
    }

    pub fn set(&mut self, name: Name, value: Value) -> Option<Value> {
        match self.position(&name) {
            Some(i) => Some(std::mem::replace(&mut self.items[i].1, value)),
            None => {
                if let Some(index) = &mut self.index {
                    index.insert(name.clone(), self.items.len());
                }
                self.items.push((name, value));
                if self.index.is_none() && self.items.len() >= INDEXED_FROM {
                    self.reindex();
                }
                None
            }
        }
    }

    fn reindex(&mut self) {
        let index = self.items.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)).collect();
        self.index = Some(Box::new(index));
    }

    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let i = self.position(name)?;
        let (_, v) = self.items.remove(i);
        if self.index.is_some() {
            self.reindex();
        }
        Some(v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Name, &Value)> {
        self.items.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn take(&mut self) -> Vec<(Name, Value)> {
        self.index = None;
        std::mem::take(&mut self.items)
    }
}

#[derive(Debug)]
pub struct PyClass {
    pub name: Name,
    pub qualname: Name,
    /// `__module__`: `builtins`, `__main__`, `asyncio`...
    pub module: Name,
    /// The direct bases.
    pub bases: Vec<Rc<PyClass>>,
    /// The method resolution order after the class itself.
    pub mro: Vec<Rc<PyClass>>,
    pub dict: RefCell<AttrMap>,
    pub builtin: Builtin,
    /// Whether user code may set attributes on the class (not on builtin types).
    pub mutable: bool,
    /// Dunders defined by user classes in the MRO, cached for the fast paths
    /// (see [`Dunders`]). Reset when a class attribute changes.
    pub dunders: Cell<Option<Dunders>>,
    _charge: Charge,
}

/// Which special methods a user class defines somewhere in its MRO.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dunders {
    pub eq: bool,
    pub hash: bool,
    pub getattr: bool,
    pub setattr: bool,
}

impl PyClass {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: Name,
        qualname: Name,
        module: Name,
        bases: Vec<Rc<PyClass>>,
        mro: Vec<Rc<PyClass>>,
        dict: AttrMap,
        builtin: Builtin,
        mutable: bool,
    ) -> Rc<PyClass> {
        let charge = Charge::new(std::mem::size_of::<PyClass>() + 16 + dict.len() * 40);
        let c = Rc::new(PyClass {
            name,
            qualname,
            module,
            bases,
            mro,
            dict: RefCell::new(dict),
            builtin,
            mutable,
            dunders: Cell::new(None),
            _charge: charge,
        });
        heap::track(&c);
        c
    }

    /// Looks `name` up in the class and its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in &self.mro {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// Whether this class is `other` or derives from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<PyClass>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The builtin exception kind this class is or derives from.
    pub fn exc_kind(&self) -> Option<ExcKind> {
        match self.builtin {
            Builtin::Exception(k) => Some(k),
            _ => None,
        }
    }

    /// Whether instances of this class are exceptions.
    pub fn is_exception(&self) -> bool {
        matches!(self.builtin, Builtin::Exception(_))
    }

    /// Whether a user-defined class (not a builtin type) defines `name` in the MRO.
    pub fn user_defines(&self, name: &str) -> bool {
        std::iter::once(self)
            .chain(self.mro.iter().map(|c| &**c))
            .filter(|c| c.mutable)
            .any(|c| c.dict.borrow().get(name).is_some())
    }

    pub fn dunders(&self) -> Dunders {
        if let Some(d) = self.dunders.get() {
            return d;
        }
        // A subclass of a builtin type compares and hashes with the type's methods.
        let builtin_value = self.mutable && matches!(self.builtin, Builtin::Type(_));
        let d = Dunders {
            eq: builtin_value || self.user_defines("__eq__"),
            hash: builtin_value || self.user_defines("__hash__"),
            getattr: self.user_defines("__getattr__") || self.user_defines("__getattribute__"),
            setattr: self.user_defines("__setattr__"),
        };
        self.dunders.set(Some(d));
        d
    }
}

impl Clear for PyClass {
    fn clear_refs(&self) {
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            let items = d.take();
            drop(d);
            heap::drop_values(items.into_iter().map(|(_, v)| v));
        }
    }
}

/// An instance of a user class (or of `object`, or of an exception class).
#[derive(Debug)]
pub struct PyInstance {
    pub class: Rc<PyClass>,
    pub attrs: RefCell<AttrMap>,
    /// Set for exceptions.
    pub exc: Option<Box<ExcState>>,
    /// The builtin value of an instance of a subclass of `list`, `dict`, `str`, `int`...
    /// (the builtin type's methods work on it).
    pub base: Option<Box<Value>>,
    charge: Charge,
}

impl PyInstance {
    pub fn new(class: Rc<PyClass>) -> Rc<PyInstance> {
        let exc = class.is_exception().then(|| Box::new(ExcState::default()));
        let charge = Charge::new(std::mem::size_of::<PyInstance>() + 16);
        let i = Rc::new(PyInstance { class, attrs: RefCell::new(AttrMap::default()), exc, base: None, charge });
        heap::track(&i);
        i
    }

    /// An instance of a subclass of a builtin type, holding its builtin value.
    pub fn with_base(class: Rc<PyClass>, base: Value) -> Rc<PyInstance> {
        let charge = Charge::new(std::mem::size_of::<PyInstance>() + 32);
        let i = Rc::new(PyInstance {
            class,
            attrs: RefCell::new(AttrMap::default()),
            exc: None,
            base: Some(Box::new(base)),
            charge,
        });
        heap::track(&i);
        i
    }

    /// Updates the charged size after attributes were added.
    pub fn recharge(&self) {
        let n = self.attrs.borrow().len();
        self.charge.set(std::mem::size_of::<PyInstance>() + 16 + n * 40);
    }

    pub fn get_attr(&self, name: &str) -> Option<Value> {
        self.attrs.borrow().get(name).cloned()
    }
}

impl Clear for PyInstance {
    fn clear_refs(&self) {
        if let Ok(mut a) = self.attrs.try_borrow_mut() {
            let items = a.take();
            drop(a);
            heap::drop_values(items.into_iter().map(|(_, v)| v));
        }
        if let Some(e) = &self.exc {
            e.clear();
        }
        // A list or dict subclass instance may hold itself: empty its builtin value.
        match self.base.as_deref() {
            Some(Value::List(l)) => l.clear_refs(),
            Some(Value::Dict(d)) => d.clear_refs(),
            Some(Value::Set(s)) => s.clear_refs(),
            _ => {}
        }
    }
}

impl Drop for PyInstance {
    fn drop(&mut self) {
        let items = self.attrs.get_mut().take();
        let base = self.base.take().map(|b| *b);
        heap::drop_values(items.into_iter().map(|(_, v)| v).chain(base));
    }
}
