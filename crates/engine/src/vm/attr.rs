//! Attributes: instance attributes and class attributes with descriptors (methods,
//! properties, `classmethod`, `staticmethod`), attributes of the builtin types and of
//! modules, `super()`, and the names of class bodies.

use super::Vm;
use super::builtins::cpython_names as cpy;
use super::error::{ExcKind, PyErr, PyResult, attribute_error, not_supported, type_error};
use super::frame::Stack;
use super::object::class::TypeId;
use super::object::special::SpecialKind;
use super::object::{BoundMethod, PyClass, PyDict, PyInstance, PyTuple, Special};
use super::value::Value;
use crate::compile::code::{Code, Reg};
use crate::syntax::ast::Name;
use std::rc::Rc;

impl Vm {
    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &Name) -> PyResult<Value> {
        match obj {
            Value::Instance(i) => self.instance_attr(i, obj, name),
            Value::Class(c) => self.class_attr(c, name),
            Value::Module(m) => {
                if let Some(v) = m.attrs.borrow().get(name) {
                    return Ok(v.clone());
                }
                if let Some(load) = m.loader.take() {
                    load(self, m)?;
                    if let Some(v) = m.attrs.borrow().get(name) {
                        return Ok(v.clone());
                    }
                }
                if &**name == "__name__" {
                    return Ok(Value::str(&*m.name));
                }
                let known = match &*m.name {
                    "asyncio" => cpy::MODULE_ASYNCIO,
                    "time" => cpy::MODULE_TIME,
                    "random" => cpy::MODULE_RANDOM,
                    _ => m.cpython_names.get(),
                };
                if known.contains(&&**name) || m.name.starts_with("typing") || &*m.name == "__future__" {
                    return Err(not_supported(format!("'{}.{name}'", m.name)));
                }
                Err(attribute_error(format!("module '{}' has no attribute '{name}'", m.name)))
            }
            Value::Native(n) => {
                if let Some(m) = n.obj.method(name) {
                    return Ok(Value::BoundMethod(BoundMethod::new(obj.clone(), Value::Builtin(m))));
                }
                let n2 = n.clone();
                if let Some(r) = n.obj.attr(self, &n2, name) {
                    return r;
                }
                self.missing_attr(obj, name)
            }
            _ => {
                if let Some(v) = self.builtin_value_attr(obj, name)? {
                    return Ok(v);
                }
                let class = self.type_of(obj);
                if let Some(a) = class.lookup(name) {
                    return self.bind_descriptor(a, obj.clone(), &class);
                }
                self.missing_attr(obj, name)
            }
        }
    }

    /// The AttributeError for a missing attribute, or "not supported" when CPython
    /// has it.
    fn missing_attr(&self, obj: &Value, name: &str) -> PyResult<Value> {
        let type_name = self.type_name_of(obj);
        let known: &[&str] = match obj {
            Value::Str(_) => cpy::STR,
            Value::Int(_) | Value::BigInt(_) => cpy::INT,
            Value::Bool(_) => cpy::BOOL,
            Value::Float(_) => cpy::FLOAT,
            Value::List(_) => cpy::LIST,
            Value::Tuple(_) => cpy::TUPLE,
            Value::Dict(_) => cpy::DICT,
            Value::Set(_) => cpy::SET,
            Value::FrozenSet(_) => cpy::FROZENSET,
            Value::Range(_) => cpy::RANGE,
            Value::Slice(_) => cpy::SLICE,
            Value::Function(_) => cpy::FUNCTION,
            Value::Gen(g) => match g.kind {
                super::object::generator::GenKind::Generator => cpy::GENERATOR,
                super::object::generator::GenKind::Coroutine => cpy::COROUTINE,
                super::object::generator::GenKind::AsyncGenerator => cpy::ASYNC_GENERATOR,
            },
            Value::Native(n) => match n.type_name() {
                "Task" => cpy::TASK,
                "Future" | "_GatheringFuture" => cpy::FUTURE,
                "_UnixSelectorEventLoop" => cpy::EVENT_LOOP,
                "TimerHandle" => cpy::TIMER_HANDLE,
                "Handle" => cpy::HANDLE,
                _ => &[],
            },
            Value::Instance(i) if i.exc.is_some() => cpy::BASE_EXCEPTION,
            Value::Instance(_) => cpy::OBJECT,
            _ => &[],
        };
        if known.contains(&name) {
            return Err(not_supported(format!("'{type_name}.{name}'")));
        }
        Err(attribute_error(format!("'{type_name}' object has no attribute '{name}'")))
    }

    fn instance_attr(&mut self, i: &Rc<PyInstance>, obj: &Value, name: &Name) -> PyResult<Value> {
        let class = i.class.clone();
        let class_attr = class.lookup(name);
        // Data descriptors (properties) win over the instance's own attributes.
        if let Some(Value::Special(s)) = &class_attr
            && matches!(&*s.kind.borrow(), SpecialKind::Property { .. })
        {
            return self.bind_descriptor(Value::Special(s.clone()), obj.clone(), &class);
        }
        if let Some(v) = i.get_attr(name) {
            return Ok(v);
        }
        if let Some(a) = class_attr {
            return self.bind_descriptor(a, obj.clone(), &class);
        }
        match &**name {
            "__class__" => return Ok(Value::Class(class)),
            "__dict__" => {
                let d = PyDict::new();
                for (k, v) in i.attrs.borrow().iter() {
                    self.dict_set_str(&d, k, v.clone());
                }
                return Ok(Value::Dict(d));
            }
            _ => {}
        }
        if let Some(state) = &i.exc {
            let v = match &**name {
                "args" => Some(Value::Tuple(state.args())),
                "__cause__" => Some(state.cause.borrow().clone()),
                "__context__" => Some(state.context.borrow().clone()),
                "__suppress_context__" => Some(Value::Bool(state.suppress_context.get())),
                "__traceback__" => Some(Value::None),
                "__notes__" if !state.notes.borrow().is_empty() => {
                    Some(Value::List(super::object::PyList::new(state.notes.borrow().clone())))
                }
                "value" if self.instance_is(i, ExcKind::StopIteration) => {
                    Some(state.args().items().first().cloned().unwrap_or(Value::None))
                }
                "exceptions" if self.instance_is(i, ExcKind::BaseExceptionGroup) => {
                    Some(match state.args().items().get(1) {
                        Some(Value::List(l)) => Value::Tuple(PyTuple::new(l.snapshot())),
                        Some(v) => v.clone(),
                        None => Value::Tuple(PyTuple::empty()),
                    })
                }
                "code" if self.instance_is(i, ExcKind::SystemExit) => Some(match state.args().items() {
                    [] => Value::None,
                    [one] => one.clone(),
                    _ => Value::Tuple(state.args()),
                }),
                "message" if self.instance_is(i, ExcKind::BaseExceptionGroup) => {
                    Some(state.args().items().first().cloned().unwrap_or(Value::str("")))
                }
                "errno" | "strerror" | "filename" if self.instance_is(i, ExcKind::OSError) => Some(Value::None),
                _ => None,
            };
            if let Some(v) = v {
                return Ok(v);
            }
        }
        if class.user_defines("__getattr__")
            && let Some(r) = self.call_dunder(obj, "__getattr__", &[Value::Str(super::object::PyStr::new(&**name))])?
        {
            return Ok(r);
        }
        self.missing_attr(obj, name)
    }

    fn class_attr(&mut self, c: &Rc<PyClass>, name: &Name) -> PyResult<Value> {
        if let Some(a) = c.lookup(name) {
            return match &a {
                Value::Special(s) => {
                    let inner = match &*s.kind.borrow() {
                        SpecialKind::ClassMethod(f) => {
                            Some(Value::BoundMethod(BoundMethod::new(Value::Class(c.clone()), f.clone())))
                        }
                        SpecialKind::StaticMethod(f) => Some(f.clone()),
                        _ => None,
                    };
                    Ok(inner.unwrap_or(a))
                }
                Value::Builtin(b) if b.kind == super::object::function::BuiltinKind::ClassMethod => {
                    Ok(Value::BoundMethod(BoundMethod::new(Value::Class(c.clone()), a.clone())))
                }
                _ => Ok(a),
            };
        }
        Ok(match &**name {
            "__name__" => Value::str(&*c.name),
            "__qualname__" => Value::str(&*c.qualname),
            "__module__" => Value::str(&*c.module),
            "__doc__" => Value::None,
            "__call__" => Value::BoundMethod(BoundMethod::new(
                Value::Class(c.clone()),
                Value::Builtin(&super::builtins::object_methods::TYPE_CALL),
            )),
            // A user class without annotations gets an empty dict, kept (CPython 3.10+).
            "__annotations__" if c.mutable => {
                let d = Value::Dict(PyDict::new());
                c.dict.borrow_mut().set(name.clone(), d.clone());
                d
            }
            "__bases__" => Value::Tuple(PyTuple::new(if c.bases.is_empty() && !Rc::ptr_eq(c, &self.types.object) {
                vec![Value::Class(self.types.object.clone())]
            } else {
                c.bases.iter().map(|b| Value::Class(b.clone())).collect::<Vec<_>>()
            })),
            "__base__" => c.bases.first().map(|b| Value::Class(b.clone())).unwrap_or(Value::None),
            "__mro__" => Value::Tuple(PyTuple::new(
                std::iter::once(Value::Class(c.clone()))
                    .chain(c.mro.iter().map(|b| Value::Class(b.clone())))
                    .collect::<Vec<_>>(),
            )),
            "__class__" => Value::Class(self.types.get(TypeId::Type).clone()),
            "__dict__" => {
                let d = PyDict::new();
                for (k, v) in c.dict.borrow().iter() {
                    self.dict_set_str(&d, k, v.clone());
                }
                Value::Dict(d)
            }
            _ => {
                let known = if c.is_exception() { cpy::BASE_EXCEPTION } else { cpy::TYPE };
                if !c.mutable || known.contains(&&**name) {
                    let known_type: &[&str] = match &*c.name {
                        "str" => cpy::STR,
                        "int" => cpy::INT,
                        "float" => cpy::FLOAT,
                        "list" => cpy::LIST,
                        "dict" => cpy::DICT,
                        "tuple" => cpy::TUPLE,
                        "set" => cpy::SET,
                        "frozenset" => cpy::FROZENSET,
                        "object" => cpy::OBJECT,
                        _ => cpy::TYPE,
                    };
                    if known.contains(&&**name) || known_type.contains(&&**name) {
                        return Err(not_supported(format!("'{}.{name}'", c.name)));
                    }
                }
                return Err(attribute_error(format!("type object '{}' has no attribute '{name}'", c.name)));
            }
        })
    }

    /// The data attributes of builtin values (`range.start`, `f.__name__`...).
    fn builtin_value_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match (obj, name) {
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                other => other.clone(),
            },
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Value::Int(1),
            (Value::Float(f), "real") => Value::Float(*f),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Range(r), "start") => super::object::range::int_value(r.start),
            (Value::Range(r), "stop") => super::object::range::int_value(r.stop),
            (Value::Range(r), "step") => super::object::range::int_value(r.step),
            (Value::Slice(s), "start") => s.start.clone(),
            (Value::Slice(s), "stop") => s.stop.clone(),
            (Value::Slice(s), "step") => s.step.clone(),
            (Value::Function(f), "__name__") => Value::str(&**f.name.borrow()),
            (Value::Function(f), "__qualname__") => Value::str(&**f.qualname.borrow()),
            (Value::Function(_), "__module__") => Value::str("__main__"),
            (Value::Function(f), "__doc__") => {
                f.code.consts.first().filter(|_| doc_of(&f.code.code)).cloned().unwrap_or(Value::None)
            }
            (Value::Function(f), "__defaults__") => {
                f.defaults.borrow().clone().map(Value::Tuple).unwrap_or(Value::None)
            }
            (Value::Function(f), "__kwdefaults__") => {
                f.kwdefaults.borrow().clone().map(Value::Dict).unwrap_or(Value::None)
            }
            (Value::Function(f), "__annotations__") => {
                let a = f.annotations.borrow().clone();
                if a.is_none() {
                    let d = Value::Dict(PyDict::new());
                    *f.annotations.borrow_mut() = d.clone();
                    d
                } else {
                    a
                }
            }
            (Value::Function(f), "__dict__") => {
                let d = f.dict.borrow().clone().unwrap_or_else(PyDict::new);
                *f.dict.borrow_mut() = Some(d.clone());
                Value::Dict(d)
            }
            (Value::Function(f), other) => match f.dict.borrow().as_ref() {
                Some(d) => match self.dict_get_str(d, other) {
                    Some(v) => v,
                    None => return Ok(None),
                },
                None => return Ok(None),
            },
            (Value::Builtin(b), "__name__") => Value::str(b.name),
            (Value::Builtin(b), "__qualname__") => Value::str(if b.owner.is_empty() || !b.is_method() {
                b.name.to_string()
            } else {
                format!("{}.{}", b.owner, b.name)
            }),
            (Value::BoundMethod(m), "__self__") => m.self_.clone(),
            (Value::BoundMethod(m), "__func__") => m.func.clone(),
            (Value::BoundMethod(m), "__name__" | "__qualname__" | "__doc__") => {
                let f = m.func.clone();
                return self.get_attr(&f, &Name::from(name)).map(Some);
            }
            (Value::Gen(g), "__name__") => Value::str(&*g.name),
            (Value::Gen(g), "__qualname__") => Value::str(&*g.qualname),
            (Value::Gen(g), "gi_running" | "cr_running" | "ag_running") => {
                Value::Bool(g.state.get() == super::object::generator::GenState::Running)
            }
            (Value::Gen(_), "gi_frame" | "cr_frame" | "ag_frame" | "cr_await" | "gi_yieldfrom") => Value::None,
            (Value::Special(s), _) => {
                let kind = s.kind.borrow();
                match (&*kind, name) {
                    (SpecialKind::Property { fget, .. }, "fget") => fget.clone(),
                    (SpecialKind::Property { fset, .. }, "fset") => fset.clone(),
                    (SpecialKind::Property { fdel, .. }, "fdel") => fdel.clone(),
                    (SpecialKind::Property { .. }, "setter" | "getter" | "deleter") => {
                        drop(kind);
                        return Ok(Some(Value::BoundMethod(BoundMethod::new(
                            obj.clone(),
                            Value::Builtin(super::builtins::methods::property_setter(name)),
                        ))));
                    }
                    (SpecialKind::StaticMethod(f) | SpecialKind::ClassMethod(f), "__func__") => f.clone(),
                    (SpecialKind::GenericAlias { origin, .. }, "__origin__") => origin.clone(),
                    (SpecialKind::GenericAlias { args, .. } | SpecialKind::Union(args), "__args__") => {
                        Value::Tuple(PyTuple::new(args.clone()))
                    }
                    _ => return Ok(None),
                }
            }
            _ => return Ok(None),
        }))
    }

    /// `obj.name = v`.
    pub fn set_attr(&mut self, obj: &Value, name: &Name, v: Value) -> PyResult<()> {
        match obj {
            // `object()` itself has no `__dict__`.
            Value::Instance(i) if Rc::ptr_eq(&i.class, &self.types.object) => {
                Err(attribute_error(format!("'object' object has no attribute '{name}'")))
            }
            Value::Instance(i) => {
                if let Some(Value::Special(s)) = i.class.lookup(name) {
                    let fset = match &*s.kind.borrow() {
                        SpecialKind::Property { fset, .. } => Some(fset.clone()),
                        _ => None,
                    };
                    if let Some(fset) = fset {
                        if fset.is_none() {
                            return Err(attribute_error(format!(
                                "property '{name}' of '{}' object has no setter",
                                i.class.qualname
                            )));
                        }
                        self.call_sync(&fset, &[obj.clone(), v])?;
                        return Ok(());
                    }
                }
                if i.class.dunders().setattr {
                    self.call_dunder(obj, "__setattr__", &[Value::str(&**name), v])?;
                    return Ok(());
                }
                if let Some(state) = &i.exc {
                    match &**name {
                        "__cause__" => {
                            *state.cause.borrow_mut() = v;
                            state.suppress_context.set(true);
                            return Ok(());
                        }
                        "__context__" => {
                            *state.context.borrow_mut() = v;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            state.suppress_context.set(self.truthy(&v)?);
                            return Ok(());
                        }
                        "args" => {
                            let items = self.collect(&v)?;
                            *state.args.borrow_mut() = PyTuple::new(items);
                            return Ok(());
                        }
                        "__traceback__" => return Ok(()),
                        _ => {}
                    }
                }
                let old = i.attrs.borrow_mut().set(name.clone(), v);
                drop(old);
                i.recharge();
                Ok(())
            }
            Value::Class(c) => {
                if !c.mutable {
                    return Err(type_error(format!("cannot set '{name}' attribute of immutable type '{}'", c.name)));
                }
                let old = c.dict.borrow_mut().set(name.clone(), v);
                drop(old);
                c.dunders.set(None);
                Ok(())
            }
            Value::Function(f) => {
                match &**name {
                    "__name__" => {
                        if let Value::Str(s) = &v {
                            *f.name.borrow_mut() = s.as_str().into();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &v {
                            *f.qualname.borrow_mut() = s.as_str().into();
                        }
                    }
                    "__doc__" | "__module__" => {}
                    _ => {
                        let d = f.dict.borrow().clone().unwrap_or_else(PyDict::new);
                        *f.dict.borrow_mut() = Some(d.clone());
                        self.dict_set_str(&d, name, v);
                    }
                }
                Ok(())
            }
            Value::Module(m) => {
                m.attrs.borrow_mut().set(name.clone(), v);
                Ok(())
            }
            Value::Native(_) => {
                Err(not_supported(format!("setting attribute '{name}' of '{}'", self.type_name_of(obj))))
            }
            other => {
                let t = self.type_name_of(other);
                if self.builtin_value_attr(other, name)?.is_some() || self.type_of(other).lookup(name).is_some() {
                    return Err(attribute_error(format!("'{t}' object attribute '{name}' is read-only")));
                }
                Err(attribute_error(format!("'{t}' object has no attribute '{name}'")))
            }
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &Name) -> PyResult<()> {
        match obj {
            Value::Instance(i) => {
                if let Some(Value::Special(s)) = i.class.lookup(name) {
                    let fdel = match &*s.kind.borrow() {
                        SpecialKind::Property { fdel, .. } => Some(fdel.clone()),
                        _ => None,
                    };
                    if let Some(fdel) = fdel {
                        if fdel.is_none() {
                            return Err(attribute_error(format!(
                                "property '{name}' of '{}' object has no deleter",
                                i.class.qualname
                            )));
                        }
                        self.call_sync(&fdel, std::slice::from_ref(obj))?;
                        return Ok(());
                    }
                }
                let old = i.attrs.borrow_mut().remove(name);
                match old {
                    Some(_) => Ok(()),
                    None => Err(attribute_error(format!("'{}' object has no attribute '{name}'", i.class.name))),
                }
            }
            Value::Class(c) if c.mutable => {
                let old = c.dict.borrow_mut().remove(name);
                c.dunders.set(None);
                match old {
                    Some(_) => Ok(()),
                    None => Err(attribute_error(format!("type object '{}' has no attribute '{name}'", c.name))),
                }
            }
            other => {
                let t = self.type_name_of(other);
                if self.type_of(other).lookup(name).is_some() {
                    return Err(attribute_error(format!("'{t}' object attribute '{name}' is read-only")));
                }
                Err(attribute_error(format!("'{t}' object has no attribute '{name}'")))
            }
        }
    }

    /// `obj.name` about to be called: the function and the `self` to pass (or the
    /// no-self marker), without making a bound method.
    pub fn load_method(&mut self, obj: Value, name: &Name) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(i) => {
                if let Some(v) = i.get_attr(name) {
                    return Ok((v, Value::NoSelf));
                }
                match i.class.lookup(name) {
                    Some(f @ Value::Function(_)) => Ok((f, obj)),
                    Some(Value::Builtin(b)) if b.is_method() => Ok((Value::Builtin(b), obj)),
                    _ => Ok((self.get_attr(&obj, name)?, Value::NoSelf)),
                }
            }
            Value::Class(_) | Value::Module(_) => Ok((self.get_attr(&obj, name)?, Value::NoSelf)),
            Value::Native(n) => match n.obj.method(name) {
                Some(m) => Ok((Value::Builtin(m), obj)),
                None => Ok((self.get_attr(&obj, name)?, Value::NoSelf)),
            },
            _ => {
                let class = self.type_of(&obj);
                match class.dict.borrow().get(name) {
                    Some(Value::Builtin(b)) if b.is_method() => return Ok((Value::Builtin(b), obj)),
                    _ => {}
                }
                Ok((self.get_attr(&obj, name)?, Value::NoSelf))
            }
        }
    }

    /// The class and the object of a zero-argument `super()` in the top frame.
    fn super_args(&self, stack: &Stack) -> PyResult<(Rc<PyClass>, Value)> {
        let frame = stack.frames.last().ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "super(): no arguments"))?;
        let code = &frame.code.code;
        let base = frame.base as usize;
        let class = code
            .class_cell
            .and_then(|r| match &stack.values[base + r as usize] {
                Value::Cell(c) => match c.get() {
                    Value::Class(c) => Some(c),
                    _ => None,
                },
                _ => None,
            })
            .ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "super(): __class__ cell not found"))?;
        if code.params.count() == 0 {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let mut obj = stack.values[base].clone();
        if let Value::Cell(c) = &obj {
            obj = c.get();
        }
        Ok((class, obj))
    }

    /// Looks `name` up after `class` in the MRO of `obj`'s type.
    fn super_lookup(&mut self, class: &Rc<PyClass>, obj: &Value, name: &str) -> PyResult<(Value, Rc<PyClass>)> {
        let start = match obj {
            Value::Class(c) => c.clone(),
            other => self.type_of(other),
        };
        let mro: Vec<Rc<PyClass>> = std::iter::once(start.clone()).chain(start.mro.iter().cloned()).collect();
        let pos = mro.iter().position(|c| Rc::ptr_eq(c, class)).map(|p| p + 1).unwrap_or(mro.len());
        for c in &mro[pos..] {
            if let Some(v) = c.dict.borrow().get(name) {
                return Ok((v.clone(), start.clone()));
            }
        }
        Err(attribute_error(format!("'super' object has no attribute '{name}'")))
    }

    pub(super) fn super_method(&mut self, stack: &Stack, name: &Name) -> PyResult<(Value, Value)> {
        let (class, obj) = self.super_args(stack)?;
        let (attr, start) = self.super_lookup(&class, &obj, name)?;
        match (&attr, &obj) {
            (Value::Function(_), Value::Instance(_)) => Ok((attr, obj)),
            (Value::Builtin(b), _) if b.is_method() && !matches!(obj, Value::Class(_)) => Ok((attr.clone(), obj)),
            _ => {
                let bound = match &obj {
                    Value::Class(c) => self.class_bind(attr, c)?,
                    _ => self.bind_descriptor(attr, obj.clone(), &start)?,
                };
                Ok((bound, Value::NoSelf))
            }
        }
    }

    pub(super) fn super_attr(&mut self, stack: &Stack, name: &Name) -> PyResult<Value> {
        let (class, obj) = self.super_args(stack)?;
        if name.is_empty() {
            return Ok(Value::Special(Special::new(SpecialKind::Super { class, obj })));
        }
        let (attr, start) = self.super_lookup(&class, &obj, name)?;
        match &obj {
            Value::Class(c) => self.class_bind(attr, c),
            _ => self.bind_descriptor(attr, obj.clone(), &start),
        }
    }

    /// An attribute found through `super()` in a classmethod (bound to the class).
    fn class_bind(&mut self, attr: Value, c: &Rc<PyClass>) -> PyResult<Value> {
        if let Value::Special(s) = &attr {
            let inner = match &*s.kind.borrow() {
                SpecialKind::ClassMethod(f) => {
                    Some(Value::BoundMethod(BoundMethod::new(Value::Class(c.clone()), f.clone())))
                }
                SpecialKind::StaticMethod(f) => Some(f.clone()),
                _ => None,
            };
            if let Some(v) = inner {
                return Ok(v);
            }
        }
        Ok(attr)
    }

    /// An attribute of a `super(...)` object (the one-argument-free forms reach here
    /// when `super()` was stored first).
    pub fn super_object_attr(&mut self, class: &Rc<PyClass>, obj: &Value, name: &str) -> PyResult<Value> {
        let (attr, start) = self.super_lookup(class, obj, name)?;
        match obj {
            Value::Class(c) => self.class_bind(attr, c),
            _ => self.bind_descriptor(attr, obj.clone(), &start),
        }
    }

    // ------------------------------------------------------------------ names

    /// The builtin bound to global slot `slot`'s name (NameError if none).
    pub(super) fn load_builtin_slot(&mut self, slot: u32) -> PyResult<Value> {
        match self.builtin_slots.get(slot as usize) {
            Some(Value::Unbound) | None => {
                let name = self.global_names.get(slot as usize).cloned().unwrap_or_else(|| "?".into());
                Err(self.name_error(&name))
            }
            Some(v) => Ok(v.clone()),
        }
    }

    /// NameError, or "not supported" for a builtin CPython has.
    pub fn name_error(&self, name: &str) -> PyErr {
        if cpy::BUILTINS.contains(&name) {
            return not_supported(format!("the builtin '{name}'"));
        }
        PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))
    }

    pub(super) fn builtin_by_id(&mut self, id: u16) -> PyResult<Value> {
        let name = super::builtins::FIXED_BUILTINS.get(id as usize).copied().unwrap_or("AssertionError");
        self.builtins.get(name).cloned().ok_or_else(|| self.name_error(name))
    }

    fn class_ns<'s>(&self, stack: &'s Stack) -> Option<&'s Rc<PyDict>> {
        stack.frames.last().and_then(|f| f.ns.as_ref())
    }

    pub(super) fn load_name(
        &mut self,
        stack: &Stack,
        code: &Code,
        name: crate::compile::code::NameId,
    ) -> PyResult<Value> {
        let name = code.names[name as usize].clone();
        if let Some(ns) = self.class_ns(stack).cloned()
            && let Some(v) = self.dict_get_str(&ns, &name)
        {
            return Ok(v);
        }
        self.load_global_name(&name)
    }

    /// A global by name (then a builtin): class bodies and `from __main__`-style lookups.
    pub fn load_global_name(&mut self, name: &Name) -> PyResult<Value> {
        if let Some(&slot) = self.global_slots.get(name) {
            match &self.globals[slot as usize] {
                Value::Unbound => {}
                v => return Ok(v.clone()),
            }
        }
        match self.builtins.get(&**name) {
            Some(v) => Ok(v.clone()),
            None => Err(self.name_error(name)),
        }
    }

    pub(super) fn store_name(
        &mut self,
        stack: &Stack,
        code: &Code,
        name: crate::compile::code::NameId,
        v: Value,
    ) -> PyResult<()> {
        let name = code.names[name as usize].clone();
        match self.class_ns(stack).cloned() {
            Some(ns) => {
                self.dict_set_str(&ns, &name, v);
                Ok(())
            }
            None => {
                if let Some(&slot) = self.global_slots.get(&name) {
                    self.globals[slot as usize] = v;
                }
                Ok(())
            }
        }
    }

    pub(super) fn delete_name(
        &mut self,
        stack: &Stack,
        code: &Code,
        name: crate::compile::code::NameId,
    ) -> PyResult<()> {
        let name = code.names[name as usize].clone();
        if let Some(ns) = self.class_ns(stack).cloned() {
            let key = Value::str(&*name);
            if let Some(i) = self.dict_find(&ns, &key)? {
                ns.remove_at(i);
                return Ok(());
            }
        }
        Err(PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined")))
    }

    pub(super) fn load_class_deref(
        &mut self,
        stack: &Stack,
        code: &Code,
        cell: Reg,
        name: crate::compile::code::NameId,
        base: usize,
    ) -> PyResult<Value> {
        let n = code.names[name as usize].clone();
        if let Some(ns) = self.class_ns(stack).cloned()
            && let Some(v) = self.dict_get_str(&ns, &n)
        {
            return Ok(v);
        }
        match &stack.values[base + cell as usize] {
            Value::Cell(c) => {
                let v = c.get();
                if matches!(v, Value::Unbound) {
                    return Err(PyErr::new(
                        ExcKind::NameError,
                        format!(
                            "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
                        ),
                    ));
                }
                Ok(v)
            }
            _ => self.load_global_name(&n),
        }
    }
}

/// Whether the first constant of a function is its docstring.
fn doc_of(code: &Code) -> bool {
    code.has_docstring
}
