//! The builtin types and exception classes of a run, as class objects (made when the
//! run starts, freed when it ends), and the type of any value.

use super::Vm;
use super::builtins::methods;
use super::error::ExcKind;
use super::object::PyClass;
use super::object::class::{AttrMap, Builtin, TypeId};
use super::object::function::BuiltinFn;
use super::value::Value;
use std::collections::HashMap;
use std::rc::Rc;

pub struct Types {
    pub object: Rc<PyClass>,
    by_id: HashMap<TypeId, Rc<PyClass>>,
    excs: Vec<Rc<PyClass>>,
    /// Constructors of builtin types, by class address.
    constructors: HashMap<usize, &'static BuiltinFn>,
    /// The builtin types known by name only: iterators (`list_iterator`, `zip`...) and
    /// dict views.
    named: HashMap<&'static str, Rc<PyClass>>,
}

/// The builtin types with their Python names and whether user classes may derive
/// from them (SPEC: single inheritance from user classes, `object` and exceptions).
const TYPES: &[(TypeId, &str)] = &[
    (TypeId::Type, "type"),
    (TypeId::NoneType, "NoneType"),
    (TypeId::Int, "int"),
    (TypeId::Bool, "bool"),
    (TypeId::Float, "float"),
    (TypeId::Str, "str"),
    (TypeId::Tuple, "tuple"),
    (TypeId::List, "list"),
    (TypeId::Dict, "dict"),
    (TypeId::Set, "set"),
    (TypeId::FrozenSet, "frozenset"),
    (TypeId::Range, "range"),
    (TypeId::Slice, "slice"),
    (TypeId::Function, "function"),
    (TypeId::BuiltinFunction, "builtin_function_or_method"),
    (TypeId::Method, "method"),
    (TypeId::Generator, "generator"),
    (TypeId::Coroutine, "coroutine"),
    (TypeId::AsyncGenerator, "async_generator"),
    (TypeId::Module, "module"),
    (TypeId::Iterator, "iterator"),
    (TypeId::Property, "property"),
    (TypeId::StaticMethod, "staticmethod"),
    (TypeId::ClassMethod, "classmethod"),
    (TypeId::Super, "super"),
    (TypeId::NotImplementedType, "NotImplementedType"),
    (TypeId::Ellipsis, "ellipsis"),
    (TypeId::Cell, "cell"),
    (TypeId::Code, "code"),
];

fn builtin_class(
    name: &str,
    bases: Vec<Rc<PyClass>>,
    builtin: Builtin,
    tables: &[&'static [BuiltinFn]],
) -> Rc<PyClass> {
    let mro = linearize(&bases);
    let mut dict = AttrMap::default();
    for m in tables.iter().flat_map(|t| t.iter()) {
        dict.set(m.name.into(), Value::Builtin(m));
    }
    PyClass::new(name.into(), name.into(), "builtins".into(), bases, mro, dict, builtin, false)
}

/// C3 linearization of the bases (the MRO after the class itself).
pub fn linearize(bases: &[Rc<PyClass>]) -> Vec<Rc<PyClass>> {
    let mut seqs: Vec<Vec<Rc<PyClass>>> =
        bases.iter().map(|b| std::iter::once(b.clone()).chain(b.mro.iter().cloned()).collect()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<PyClass>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return out;
        }
        let head =
            seqs.iter().map(|s| s[0].clone()).find(|h| !seqs.iter().any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, h))));
        let Some(head) = head else { return out };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

impl Types {
    pub fn new() -> Types {
        let object = builtin_class("object", vec![], Builtin::Object, &[methods::OBJECT]);
        let mut by_id = HashMap::new();
        let mut constructors = HashMap::new();
        for &(id, name) in TYPES {
            let bases = if id == TypeId::Bool {
                vec![by_id.get(&TypeId::Int).cloned().unwrap_or_else(|| object.clone())]
            } else {
                vec![object.clone()]
            };
            let class = builtin_class(name, bases, Builtin::Type(id), &methods::of(id));
            if let Some(ctor) = methods::constructor(id) {
                constructors.insert(Rc::as_ptr(&class) as usize, ctor);
            }
            by_id.insert(id, class);
        }
        let mut named = HashMap::new();
        for &name in methods::NAMED_TYPES {
            let class =
                builtin_class(name, vec![object.clone()], Builtin::Type(TypeId::Iterator), &methods::named(name));
            if let Some(ctor) = methods::named_constructor(name) {
                constructors.insert(Rc::as_ptr(&class) as usize, ctor);
            }
            named.insert(name, class);
        }
        let mut excs: Vec<Rc<PyClass>> = Vec::with_capacity(ExcKind::ALL.len());
        for &kind in ExcKind::ALL {
            let bases: Vec<Rc<PyClass>> = if kind.bases().is_empty() {
                vec![object.clone()]
            } else {
                kind.bases().iter().map(|b| excs[*b as usize].clone()).collect()
            };
            let ms: &'static [BuiltinFn] = match kind {
                ExcKind::BaseException => methods::BASE_EXCEPTION,
                ExcKind::BaseExceptionGroup => super::builtins::exception_types::GROUP_METHODS,
                _ => &[],
            };
            excs.push(builtin_class(kind.name(), bases, Builtin::Exception(kind), &[ms]));
        }
        Types { object, by_id, excs, constructors, named }
    }

    /// A builtin type known by name (`list_iterator`, `dict_keys`, `zip`...).
    pub fn named(&self, name: &str) -> Option<&Rc<PyClass>> {
        self.named.get(name)
    }

    pub fn get(&self, id: TypeId) -> &Rc<PyClass> {
        &self.by_id[&id]
    }

    pub fn exc(&self, kind: ExcKind) -> &Rc<PyClass> {
        &self.excs[kind as usize]
    }

    /// The builtin function that makes instances of a builtin type.
    pub fn constructor(&self, class: &Rc<PyClass>) -> Option<&'static BuiltinFn> {
        self.constructors.get(&(Rc::as_ptr(class) as usize)).copied()
    }

    /// Registers the constructor of a native type (asyncio's `Future`...).
    pub fn set_constructor(&mut self, class: &Rc<PyClass>, ctor: &'static BuiltinFn) {
        self.constructors.insert(Rc::as_ptr(class) as usize, ctor);
    }
}

impl Default for Types {
    fn default() -> Types {
        Types::new()
    }
}

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<PyClass> {
        let id = match v {
            Value::Instance(i) => return i.class.clone(),
            Value::Class(c) => {
                return if c.builtin == Builtin::Type(TypeId::Type) {
                    c.clone()
                } else {
                    self.types.get(TypeId::Type).clone()
                };
            }
            Value::Native(n) => {
                if let Some(c) = self.native_classes.get(n.type_name()) {
                    return c.clone();
                }
                if let Some(c) = self.types.named(n.type_name()) {
                    return c.clone();
                }
                TypeId::Iterator
            }
            Value::Iter(it) => match self.types.named(it.type_name()) {
                Some(c) => return c.clone(),
                None => TypeId::Iterator,
            },
            Value::None | Value::Unbound | Value::NoSelf => TypeId::NoneType,
            Value::Bool(_) => TypeId::Bool,
            Value::Int(_) | Value::BigInt(_) => TypeId::Int,
            Value::Float(_) => TypeId::Float,
            Value::Str(_) => TypeId::Str,
            Value::Tuple(_) => TypeId::Tuple,
            Value::List(_) => TypeId::List,
            Value::Dict(_) => TypeId::Dict,
            Value::Set(_) => TypeId::Set,
            Value::FrozenSet(_) => TypeId::FrozenSet,
            Value::Range(_) => TypeId::Range,
            Value::Slice(_) => TypeId::Slice,
            Value::Function(_) => TypeId::Function,
            Value::Builtin(_) => TypeId::BuiltinFunction,
            Value::BoundMethod(m) => {
                if matches!(m.func, Value::Builtin(_)) {
                    TypeId::BuiltinFunction
                } else {
                    TypeId::Method
                }
            }
            Value::Gen(g) => match g.kind {
                super::object::generator::GenKind::Generator => TypeId::Generator,
                super::object::generator::GenKind::Coroutine => TypeId::Coroutine,
                super::object::generator::GenKind::AsyncGenerator => TypeId::AsyncGenerator,
            },
            Value::Module(_) => TypeId::Module,
            Value::Special(s) => match &*s.kind.borrow() {
                super::object::special::SpecialKind::Property { .. } => TypeId::Property,
                super::object::special::SpecialKind::StaticMethod(_) => TypeId::StaticMethod,
                super::object::special::SpecialKind::ClassMethod(_) => TypeId::ClassMethod,
                super::object::special::SpecialKind::Super { .. } => TypeId::Super,
                super::object::special::SpecialKind::DictView { .. }
                | super::object::special::SpecialKind::Union(_)
                | super::object::special::SpecialKind::GenericAlias { .. } => match self.types.named(s.type_name()) {
                    Some(c) => return c.clone(),
                    None => TypeId::Iterator,
                },
            },
            Value::Cell(_) => TypeId::Cell,
            Value::Code(_) => TypeId::Code,
            Value::NotImplemented => TypeId::NotImplementedType,
            Value::Ellipsis => TypeId::Ellipsis,
        };
        self.types.get(id).clone()
    }

    /// `type(v).__name__`.
    pub fn type_name_of(&self, v: &Value) -> String {
        match v {
            Value::Instance(i) => i.class.name.to_string(),
            Value::Native(n) => n.type_name().to_string(),
            Value::Class(_) => "type".into(),
            other => other.type_name().to_string(),
        }
    }

    /// `isinstance(v, class)` for one class.
    pub fn isinstance(&self, v: &Value, class: &Rc<PyClass>) -> bool {
        if let Value::Instance(i) = v {
            return i.class.is_subclass(class);
        }
        self.type_of(v).is_subclass(class)
    }
}
