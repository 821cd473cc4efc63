//! Python's builtins: the functions (`print`, `len`, `sorted`...), the types (as classes
//! with their methods and constructors) and the exception classes.

pub mod cpython_names;
pub mod dict_methods;
pub mod functions;
pub mod list_methods;
pub mod methods;
pub mod number_methods;
pub mod object_methods;
pub mod set_methods;
pub mod str_methods;
pub mod tuple_methods;

use super::error::{ExcKind, PyErr, PyResult, type_error};
use super::object::class::TypeId;
use super::object::function::Args;
use super::types::Types;
use super::value::Value;
use std::collections::HashMap;

/// Builtins the compiler refers to by index (`LoadBuiltin`), whatever the program binds
/// to their names.
pub const FIXED_BUILTINS: &[&str] = &["AssertionError", "__build_class__"];

/// Every builtin name and its value.
pub fn table(types: &Types) -> HashMap<&'static str, Value> {
    let mut t: HashMap<&'static str, Value> = HashMap::new();
    for f in functions::FUNCTIONS {
        t.insert(f.name, Value::Builtin(f));
    }
    for (id, name) in [
        (TypeId::Type, "type"),
        (TypeId::Bool, "bool"),
        (TypeId::Int, "int"),
        (TypeId::Float, "float"),
        (TypeId::Str, "str"),
        (TypeId::Tuple, "tuple"),
        (TypeId::List, "list"),
        (TypeId::Dict, "dict"),
        (TypeId::Set, "set"),
        (TypeId::FrozenSet, "frozenset"),
        (TypeId::Range, "range"),
        (TypeId::Slice, "slice"),
        (TypeId::Property, "property"),
        (TypeId::StaticMethod, "staticmethod"),
        (TypeId::ClassMethod, "classmethod"),
        (TypeId::Super, "super"),
    ] {
        t.insert(name, Value::Class(types.get(id).clone()));
    }
    t.insert("object", Value::Class(types.object.clone()));
    for &kind in ExcKind::ALL {
        t.insert(kind.name(), Value::Class(types.exc(kind).clone()));
    }
    t.insert("EnvironmentError", Value::Class(types.exc(ExcKind::OSError).clone()));
    t.insert("IOError", Value::Class(types.exc(ExcKind::OSError).clone()));
    t.insert("NotImplemented", Value::NotImplemented);
    t.insert("Ellipsis", Value::Ellipsis);
    t.insert("__name__", Value::str("builtins"));
    t
}

/// `ascii(s)` of a repr: non-ASCII characters escaped.
pub fn ascii_of(repr: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            let _ = write!(out, "\\x{n:02x}");
        } else if n <= 0xffff {
            let _ = write!(out, "\\u{n:04x}");
        } else {
            let _ = write!(out, "\\U{n:08x}");
        }
    }
    out
}

// ---------------------------------------------------------------------- argument checks

/// No keyword arguments allowed: CPython's `f() takes no keyword arguments`.
pub fn no_kwargs(name: &str, args: &Args) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Between `min` and `max` positional arguments (no keywords), with CPython's messages
/// for the builtins (`len() takes exactly one argument (2 given)`...).
pub fn arity(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(name, args)?;
    let n = args.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(arity_error(name, n, min, max))
}

pub fn arity_error(name: &str, n: usize, min: usize, max: usize) -> PyErr {
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    type_error(msg)
}

/// The keyword arguments not in `allowed`: CPython's "unexpected keyword argument".
pub fn check_kwargs(name: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
    for k in args.kwnames {
        if !allowed.contains(&&**k) {
            return Err(type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
        }
    }
    Ok(())
}

/// A positional argument or its keyword form.
pub fn arg<'a>(args: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(i).or_else(|| args.kw(name))
}

/// The `self` of a method (its first argument).
pub fn this<'a>(args: &Args<'a>) -> &'a Value {
    args.pos.first().unwrap_or(&Value::None)
}

/// A method's arguments after `self`.
pub fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args { pos: args.pos.get(1..).unwrap_or(&[]), kwnames: args.kwnames, kwvalues: args.kwvalues }
}

/// An int argument (bools count), with CPython's message for other types.
pub fn int_arg(vm: &super::Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(super::error::overflow_error("Python int too large to convert to C ssize_t")),
        other => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name_of(other)))),
    }
}

/// Defines a static builtin function or method.
#[macro_export]
macro_rules! builtin {
    ($id:ident, $name:expr, $owner:expr, $kind:ident, $f:expr) => {
        pub static $id: $crate::vm::object::function::BuiltinFn = $crate::vm::object::function::BuiltinFn {
            name: $name,
            owner: $owner,
            kind: $crate::vm::object::function::BuiltinKind::$kind,
            call: $f,
        };
    };
}

/// A table entry of a builtin method.
pub const fn method(
    owner: &'static str,
    name: &'static str,
    call: super::object::function::BuiltinImpl,
) -> super::object::function::BuiltinFn {
    super::object::function::BuiltinFn { name, owner, kind: super::object::function::BuiltinKind::Method, call }
}

pub const fn function(
    name: &'static str,
    call: super::object::function::BuiltinImpl,
) -> super::object::function::BuiltinFn {
    super::object::function::BuiltinFn { name, owner: "", kind: super::object::function::BuiltinKind::Function, call }
}
