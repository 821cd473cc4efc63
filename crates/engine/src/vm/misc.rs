//! The remaining instructions' work: making a class from its body's namespace, `with`,
//! `import`, and f-string fields.

use super::Vm;
use super::error::{ExcKind, PyErr, PyResult, not_supported, type_error};
use super::frame::Frame;
use super::object::PyClass;
use super::object::class::{AttrMap, Builtin};
use super::value::Value;
use crate::compile::code::Conversion;
use crate::syntax::ast::Name;
use std::rc::Rc;

impl Vm {
    /// The class made from a class body's namespace once the body returned.
    pub(super) fn finish_class(&mut self, frame: &Frame, bases: Value) -> PyResult<Value> {
        let name = frame.code.code.name.clone();
        let bases: Vec<Value> = match bases {
            Value::Tuple(t) => t.items().to_vec(),
            _ => Vec::new(),
        };
        let mut base_classes = Vec::new();
        for b in &bases {
            match b {
                Value::Class(c) => base_classes.push(c.clone()),
                other => {
                    return Err(type_error(format!("bases must be types, not {}", self.type_name_of(other))));
                }
            }
        }
        if base_classes.len() > 1 {
            return Err(not_supported("multiple inheritance"));
        }
        let builtin = match base_classes.first() {
            None => Builtin::Object,
            Some(b) => match b.builtin {
                Builtin::Object | Builtin::Exception(_) => b.builtin,
                Builtin::Type(t) if super::subclass::subclassable(t) => b.builtin,
                Builtin::Type(_)
                    if b.name.as_ref() == "bool" || b.name.as_ref() == "range" || b.name.as_ref() == "slice" =>
                {
                    return Err(type_error(format!("type '{}' is not an acceptable base type", b.name)));
                }
                Builtin::Type(_) => return Err(not_supported(format!("subclassing the builtin type '{}'", b.name))),
            },
        };
        let mut dict = AttrMap::default();
        let mut qualname = name.clone();
        let mut module: Name = "__main__".into();
        let mut class_cell = None;
        if let Some(ns) = &frame.ns {
            for (k, v) in ns.entries() {
                let Value::Str(key) = &k else { continue };
                match key.as_str() {
                    "__qualname__" => {
                        if let Value::Str(q) = &v {
                            qualname = q.as_str().into();
                        }
                    }
                    "__classcell__" => class_cell = Some(v),
                    "__module__" => {
                        if let Value::Str(m) = &v {
                            module = m.as_str().into();
                        }
                        dict.set(Name::from("__module__"), v);
                    }
                    "__slots__" => return Err(not_supported("'__slots__'")),
                    other => {
                        dict.set(Name::from(other), v);
                    }
                }
            }
        }
        // A class that defines `__eq__` without `__hash__` is unhashable (CPython's
        // `type_new` sets `__hash__ = None`).
        if dict.get("__eq__").is_some() && dict.get("__hash__").is_none() {
            dict.set(Name::from("__hash__"), Value::None);
        }
        if base_classes.is_empty() {
            base_classes.push(self.types.object.clone());
        }
        let mro = super::types::linearize(&base_classes);
        let class = PyClass::new(name, qualname, module, base_classes, mro, dict, builtin, true);
        if let Some(Value::Cell(c)) = class_cell {
            c.set(Value::Class(class.clone()));
        }
        // `__class__` cells created by the body's methods.
        if let Some(reg) = frame.code.code.class_cell {
            let _ = reg;
        }
        Ok(Value::Class(class))
    }

    /// `with ctx` / `async with ctx`: the bound exit and enter methods.
    pub(super) fn with_enter(&mut self, ctx: &Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter, exit) = if is_async { ("__aenter__", "__aexit__") } else { ("__enter__", "__exit__") };
        let what = if is_async { "the asynchronous context manager protocol" } else { "the context manager protocol" };
        let class = self.type_of(ctx);
        if let Value::Native(n) = ctx {
            return match (n.obj.method(enter), n.obj.method(exit)) {
                (Some(en), Some(ex)) => Ok((
                    Value::BoundMethod(super::object::BoundMethod::new(ctx.clone(), Value::Builtin(ex))),
                    Value::BoundMethod(super::object::BoundMethod::new(ctx.clone(), Value::Builtin(en))),
                )),
                _ => Err(type_error(format!("'{}' object does not support {what}", self.type_name_of(ctx)))),
            };
        }
        let Some(enter_f) = class.lookup(enter) else {
            return Err(type_error(format!("'{}' object does not support {what}", self.type_name_of(ctx))));
        };
        let Some(exit_f) = class.lookup(exit) else {
            return Err(type_error(format!(
                "'{}' object does not support {what} (missed {exit} method)",
                self.type_name_of(ctx)
            )));
        };
        let exit_bound = self.bind_descriptor(exit_f, ctx.clone(), &class)?;
        let enter_bound = self.bind_descriptor(enter_f, ctx.clone(), &class)?;
        Ok((exit_bound, enter_bound))
    }

    /// `import name`: the module (for `a.b`, the module `a`).
    pub(super) fn import(&mut self, name: &Name) -> PyResult<Value> {
        let top = name.split('.').next().unwrap_or(name);
        if let Some(m) = self.modules.get(top) {
            return Ok(m.clone());
        }
        let maker = self.module_makers.get(top).copied();
        match maker {
            Some(make) => {
                let m = Value::Module(make(self));
                self.modules.insert(top.into(), m.clone());
                Ok(m)
            }
            None => Err(not_supported(format!("'import {name}'"))),
        }
    }

    /// `from module import name`.
    pub(super) fn import_from(&mut self, module: &Value, name: &Name) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.is_new(ExcKind::AttributeError) => {
                let m = match module {
                    Value::Module(m) => m.name.to_string(),
                    _ => "?".into(),
                };
                Err(PyErr::new(
                    ExcKind::ImportError,
                    format!("cannot import name '{name}' from '{m}' (unknown location)"),
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// One f-string field: the conversion, then `format(value, spec)`.
    pub(super) fn format_value(&mut self, v: &Value, conv: Conversion, spec: Option<&Value>) -> PyResult<Value> {
        let converted = match conv {
            Conversion::None => v.clone(),
            Conversion::Str => Value::str(self.to_str(v)?),
            Conversion::Repr => Value::str(self.repr(v)?),
            Conversion::Ascii => Value::str(super::builtins::ascii_of(&self.repr(v)?)),
        };
        let spec = match spec {
            None => "",
            Some(Value::Str(s)) => {
                let s = s.clone();
                return self.format(&converted, s.as_str()).map(Value::str);
            }
            Some(_) => "",
        };
        if let Value::Str(_) = &converted
            && spec.is_empty()
        {
            return Ok(converted);
        }
        self.format(&converted, spec).map(Value::str)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Instance(i) if i.class.user_defines("__format__") || i.base.is_some() => {
                let r = self.call_dunder(v, "__format__", &[Value::str(spec)])?.unwrap_or(Value::None);
                match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => {
                        Err(type_error(format!("__format__ must return a str, not {}", self.type_name_of(&other))))
                    }
                }
            }
            Value::Str(s) => super::format::format_str(s.as_str(), spec),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) if !(matches!(v, Value::Bool(_)) && spec.is_empty()) => {
                super::format::format_int_value(self, v, spec)
            }
            Value::Float(f) => super::format::format_float(*f, spec),
            other => {
                if spec.is_empty() {
                    return self.to_str(other);
                }
                Err(type_error(format!("unsupported format string passed to {}.__format__", self.type_name_of(other))))
            }
        }
    }
}

#[allow(dead_code)]
fn unused(_: Rc<PyClass>) {}
