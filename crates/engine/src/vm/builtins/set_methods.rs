//! `set` and `frozenset`: constructors and methods.

use super::{arity, method, this};
use crate::builtin;
use crate::syntax::ast::BinOp;
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult, type_error};
use crate::vm::object::PySet;
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::value::Value;
use std::rc::Rc;

builtin!(SET_NEW, "set", "", Function, set_new);
builtin!(FROZENSET_NEW, "frozenset", "", Function, frozenset_new);

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("set", &args)?;
    if args.pos.len() > 1 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", args.pos.len())));
    }
    let s = PySet::new();
    if let Some(src) = args.pos.first() {
        vm.set_update_from(&s, src)?;
    }
    Ok(Value::Set(s))
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("frozenset", &args)?;
    if args.pos.len() > 1 {
        return Err(type_error(format!("frozenset expected at most 1 argument, got {}", args.pos.len())));
    }
    if let Some(v @ Value::FrozenSet(_)) = args.pos.first() {
        return Ok(v.clone());
    }
    let s = PySet::new();
    if let Some(src) = args.pos.first() {
        vm.set_update_from(&s, src)?;
    }
    Ok(Value::FrozenSet(s))
}

pub static SET_METHODS: &[BuiltinFn] = &[
    method("set", "add", add),
    method("set", "remove", remove),
    method("set", "discard", discard),
    method("set", "pop", pop),
    method("set", "clear", clear),
    method("set", "copy", copy),
    method("set", "update", update),
    method("set", "union", union),
    method("set", "intersection", intersection),
    method("set", "difference", difference),
    method("set", "symmetric_difference", symmetric_difference),
    method("set", "intersection_update", intersection_update),
    method("set", "difference_update", difference_update),
    method("set", "symmetric_difference_update", symmetric_difference_update),
    method("set", "issubset", issubset),
    method("set", "issuperset", issuperset),
    method("set", "isdisjoint", isdisjoint),
    method("set", "__len__", dunder_len),
    method("set", "__contains__", dunder_contains),
];

pub static FROZENSET_METHODS: &[BuiltinFn] = &[
    method("frozenset", "copy", copy),
    method("frozenset", "union", union),
    method("frozenset", "intersection", intersection),
    method("frozenset", "difference", difference),
    method("frozenset", "symmetric_difference", symmetric_difference),
    method("frozenset", "issubset", issubset),
    method("frozenset", "issuperset", issuperset),
    method("frozenset", "isdisjoint", isdisjoint),
    method("frozenset", "__len__", dunder_len),
    method("frozenset", "__contains__", dunder_contains),
];

fn s<'a>(args: &Args<'a>) -> PyResult<&'a Rc<PySet>> {
    match this(args) {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s),
        other => Err(type_error(format!("descriptor requires a 'set' object but received a '{}'", other.type_name()))),
    }
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("add", &args, 2, 2)?;
    let set = s(&args)?.clone();
    vm.set_add_to(&set, args.pos[1].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("remove", &args, 2, 2)?;
    let set = s(&args)?.clone();
    if !vm.set_discard(&set, &args.pos[1])? {
        return Err(PyErr::exc(vm.new_exception(ExcKind::KeyError, vec![args.pos[1].clone()])));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("discard", &args, 2, 2)?;
    let set = s(&args)?.clone();
    vm.set_discard(&set, &args.pos[1])?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("pop", &args, 1, 1)?;
    s(&args)?.pop().ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("clear", &args, 1, 1)?;
    s(&args)?.clear();
    Ok(Value::None)
}

fn same_kind(me: &Value, r: Rc<PySet>) -> Value {
    if matches!(me, Value::FrozenSet(_)) { Value::FrozenSet(r) } else { Value::Set(r) }
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("copy", &args, 1, 1)?;
    let me = this(&args).clone();
    if matches!(me, Value::FrozenSet(_)) {
        return Ok(me);
    }
    let r = vm.set_copy(s(&args)?)?;
    Ok(same_kind(&me, r))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let set = s(&args)?.clone();
    for other in &args.pos[1..] {
        vm.set_update_from(&set, other)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args).clone();
    let r = vm.set_copy(s(&args)?)?;
    for other in &args.pos[1..] {
        vm.set_update_from(&r, other)?;
    }
    Ok(same_kind(&me, r))
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args).clone();
    let mut r = vm.set_copy(s(&args)?)?;
    if args.pos.len() == 2 {
        r = vm.set_intersection(s(&args)?, &args.pos[1])?;
    } else {
        for other in &args.pos[1..] {
            r = vm.set_intersection(&r, other)?;
        }
    }
    Ok(same_kind(&me, r))
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args).clone();
    let mut r = vm.set_copy(s(&args)?)?;
    if args.pos.len() == 2 {
        r = vm.set_difference(s(&args)?, &args.pos[1])?;
    } else {
        for other in &args.pos[1..] {
            vm.set_difference_update(&r, other)?;
        }
    }
    Ok(same_kind(&me, r))
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("symmetric_difference", &args, 2, 2)?;
    let me = this(&args).clone();
    let r = vm.set_symmetric_difference(s(&args)?, &args.pos[1])?;
    Ok(same_kind(&me, r))
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let set = s(&args)?.clone();
    let mut r = vm.set_copy(&set)?;
    for other in &args.pos[1..] {
        r = vm.set_intersection(&r, other)?;
    }
    vm.set_replace(&set, &r);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let set = s(&args)?.clone();
    for other in &args.pos[1..] {
        vm.set_difference_update(&set, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("symmetric_difference_update", &args, 2, 2)?;
    let set = s(&args)?.clone();
    vm.set_symmetric_difference_update(&set, &args.pos[1])?;
    Ok(Value::None)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        other => {
            let s = PySet::new();
            vm.set_update_from(&s, other)?;
            Ok(s)
        }
    }
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("issubset", &args, 2, 2)?;
    let other = as_set(vm, &args.pos[1])?;
    Ok(Value::Bool(vm.set_is_subset(s(&args)?, &other)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("issuperset", &args, 2, 2)?;
    let other = as_set(vm, &args.pos[1])?;
    Ok(Value::Bool(vm.set_is_subset(&other, s(&args)?)?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("isdisjoint", &args, 2, 2)?;
    let me = s(&args)?.clone();
    let r = vm.set_intersection(&me, &args.pos[1])?;
    Ok(Value::Bool(r.is_empty()))
}

fn dunder_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(s(&args)?.len() as i64))
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__contains__", &args, 2, 2)?;
    let set = s(&args)?.clone();
    Ok(Value::Bool(vm.set_contains(&set, &args.pos[1])?))
}

#[allow(dead_code)]
fn unused(_: BinOp) {}
