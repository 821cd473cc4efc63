//! `tuple`, `range` and `slice`: constructors and methods.

use super::{arity, int_arg, method, this};
use crate::builtin;
use crate::vm::Vm;
use crate::vm::error::{PyResult, type_error, value_error};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::{PyRange, PySlice, PyTuple};
use crate::vm::value::Value;

builtin!(TUPLE_NEW, "tuple", "", Function, tuple_new);
builtin!(RANGE_NEW, "range", "", Function, range_new);
builtin!(SLICE_NEW, "slice", "", Function, slice_new);

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("tuple", &args)?;
    if args.pos.len() > 1 {
        return Err(type_error(format!("tuple expected at most 1 argument, got {}", args.pos.len())));
    }
    match args.pos.first() {
        None => Ok(Value::Tuple(PyTuple::empty())),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::Tuple(PyTuple::new(vm.collect(v)?))),
    }
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(crate::vm::error::not_supported("a range beyond 64-bit ints")),
        Value::Instance(_) => match vm.call_dunder(v, "__index__", &[])? {
            Some(Value::Int(i)) => Ok(i),
            _ => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name_of(v)))),
        },
        other => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name_of(other)))),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("range", &args)?;
    let (start, stop, step) = match args.pos {
        [stop] => (0, range_arg(vm, stop)?, 1),
        [start, stop] => (range_arg(vm, start)?, range_arg(vm, stop)?, 1),
        [start, stop, step] => (range_arg(vm, start)?, range_arg(vm, stop)?, range_arg(vm, step)?),
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        more => return Err(type_error(format!("range expected at most 3 arguments, got {}", more.len()))),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(PyRange::new(start, stop, step)))
}

fn slice_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("slice", &args)?;
    let (a, b, c) = match args.pos {
        [stop] => (Value::None, stop.clone(), Value::None),
        [a, b] => (a.clone(), b.clone(), Value::None),
        [a, b, c] => (a.clone(), b.clone(), c.clone()),
        [] => return Err(type_error("slice expected at least 1 argument, got 0")),
        more => return Err(type_error(format!("slice expected at most 3 arguments, got {}", more.len()))),
    };
    Ok(Value::Slice(PySlice::new(a, b, c)))
}

pub static METHODS: &[BuiltinFn] = &[
    method("tuple", "index", index),
    method("tuple", "count", count),
    method("tuple", "__len__", dunder_len),
    method("tuple", "__getitem__", dunder_getitem),
];

pub static RANGE_METHODS: &[BuiltinFn] = &[method("range", "index", index), method("range", "count", count)];

pub static SLICE_METHODS: &[BuiltinFn] = &[method("slice", "indices", slice_indices)];

fn items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.items().to_vec()),
        other => vm.collect(other),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("index", &args, 2, 4)?;
    let me = this(&args).clone();
    if let (Value::Range(r), Some(x)) = (&me, args.pos[1].as_i64())
        && args.pos.len() == 2
    {
        if r.contains(x) {
            return Ok(Value::Int(((x as i128 - r.start as i128) / r.step as i128) as i64));
        }
        return Err(value_error(format!("{x} is not in range")));
    }
    let all = items(vm, &me)?;
    let n = all.len() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) } as usize;
    let start = match args.pos.get(2) {
        Some(v) => norm(int_arg(vm, v)?),
        None => 0,
    };
    let end = match args.pos.get(3) {
        Some(v) => norm(int_arg(vm, v)?),
        None => n as usize,
    };
    for (i, v) in all.iter().enumerate().take(end).skip(start) {
        if v.is(&args.pos[1]) || vm.eq(v, &args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    if matches!(me, Value::Range(_)) {
        let r = vm.repr(&args.pos[1])?;
        return Err(value_error(format!("{r} is not in range")));
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("count", &args, 2, 2)?;
    let me = this(&args).clone();
    if let (Value::Range(r), Some(x)) = (&me, args.pos[1].as_i64()) {
        return Ok(Value::Int(r.contains(x) as i64));
    }
    let all = items(vm, &me)?;
    let mut n = 0;
    for v in &all {
        if v.is(&args.pos[1]) || vm.eq(v, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(&args).clone();
    Ok(Value::Int(vm.len(&me)? as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__getitem__", &args, 2, 2)?;
    let me = this(&args).clone();
    vm.get_item(&me, &args.pos[1])
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("indices", &args, 2, 2)?;
    let Value::Slice(s) = this(&args) else { return Err(type_error("indices() needs a slice")) };
    let n = int_arg(vm, &args.pos[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let idx = vm.slice_indices(s, n as usize)?;
    Ok(Value::Tuple(PyTuple::new(vec![Value::Int(idx.start), Value::Int(idx.stop), Value::Int(idx.step)])))
}
