//! `set` and `frozenset`: constructors and methods.

use super::dunders::is_anyset;
use super::{method, noargs, onearg, recv, this};
use crate::builtin;
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
    method("set", "__init__", set_init),
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
];

/// The set a method was called on, and its type name (`set` or `frozenset`).
fn s<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Rc<PySet>, &'static str)> {
    let owner = if matches!(args.pos.first(), Some(Value::FrozenSet(_))) { "frozenset" } else { "set" };
    match recv(vm, args, owner, name, is_anyset)? {
        Value::Set(s) => Ok((s, "set")),
        Value::FrozenSet(s) => Ok((s, "frozenset")),
        _ => Err(type_error("set expected")),
    }
}

/// A `METH_O` set method: the set, its one argument.
fn s1<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Rc<PySet>, &'a Value)> {
    let (set, owner) = s(vm, args, name)?;
    Ok((set, onearg(args, owner, name)?))
}

/// A `METH_NOARGS` set method: the set.
fn s0<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PySet>> {
    let (set, owner) = s(vm, args, name)?;
    noargs(args, owner, name)?;
    Ok(set)
}

/// A `METH_VARARGS` set method: the set, the other arguments.
fn sn<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Rc<PySet>, &'a [Value])> {
    let (set, owner) = s(vm, args, name)?;
    if args.has_kwargs() {
        return Err(type_error(format!("{owner}.{name}() takes no keyword arguments")));
    }
    Ok((set, &args.pos[1..]))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, x) = s1(vm, &args, "add")?;
    vm.set_add_to(set, x.clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, x) = s1(vm, &args, "remove")?;
    if !vm.set_discard(set, x)? {
        return Err(PyErr::exc(vm.new_exception(ExcKind::KeyError, vec![x.clone()])));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, x) = s1(vm, &args, "discard")?;
    vm.set_discard(set, x)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s0(vm, &args, "pop")?.pop().ok_or_else(|| PyErr::new(ExcKind::KeyError, "pop from an empty set"))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s0(vm, &args, "clear")?.clear();
    Ok(Value::None)
}

fn same_kind(me: &Value, r: Rc<PySet>) -> Value {
    if matches!(me, Value::FrozenSet(_)) { Value::FrozenSet(r) } else { Value::Set(r) }
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let set = s0(vm, &args, "copy")?;
    let me = this(&args).clone();
    if matches!(me, Value::FrozenSet(_)) {
        return Ok(me);
    }
    let r = vm.set_copy(set)?;
    Ok(same_kind(&me, r))
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, others) = sn(vm, &args, "update")?;
    for other in others {
        vm.set_update_from(set, other)?;
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: what a subclass's instance starts as.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, others) = sn(vm, &args, "__init__")?;
    if others.len() > 1 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", others.len())));
    }
    set.clear();
    for other in others {
        vm.set_update_from(set, other)?;
    }
    Ok(Value::None)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, others) = sn(vm, &args, "union")?;
    let r = vm.set_copy(set)?;
    for other in others {
        vm.set_update_from(&r, other)?;
    }
    Ok(same_kind(this(&args), r))
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, others) = sn(vm, &args, "intersection")?;
    let mut r = vm.set_copy(set)?;
    if others.len() == 1 {
        r = vm.set_intersection(set, &others[0])?;
    } else {
        for other in others {
            r = vm.set_intersection(&r, other)?;
        }
    }
    Ok(same_kind(this(&args), r))
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, others) = sn(vm, &args, "difference")?;
    let mut r = vm.set_copy(set)?;
    if others.len() == 1 {
        r = vm.set_difference(set, &others[0])?;
    } else {
        for other in others {
            vm.set_difference_update(&r, other)?;
        }
    }
    Ok(same_kind(this(&args), r))
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, other) = s1(vm, &args, "symmetric_difference")?;
    let r = vm.set_symmetric_difference(set, other)?;
    Ok(same_kind(this(&args), r))
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, others) = sn(vm, &args, "intersection_update")?;
    let mut r = vm.set_copy(set)?;
    for other in others {
        r = vm.set_intersection(&r, other)?;
    }
    vm.set_replace(set, &r);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, others) = sn(vm, &args, "difference_update")?;
    for other in others {
        vm.set_difference_update(set, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, other) = s1(vm, &args, "symmetric_difference_update")?;
    vm.set_symmetric_difference_update(set, other)?;
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
    let (set, other) = s1(vm, &args, "issubset")?;
    let other = as_set(vm, other)?;
    Ok(Value::Bool(vm.set_is_subset(set, &other)?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, other) = s1(vm, &args, "issuperset")?;
    let other = as_set(vm, other)?;
    Ok(Value::Bool(vm.set_is_subset(&other, set)?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (set, other) = s1(vm, &args, "isdisjoint")?;
    let r = vm.set_intersection(set, other)?;
    Ok(Value::Bool(r.is_empty()))
}
