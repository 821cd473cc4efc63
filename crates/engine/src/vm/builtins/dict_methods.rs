//! `dict`: its constructor and methods.

use super::dunders::is_dict;
use super::{clinic, method, noargs, recv};
use crate::builtin;
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult, type_error};
use crate::vm::object::function::{Args, BuiltinFn, BuiltinKind};
use crate::vm::object::special::{SpecialKind, ViewKind};
use crate::vm::object::{PyDict, PyTuple, Special};
use crate::vm::value::Value;
use std::rc::Rc;

builtin!(DICT_NEW, "dict", "", Function, dict_new);

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", args.pos.len())));
    }
    let d = Value::Dict(PyDict::new());
    if let Some(src) = args.pos.first() {
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(&d, Value::str(&**k), v.clone())?;
    }
    Ok(d)
}

pub static METHODS: &[BuiltinFn] = &[
    method("dict", "get", get),
    method("dict", "keys", keys),
    method("dict", "values", values),
    method("dict", "items", items),
    method("dict", "pop", pop),
    method("dict", "popitem", popitem),
    method("dict", "setdefault", setdefault),
    method("dict", "update", update),
    method("dict", "__init__", update),
    method("dict", "copy", copy),
    method("dict", "clear", clear),
    BuiltinFn { name: "fromkeys", owner: "dict", kind: BuiltinKind::ClassMethod, call: fromkeys },
];

/// The dict a method was called on (CPython's descriptor checks).
fn d<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyDict>> {
    match recv(vm, args, "dict", name, is_dict)? {
        Value::Dict(d) => Ok(d),
        _ => Err(type_error("dict expected")),
    }
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dict = d(vm, &args, "get")?.clone();
    let rest = clinic(&args, "dict", "get", 1, 2)?;
    Ok(vm.dict_get(&dict, &rest[0])?.unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

fn view(vm: &Vm, args: &Args, name: &str, kind: ViewKind) -> PyResult<Value> {
    let dict = d(vm, args, name)?.clone();
    noargs(args, "dict", name)?;
    Ok(Value::Special(Special::new(SpecialKind::DictView { dict, kind })))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, &args, "keys", ViewKind::Keys)
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, &args, "values", ViewKind::Values)
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, &args, "items", ViewKind::Items)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dict = d(vm, &args, "pop")?.clone();
    let rest = clinic(&args, "dict", "pop", 1, 2)?;
    // An empty dict answers without hashing the key (CPython's shortcut).
    let found = if dict.is_empty() { None } else { vm.dict_find(&dict, &rest[0])? };
    match found {
        Some(i) => Ok(dict.remove_at(i).map(|(_, v)| v).unwrap_or(Value::None)),
        None => match rest.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::exc(vm.new_exception(ExcKind::KeyError, vec![rest[0].clone()]))),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dict = d(vm, &args, "popitem")?;
    noargs(&args, "dict", "popitem")?;
    match dict.last_index().and_then(|i| dict.remove_at(i)) {
        Some((k, v)) => Ok(Value::Tuple(PyTuple::new(vec![k, v]))),
        None => Err(PyErr::new(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dict = d(vm, &args, "setdefault")?.clone();
    let rest = clinic(&args, "dict", "setdefault", 1, 2)?;
    if let Some(v) = vm.dict_get(&dict, &rest[0])? {
        return Ok(v);
    }
    let default = rest.get(1).cloned().unwrap_or(Value::None);
    vm.dict_insert(&dict, rest[0].clone(), default.clone())?;
    Ok(default)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = Value::Dict(d(vm, &args, "update")?.clone());
    let rest = args.pos.get(1..).unwrap_or(&[]);
    super::check_positional("update", rest.len(), 0, 1)?;
    if let Some(src) = rest.first() {
        vm.dict_update_from(&me, src)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(&me, Value::str(&**k), v.clone())?;
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let src = d(vm, &args, "copy")?;
    noargs(&args, "dict", "copy")?;
    let out = PyDict::new();
    for e in src.raw_entries() {
        out.insert_new(e.hash, e.key, e.value);
    }
    Ok(Value::Dict(out))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dict = d(vm, &args, "clear")?;
    noargs(&args, "dict", "clear")?;
    dict.clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = clinic(&args, "dict", "fromkeys", 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let out = PyDict::new();
    let it = vm.get_iter(&rest[0])?;
    while let Some(k) = vm.next(&it)? {
        vm.dict_insert(&out, k, value.clone())?;
    }
    Ok(Value::Dict(out))
}
