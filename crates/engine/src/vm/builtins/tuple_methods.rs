//! `tuple`, `range` and `slice`: constructors and methods.

use super::dunders::{is_range, is_tuple};
use super::{clinic, method, onearg, recv};
use crate::builtin;
use crate::vm::Vm;
use crate::vm::error::{PyErr, PyResult, not_supported, type_error, value_error};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::range::{int_value, range_int};
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

/// A bound of `range(...)`: an int (or `__index__`), within the supported limits.
fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    let v = vm.index_of(v)?;
    match range_int(&v) {
        Some(Ok(i)) => Ok(i),
        _ => Err(not_supported("a range bound beyond ±2**125")),
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

pub static METHODS: &[BuiltinFn] = &[method("tuple", "index", index), method("tuple", "count", count)];

pub static RANGE_METHODS: &[BuiltinFn] =
    &[method("range", "index", range_index), method("range", "count", range_count)];

pub static SLICE_METHODS: &[BuiltinFn] = &[method("slice", "indices", slice_indices)];

/// The `start`/`stop` of `list.index` and `tuple.index`: clamped into `0..=len`.
pub fn index_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let norm = |v: i64| if v < 0 { (v.saturating_add(n)).max(0) } else { v.min(n) } as usize;
    let start = match rest.get(1) {
        Some(v) => norm(seq_bound(vm, v)?),
        None => 0,
    };
    let end = match rest.get(2) {
        Some(v) => norm(seq_bound(vm, v)?),
        None => len,
    };
    Ok((start, end))
}

/// A bound given to `index`: an int (clamped when huge) or `__index__`.
pub fn seq_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.v.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
        Value::Instance(_) => match vm.index_of(v) {
            Ok(Value::Int(i)) => Ok(i),
            Ok(Value::BigInt(b)) => Ok(if b.v.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX }),
            _ => Err(type_error("slice indices must be integers or have an __index__ method")),
        },
        _ => Err(type_error("slice indices must be integers or have an __index__ method")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "tuple", "index", is_tuple)?.clone();
    let rest = clinic(&args, "tuple", "index", 1, 3)?;
    let Value::Tuple(t) = &me else { return Err(type_error("tuple expected")) };
    let (start, end) = index_bounds(vm, rest, t.len())?;
    for (i, v) in t.items().iter().enumerate().take(end).skip(start) {
        if vm.same_or_eq(v, &rest[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "tuple", "count", is_tuple)?.clone();
    let x = onearg(&args, "tuple", "count")?;
    let Value::Tuple(t) = &me else { return Err(type_error("tuple expected")) };
    let mut n = 0;
    for v in t.items() {
        if vm.same_or_eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "range", "index", is_range)?.clone();
    let x = onearg(&args, "range", "index")?.clone();
    let Value::Range(r) = &me else { return Err(type_error("range expected")) };
    match range_int(&x) {
        Some(Ok(i)) => match r.index_of(i) {
            Some(k) => Ok(int_value(k)),
            None => Err(value_error(format!("{} is not in range", vm.repr(&x)?))),
        },
        Some(Err(())) => Err(value_error(format!("{} is not in range", vm.repr(&x)?))),
        None => {
            // Any other value: compared with each item, as CPython's generic search.
            let it = vm.get_iter(&me)?;
            let mut k: i128 = 0;
            while let Some(v) = vm.next(&it)? {
                if vm.eq(&v, &x)? {
                    return Ok(int_value(k));
                }
                k += 1;
            }
            Err(value_error("sequence.index(x): x not in sequence"))
        }
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "range", "count", is_range)?.clone();
    let x = onearg(&args, "range", "count")?.clone();
    let Value::Range(r) = &me else { return Err(type_error("range expected")) };
    match range_int(&x) {
        Some(Ok(i)) => Ok(Value::Int(r.contains(i) as i64)),
        Some(Err(())) => Ok(Value::Int(0)),
        None => {
            let it = vm.get_iter(&me)?;
            let mut n: i64 = 0;
            while let Some(v) = vm.next(&it)? {
                if vm.eq(&v, &x)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
    }
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "slice", "indices", |v| matches!(v, Value::Slice(_)))?.clone();
    let n = onearg(&args, "slice", "indices")?.clone();
    let Value::Slice(s) = &me else { return Err(type_error("slice expected")) };
    let n = vm.index_of(&n)?;
    let n = match n {
        Value::Int(i) => i,
        _ => {
            return Err(PyErr::new(
                crate::vm::error::ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ));
        }
    };
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let idx = vm.slice_indices(s, n as usize)?;
    Ok(Value::Tuple(PyTuple::new(vec![Value::Int(idx.start), Value::Int(idx.stop), Value::Int(idx.step)])))
}
