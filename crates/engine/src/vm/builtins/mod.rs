//! Python's builtins: the functions (`print`, `len`, `sorted`...), the types (as classes
//! with their methods and constructors) and the exception classes.

pub mod cpython_names;
pub mod dict_methods;
pub mod dunders;
pub mod exception_types;
pub mod functions;
pub mod list_methods;
pub mod methods;
pub mod number_methods;
pub mod object_methods;
pub mod set_methods;
pub mod str_methods;
pub mod tuple_methods;
pub mod unicode;
pub mod unicode_db;

use super::Vm;
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
    for name in methods::ITERATOR_BUILTINS {
        if let Some(c) = types.named(name) {
            t.insert(name, Value::Class(c.clone()));
        }
    }
    for &kind in ExcKind::ALL {
        t.insert(kind.name(), Value::Class(types.exc(kind).clone()));
    }
    t.insert("EnvironmentError", Value::Class(types.exc(ExcKind::OSError).clone()));
    t.insert("IOError", Value::Class(types.exc(ExcKind::OSError).clone()));
    t.insert("NotImplemented", Value::NotImplemented);
    t.insert("Ellipsis", Value::Ellipsis);
    // Always true: CPython runs without -O here (`assert` statements run too).
    t.insert("__debug__", Value::Bool(true));
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

/// An int argument (bools and `__index__` count), with CPython's messages.
pub fn int_arg(vm: &mut super::Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(super::error::overflow_error("Python int too large to convert to C ssize_t")),
        other => match vm.index_of(other)? {
            Value::Int(i) => Ok(i),
            _ => Err(super::error::overflow_error("Python int too large to convert to C ssize_t")),
        },
    }
}

// ------------------------------------------------- CPython's checks of method calls

/// The `self` of a method of a builtin type, checked as CPython's method descriptors
/// check it: `unbound method str.upper() needs an argument`, `descriptor 'upper' for
/// 'str' objects doesn't apply to a 'int' object`.
pub fn recv<'a>(vm: &Vm, args: &Args<'a>, owner: &str, name: &str, ok: fn(&Value) -> bool) -> PyResult<&'a Value> {
    match args.pos.first() {
        None => Err(type_error(format!("unbound method {owner}.{name}() needs an argument"))),
        Some(v) if ok(v) => Ok(v),
        Some(v) => Err(type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name_of(v)
        ))),
    }
}

/// The `self` of a slot wrapper (`int.__add__`), checked with CPython's messages for
/// wrappers.
pub fn recv_slot<'a>(vm: &Vm, args: &Args<'a>, owner: &str, name: &str, ok: fn(&Value) -> bool) -> PyResult<&'a Value> {
    match args.pos.first() {
        None => Err(type_error(format!("descriptor '{name}' of '{owner}' object needs an argument"))),
        Some(v) if ok(v) => Ok(v),
        Some(v) => Err(type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name_of(v)
        ))),
    }
}

/// A slot wrapper's arguments after `self`: exactly `n`, no keywords.
pub fn slot_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let given = args.pos.len().saturating_sub(1);
    if given != n {
        return Err(type_error(format!("expected {n} argument{}, got {given}", if n == 1 { "" } else { "s" })));
    }
    Ok(&args.pos[1..])
}

/// A `METH_NOARGS` method (`str.upper`): `str.upper() takes no arguments (1 given)`.
/// (The names are only formatted for an error: these checks run on every call.)
pub fn noargs(args: &Args, owner: &str, name: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let given = args.pos.len().saturating_sub(1);
    if given != 0 {
        return Err(type_error(format!("{owner}.{name}() takes no arguments ({given} given)")));
    }
    Ok(())
}

/// A `METH_O` method (`list.append`): its one argument.
pub fn onearg<'a>(args: &Args<'a>, owner: &str, name: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let given = args.pos.len().saturating_sub(1);
    if given != 1 {
        return Err(type_error(format!("{owner}.{name}() takes exactly one argument ({given} given)")));
    }
    Ok(&args.pos[1])
}

/// A method with positional-only parameters checked by Argument Clinic
/// (`dict.get`): `get expected at least 1 argument, got 0`. Returns the arguments
/// after `self`.
pub fn clinic<'a>(args: &Args<'a>, owner: &str, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    let rest = args.pos.get(1..).unwrap_or(&[]);
    check_positional(name, rest.len(), min, max)?;
    Ok(rest)
}

/// CPython's `_PyArg_CheckPositional`.
pub fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(type_error(if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        }));
    }
    if n > max {
        return Err(type_error(if min == max {
            format!("{name} expected {max} argument{}, got {n}", plural(max))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", plural(max))
        }));
    }
    Ok(())
}

/// A method parsed by `PyArg_ParseTuple` (`str.count`): `count() takes at least 1
/// argument (0 given)`. Returns the arguments after `self`.
pub fn parse_tuple<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = args.pos.get(1..).unwrap_or(&[]);
    let n = rest.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(type_error(format!("{name}() takes {how} {k} argument{} ({n} given)", plural(k))));
    }
    Ok(rest)
}

/// Keyword-capable parameters (Argument Clinic's `_PyArg_UnpackKeywords`): the values of
/// `names` in order (`None` when not given), with CPython's messages.
pub fn unpack_kw<'a>(
    args: &Args<'a>,
    skip: usize,
    fname: &str,
    names: &[&str],
    posonly: usize,
    min: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.pos.get(skip..).unwrap_or(&[]);
    let max = names.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if pos.len() > max {
        let total = pos.len() + args.kwnames.len();
        let _ = total;
        return Err(type_error(if max == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!("{fname}() takes at most {max} argument{} ({} given)", plural(max), pos.len() + args.kwnames.len())
        }));
    }
    let mut out: Vec<Option<&Value>> = vec![None; max];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == &**k) {
            Some(i) if i >= posonly => {
                if out[i].is_some() {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v);
            }
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for {fname}()"))),
        }
    }
    for (i, slot) in out.iter().enumerate().take(min) {
        if slot.is_none() {
            return Err(type_error(if i < posonly {
                format!("{fname}() takes at least {min} positional argument{} ({} given)", plural(min), pos.len())
            } else {
                format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)
            }));
        }
    }
    Ok(out)
}

/// A type's name as Argument Clinic's messages give it (`None` for None).
pub fn arg_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() { "None".to_string() } else { vm.type_name_of(v) }
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
