//! Subclasses of builtin types (`class Default(dict)`, `class Stack(list)`,
//! `class Name(str)`): each instance holds a value of the builtin type, and the
//! builtin type's methods, called on the instance, work on that value.

use super::Vm;
use super::error::{ExcKind, PyResult};
use super::object::class::TypeId;
use super::object::function::{Args, BuiltinFn, BuiltinKind};
use super::object::{PyClass, PyDict, PyInstance, PyList, PySet};
use super::value::Value;
use std::rc::Rc;

/// The builtin types a class may derive from.
pub fn subclassable(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::List
            | TypeId::Dict
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Str
            | TypeId::Int
            | TypeId::Float
            | TypeId::Tuple
    )
}

impl Vm {
    /// A new instance of `class`, a subclass of builtin type `t`: a mutable type's
    /// value starts empty (its `__init__` fills it); an immutable one is made from the
    /// arguments, as `t.__new__` makes it.
    pub fn new_subclass_instance(&mut self, class: &Rc<PyClass>, t: TypeId, args: Args) -> PyResult<Rc<PyInstance>> {
        let base = match t {
            TypeId::List => Value::List(PyList::new(Vec::new())),
            TypeId::Dict => Value::Dict(PyDict::new()),
            TypeId::Set => Value::Set(PySet::new()),
            _ => {
                let builtin = Value::Class(self.types.get(t).clone());
                self.call_args(&builtin, args)?
            }
        };
        Ok(PyInstance::with_base(class.clone(), base))
    }

    /// Calls a method of a builtin type whose `self` is an instance of a subclass:
    /// on the instance's builtin value.
    pub fn call_on_base(&mut self, b: &'static BuiltinFn, inst: &Rc<PyInstance>, args: Args) -> PyResult<Value> {
        let Some(base) = inst.base.as_deref() else { return (b.call)(self, args) };
        let mut pos = Vec::with_capacity(args.pos.len());
        pos.push(base.clone());
        pos.extend_from_slice(&args.pos[1..]);
        let r = (b.call)(self, Args { pos: &pos, kwnames: args.kwnames, kwvalues: args.kwvalues });
        // `d[k]` of a missing key calls the subclass's `__missing__` (dict_subscript).
        if let Err(e) = &r
            && b.owner == "dict"
            && b.name == "__getitem__"
            && self.is_error_of(e, ExcKind::KeyError)
            && let Some(missing) = inst.class.lookup("__missing__")
            && let Some(key) = args.pos.get(1)
        {
            return self.call_sync(&missing, &[Value::Instance(inst.clone()), key.clone()]);
        }
        r
    }
}

impl Vm {
    /// Whether an error is an exception of this builtin kind (or a subclass).
    pub fn is_error_of(&self, e: &super::error::PyErr, kind: ExcKind) -> bool {
        match &*e.0 {
            super::error::ErrKind::New(k, _) => *k == kind,
            super::error::ErrKind::Exc(x) => self.instance_is(x, kind),
            _ => false,
        }
    }
}

/// The builtin types whose methods work on a subclass instance's value.
fn is_value_type(owner: &str) -> bool {
    matches!(owner, "list" | "dict" | "set" | "frozenset" | "str" | "int" | "float" | "tuple")
}

/// Whether calling builtin `b` with `args` means calling it on a subclass instance's
/// builtin value.
pub fn on_subclass_instance<'a>(b: &BuiltinFn, args: &Args<'a>) -> Option<&'a Rc<PyInstance>> {
    match args.pos.first() {
        Some(Value::Instance(i)) if i.base.is_some() && b.kind == BuiltinKind::Method && is_value_type(b.owner) => {
            Some(i)
        }
        _ => None,
    }
}
