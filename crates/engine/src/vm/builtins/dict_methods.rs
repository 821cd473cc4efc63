//! `dict`: its constructor and methods.

use super::{arity, method, this};
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
        vm.dict_update(&d, src, None)?;
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
    method("dict", "copy", copy),
    method("dict", "clear", clear),
    BuiltinFn { name: "fromkeys", owner: "dict", kind: BuiltinKind::ClassMethod, call: fromkeys },
    method("dict", "__len__", dunder_len),
    method("dict", "__getitem__", dunder_getitem),
    method("dict", "__setitem__", dunder_setitem),
    method("dict", "__contains__", dunder_contains),
];

fn d<'a>(args: &Args<'a>) -> PyResult<&'a Rc<PyDict>> {
    match this(args) {
        Value::Dict(d) => Ok(d),
        other => Err(type_error(format!("descriptor requires a 'dict' object but received a '{}'", other.type_name()))),
    }
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("get", &args, 2, 3)?;
    let dict = d(&args)?.clone();
    Ok(vm.dict_get(&dict, &args.pos[1])?.unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn view(args: &Args, kind: ViewKind) -> PyResult<Value> {
    Ok(Value::Special(Special::new(SpecialKind::DictView { dict: d(args)?.clone(), kind })))
}

fn keys(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("keys", &args, 1, 1)?;
    view(&args, ViewKind::Keys)
}

fn values(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("values", &args, 1, 1)?;
    view(&args, ViewKind::Values)
}

fn items(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("items", &args, 1, 1)?;
    view(&args, ViewKind::Items)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("pop", &args, 2, 3)?;
    let dict = d(&args)?.clone();
    match vm.dict_find(&dict, &args.pos[1])? {
        Some(i) => Ok(dict.remove_at(i).map(|(_, v)| v).unwrap_or(Value::None)),
        None => match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::exc(vm.new_exception(ExcKind::KeyError, vec![args.pos[1].clone()]))),
        },
    }
}

fn popitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("popitem", &args, 1, 1)?;
    let dict = d(&args)?;
    match dict.last_index().and_then(|i| dict.remove_at(i)) {
        Some((k, v)) => Ok(Value::Tuple(PyTuple::new(vec![k, v]))),
        None => Err(PyErr::new(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("setdefault", &args, 2, 3)?;
    let dict = d(&args)?.clone();
    if let Some(v) = vm.dict_get(&dict, &args.pos[1])? {
        return Ok(v);
    }
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    vm.dict_insert(&dict, args.pos[1].clone(), default.clone())?;
    Ok(default)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(type_error(format!("update expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let me = this(&args).clone();
    if let Some(src) = args.pos.get(1) {
        vm.dict_update(&me, src, None)?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(&me, Value::str(&**k), v.clone())?;
    }
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("copy", &args, 1, 1)?;
    let src = d(&args)?;
    let out = PyDict::new();
    for e in src.raw_entries() {
        out.insert_new(e.hash, e.key, e.value);
    }
    Ok(Value::Dict(out))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("clear", &args, 1, 1)?;
    d(&args)?.clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("fromkeys", &args, 2, 3)?;
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    let out = PyDict::new();
    for k in vm.collect(&args.pos[1])? {
        vm.dict_insert(&out, k, value.clone())?;
    }
    Ok(Value::Dict(out))
}

fn dunder_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(d(&args)?.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__getitem__", &args, 2, 2)?;
    let me = this(&args).clone();
    vm.get_item(&me, &args.pos[1])
}

fn dunder_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__setitem__", &args, 3, 3)?;
    let me = this(&args).clone();
    vm.dict_set(&me, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__contains__", &args, 2, 2)?;
    let dict = d(&args)?.clone();
    Ok(Value::Bool(vm.dict_find(&dict, &args.pos[1])?.is_some()))
}
