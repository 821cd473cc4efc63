//! The builtin functions.

use super::{arg, arity, check_kwargs, function, int_arg, no_kwargs};
use crate::syntax::ast::{BinOp, CmpOp, Name};
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult, not_supported, type_error, value_error};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::int::{self, from_big, to_big};
use crate::vm::object::iter::IterState;
use crate::vm::object::special::{SpecialKind, ViewKind};
use crate::vm::object::{PyIter, PyList, PyTuple};
use crate::vm::value::Value;
use num_traits::Signed;
use std::rc::Rc;

pub static FUNCTIONS: &[BuiltinFn] = &[
    function("print", print),
    function("len", len),
    function("repr", repr),
    function("ascii", ascii),
    function("abs", abs),
    function("round", round),
    function("divmod", divmod),
    function("pow", pow),
    function("min", min),
    function("max", max),
    function("sum", sum),
    function("any", any),
    function("all", all),
    function("sorted", sorted),
    function("reversed", reversed),
    function("enumerate", enumerate),
    function("zip", zip),
    function("map", map),
    function("filter", filter),
    function("isinstance", isinstance),
    function("issubclass", issubclass),
    function("callable", callable),
    function("getattr", getattr),
    function("setattr", setattr),
    function("hasattr", hasattr),
    function("delattr", delattr),
    function("iter", iter),
    function("next", next),
    function("chr", chr),
    function("ord", ord),
    function("hex", hex),
    function("bin", bin),
    function("oct", oct),
    function("hash", hash),
    function("id", id),
    function("format", format),
    function("vars", vars),
    function("dir", dir),
    function("aiter", aiter),
    function("anext", anext),
    function("__build_class__", build_class),
];

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("print", &args, &["sep", "end", "file", "flush"])?;
    let sep = match args.kw("sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => return Err(type_error(format!("sep must be None or a string, not {}", vm.type_name_of(other)))),
    };
    let end = match args.kw("end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => return Err(type_error(format!("end must be None or a string, not {}", vm.type_name_of(other)))),
    };
    if let Some(f) = args.kw("file")
        && !f.is_none()
    {
        return Err(not_supported("print(..., file=...)"));
    }
    let mut text = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.to_str(a)?);
        if text.len() > 10_000_000 {
            vm.reserve(text.len())?;
        }
    }
    text.push_str(&end);
    vm.print(text)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("repr", &args, 1, 1)?;
    Ok(Value::str(vm.repr(&args.pos[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("ascii", &args, 1, 1)?;
    Ok(Value::str(super::ascii_of(&vm.repr(&args.pos[0])?)))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("abs", &args, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Int(i) => {
            Ok(i.checked_abs().map(Value::Int).unwrap_or_else(|| from_big(num_bigint::BigInt::from(*i).abs())))
        }
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(from_big(b.v.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Instance(_) => match vm.call_dunder(v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => Err(type_error(format!("bad operand type for abs(): '{}'", vm.type_name_of(v)))),
        },
        other => Err(type_error(format!("bad operand type for abs(): '{}'", vm.type_name_of(other)))),
    }
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("round", &args, &["number", "ndigits"])?;
    let Some(x) = arg(&args, 0, "number") else {
        return Err(type_error("round() missing required argument 'number' (pos 1)"));
    };
    if args.pos.len() > 2 {
        return Err(type_error(format!("round() takes at most 2 arguments ({} given)", args.pos.len())));
    }
    let nd = arg(&args, 1, "ndigits").filter(|v| !v.is_none());
    match x {
        Value::Float(f) => match nd {
            None => {
                let r = f.round_ties_even();
                int::from_f64(r)
            }
            Some(n) => {
                let n = match n {
                    Value::BigInt(b) => {
                        if b.v.is_negative() {
                            -400
                        } else {
                            400
                        }
                    }
                    other => int_arg(vm, other)?,
                };
                Ok(Value::Float(crate::vm::format::round_float(*f, n)))
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let v = to_big(x).unwrap_or_default();
            match nd {
                None => Ok(from_big(v)),
                Some(n) => {
                    let n = int_arg(vm, n)?;
                    if n >= 0 {
                        return Ok(from_big(v));
                    }
                    // Round half to even at 10**-n.
                    let p =
                        num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), (n.unsigned_abs()).min(5000) as u32);
                    let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
                    let twice = &r * 2;
                    let up = twice > p || (twice == p && num_integer::Integer::is_odd(&q));
                    let q = if up { q + 1 } else { q };
                    Ok(from_big(q * p))
                }
            }
        }
        Value::Instance(_) => {
            let extra: Vec<Value> = nd.cloned().into_iter().collect();
            match vm.call_dunder(x, "__round__", &extra)? {
                Some(r) => Ok(r),
                None => Err(type_error(format!("type {} doesn't define __round__ method", vm.type_name_of(x)))),
            }
        }
        other => Err(type_error(format!("type {} doesn't define __round__ method", vm.type_name_of(other)))),
    }
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if let (
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
    ) = (a, b)
        && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)))
    {
        let x = crate::vm::ops::num_to_f64(a).unwrap_or(Ok(0.0))?;
        let y = crate::vm::ops::num_to_f64(b).unwrap_or(Ok(0.0))?;
        if y == 0.0 {
            return Err(crate::vm::error::zero_division("float divmod()"));
        }
        let q = crate::vm::ops::float_floordiv(x, y)?;
        let m = crate::vm::ops::float_mod(x, y)?;
        return Ok(Value::Tuple(PyTuple::new(vec![Value::Float(q), Value::Float(m)])));
    }
    if int::is_int(a) && int::is_int(b) {
        if matches!(b, Value::Int(0) | Value::Bool(false)) {
            return Err(crate::vm::error::zero_division("integer division or modulo by zero"));
        }
        let q = vm.binary(BinOp::FloorDiv, a, b)?;
        let m = vm.binary(BinOp::Mod, a, b)?;
        return Ok(Value::Tuple(PyTuple::new(vec![q, m])));
    }
    if let Some(r) = vm.call_dunder(a, "__divmod__", std::slice::from_ref(b))? {
        return Ok(r);
    }
    if let Some(r) = vm.call_dunder(b, "__rdivmod__", std::slice::from_ref(a))? {
        return Ok(r);
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name_of(a),
        vm.type_name_of(b)
    )))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("pow", &args, &["base", "exp", "mod"])?;
    let base = arg(&args, 0, "base").ok_or_else(|| type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = arg(&args, 1, "exp").ok_or_else(|| type_error("pow() missing required argument 'exp' (pos 2)"))?;
    match arg(&args, 2, "mod").filter(|m| !m.is_none()) {
        None => vm.binary(BinOp::Pow, base, exp),
        Some(m) => {
            let (Some(b), Some(e), Some(m)) = (to_big(base), to_big(exp), to_big(m)) else {
                if matches!(base, Value::Float(_)) || matches!(exp, Value::Float(_)) {
                    return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
                }
                return Err(type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    vm.type_name_of(base),
                    vm.type_name_of(exp),
                    vm.type_name_of(m)
                )));
            };
            int::pow_mod(&b, &e, &m)
        }
    }
}

/// `min`/`max`: the first extreme item.
fn extreme(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    super::unpack_kw(&Args { pos: &[], ..args }, 0, name, &["key", "default"], 0, 0)?;
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let default = args.kw("default").cloned();
    let items: Vec<Value> = match args.pos.len() {
        0 => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call_sync(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((item, k)),
            Some((_, bk)) => {
                let better = vm.compare(op, &k, bk)?;
                if vm.truthy(&better)? {
                    best = Some((item, k));
                }
            }
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extreme(vm, args, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extreme(vm, args, "max", CmpOp::Gt)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len() + args.kwnames.len();
    if n > 2 {
        return Err(type_error(format!("sum() takes at most 2 arguments ({n} given)")));
    }
    let kw = super::unpack_kw(&args, 0, "sum", &["iterable", "start"], 1, 0)?;
    if kw[0].is_none() {
        return Err(type_error(format!("sum() takes at least 1 positional argument ({} given)", args.pos.len())));
    }
    let start = kw[1].cloned().unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        _ if start.type_name() == "bytes" => {
            return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let it = vm.get_iter(&args.pos[0])?;
    let mut total = start;
    while let Some(v) = vm.next(&it)? {
        total = match (&total, &v) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(r) => Value::Int(r),
                None => vm.binary(BinOp::Add, &total, &v)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary(BinOp::Add, &total, &v)?,
        };
    }
    Ok(total)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("any", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("all", &args, 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Sorts in place with Python's `<`, stable, with `key` and `reverse` (list.sort's
/// rules: a reversed sort keeps equal items in their original order).
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for v in items.iter() {
                ks.push(vm.call_sync(f, std::slice::from_ref(v))?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let all_ints = keys.iter().all(|k| matches!(k, Value::Int(_)));
    let all_strs = keys.iter().all(|k| matches!(k, Value::Str(_)));
    let all_floats = keys.iter().all(|k| matches!(k, Value::Float(_)));
    if all_ints {
        order.sort_by_key(|&i| if let Value::Int(x) = keys[i] { x } else { 0 });
    } else if all_strs {
        order.sort_by(|&a, &b| keys[a].as_str().unwrap_or("").cmp(keys[b].as_str().unwrap_or("")));
    } else if all_floats && !keys.iter().any(|k| matches!(k, Value::Float(f) if f.is_nan())) {
        order.sort_by(|&a, &b| match (&keys[a], &keys[b]) {
            (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
            _ => std::cmp::Ordering::Equal,
        });
    } else {
        let mut error: Option<PyErr> = None;
        merge_sort(&mut order, &mut |a: usize, b: usize| -> bool {
            if error.is_some() {
                return false;
            }
            match vm.compare(CmpOp::Lt, &keys[a], &keys[b]).and_then(|r| vm.truthy(&r)) {
                Ok(lt) => lt,
                Err(e) => {
                    error = Some(e);
                    false
                }
            }
        });
        if let Some(e) = error {
            return Err(e);
        }
    }
    if reverse {
        order.reverse();
    }
    let sorted: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// A stable merge sort with a fallible "less than" (errors are kept by the caller).
fn merge_sort(v: &mut Vec<usize>, lt: &mut dyn FnMut(usize, usize) -> bool) {
    if v.len() <= 1 {
        return;
    }
    // Insertion sort for short runs, then merges: few comparisons, stable.
    if v.len() <= 16 {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && lt(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mut right = v.split_off(v.len() / 2);
    merge_sort(v, lt);
    merge_sort(&mut right, lt);
    let left = std::mem::take(v);
    let (mut i, mut j) = (0, 0);
    v.reserve(left.len() + right.len());
    while i < left.len() && j < right.len() {
        if lt(right[j], left[i]) {
            v.push(right[j]);
            j += 1;
        } else {
            v.push(left[i]);
            i += 1;
        }
    }
    v.extend_from_slice(&left[i..]);
    v.extend_from_slice(&right[j..]);
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", args.pos.len())));
    }
    let kw = super::unpack_kw(&Args { pos: &[], ..args }, 0, "sort", &["key", "reverse"], 0, 0)?;
    let mut items = vm.collect(&args.pos[0])?;
    let key = kw[0].filter(|k| !k.is_none()).cloned();
    let reverse = match kw[1] {
        Some(r) => super::list_methods::bool_int_arg(vm, r)?,
        None => false,
    };
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::List(PyList::new(items)))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("reversed() takes no keyword arguments"));
    }
    super::check_positional("reversed", args.pos.len(), 1, 1)?;
    let v = &args.pos[0];
    let (state, name) = match v {
        Value::List(l) => (IterState::ListReverse { list: l.clone(), index: l.len() }, "list_reverseiterator"),
        Value::Range(r) => {
            let n = r.len_exact();
            let last = r.start + (n - 1) * r.step;
            (IterState::Range { next: last, stop: r.start.saturating_sub(r.step), step: -r.step }, "")
        }
        Value::Tuple(t) => {
            (IterState::Values { items: t.items().iter().rev().cloned().collect(), index: 0 }, "reversed")
        }
        Value::Str(s) => {
            let items = s.as_str().chars().rev().map(|c| Value::str(c.to_string())).collect();
            (IterState::Values { items, index: 0 }, "reversed")
        }
        Value::Dict(d) => {
            (IterState::Values { items: d.keys().into_iter().rev().collect(), index: 0 }, "dict_reversekeyiterator")
        }
        Value::Special(s) => {
            let view = match &*s.kind.borrow() {
                SpecialKind::DictView { dict, kind } => Some((dict.clone(), *kind)),
                _ => None,
            };
            let Some((dict, kind)) = view else {
                return Err(type_error(format!("'{}' object is not reversible", s.type_name())));
            };
            let (items, name): (Vec<Value>, &'static str) = match kind {
                ViewKind::Keys => (dict.keys(), "dict_reversekeyiterator"),
                ViewKind::Values => (dict.values(), "dict_reversevalueiterator"),
                ViewKind::Items => (
                    dict.entries().into_iter().map(|(k, v)| Value::Tuple(PyTuple::new(vec![k, v]))).collect(),
                    "dict_reverseitemiterator",
                ),
            };
            (IterState::Values { items: items.into_iter().rev().collect(), index: 0 }, name)
        }
        Value::Instance(i) => {
            if i.class.lookup("__reversed__").is_some() {
                return Ok(vm.call_dunder(v, "__reversed__", &[])?.unwrap_or(Value::NotImplemented));
            }
            if i.class.lookup("__getitem__").is_none() {
                return Err(type_error(format!("'{}' object is not reversible", i.class.name)));
            }
            let n = vm.len(v)?;
            let mut items = Vec::with_capacity(n);
            for i in (0..n).rev() {
                items.push(vm.get_item(v, &Value::Int(i as i64))?);
            }
            (IterState::Values { items, index: 0 }, "reversed")
        }
        other => return Err(type_error(format!("'{}' object is not reversible", vm.type_name_of(other)))),
    };
    Ok(Value::Iter(if name.is_empty() { PyIter::new(state) } else { PyIter::named(state, name) }))
}

fn enumerate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() + args.kwnames.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.pos.len() + args.kwnames.len()
        )));
    }
    let kw = super::unpack_kw(&args, 0, "enumerate", &["iterable", "start"], 0, 0)?;
    let Some(it) = kw[0] else {
        return Err(type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = kw[1].cloned().unwrap_or(Value::Int(0));
    let start = vm.index_of(&start)?;
    let inner = vm.get_iter(it)?;
    Ok(Value::Iter(PyIter::new(IterState::Enumerate { inner, count: start })))
}

fn zip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kw = super::unpack_kw(&Args { pos: &[], ..args }, 0, "zip", &["strict"], 0, 0)?;
    let strict = match kw[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut inners = Vec::with_capacity(args.pos.len());
    for a in args.pos.iter() {
        inners.push(vm.get_iter(a)?);
    }
    Ok(Value::Iter(PyIter::new(IterState::Zip { inners, strict })))
}

fn map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("map", &args)?;
    if args.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::new();
    for a in &args.pos[1..] {
        inners.push(vm.get_iter(a)?);
    }
    Ok(Value::Iter(PyIter::new(IterState::Map { func: args.pos[0].clone(), inners })))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("filter", &args)?;
    super::check_positional("filter", args.pos.len(), 2, 2)?;
    let inner = vm.get_iter(&args.pos[1])?;
    Ok(Value::Iter(PyIter::new(IterState::Filter { func: args.pos[0].clone(), inner })))
}

/// The classes of `isinstance`'s second argument (a class, a tuple or a union of them).
fn classes_of(vm: &Vm, v: &Value, name: &str) -> PyResult<Vec<Rc<crate::vm::object::PyClass>>> {
    let bad = || {
        type_error(if name == "issubclass" {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string()
        } else {
            format!("{name}() arg 2 must be a type, a tuple of types, or a union")
        })
    };
    match v {
        Value::Class(c) => Ok(vec![c.clone()]),
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for item in t.items() {
                out.extend(classes_of(vm, item, name)?);
            }
            Ok(out)
        }
        Value::None => Ok(vec![vm.types.get(crate::vm::object::class::TypeId::NoneType).clone()]),
        Value::Special(s) => {
            let members = match &*s.kind.borrow() {
                SpecialKind::Union(args) => args.clone(),
                SpecialKind::GenericAlias { .. } => {
                    return Err(type_error(format!("{name}() argument 2 cannot be a parameterized generic")));
                }
                _ => return Err(bad()),
            };
            let mut out = Vec::new();
            for m in &members {
                out.extend(classes_of(vm, m, name)?);
            }
            Ok(out)
        }
        _ => Err(bad()),
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("isinstance", &args, 2, 2)?;
    let classes = classes_of(vm, &args.pos[1], "isinstance")?;
    Ok(Value::Bool(classes.iter().any(|c| vm.isinstance(&args.pos[0], c))))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("issubclass", &args, 2, 2)?;
    let Value::Class(c) = &args.pos[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let classes = classes_of(vm, &args.pos[1], "issubclass")?;
    Ok(Value::Bool(classes.iter().any(|k| c.is_subclass(k))))
}

fn callable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(&args.pos[0])))
}

fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        Value::Special(s) => matches!(s.type_name(), "staticmethod" | "GenericAlias"),
        Value::Native(_) => false,
        _ => false,
    }
}

fn attr_name(vm: &Vm, v: &Value, func: &str) -> PyResult<Name> {
    match v {
        Value::Str(s) => Ok(s.as_str().into()),
        other => {
            let _ = func;
            Err(type_error(format!("attribute name must be string, not '{}'", vm.type_name_of(other))))
        }
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.pos[1], "getattr")?;
    match vm.get_attr(&args.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.pos.len() == 3 && is_attribute_error(vm, &e) => Ok(args.pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn is_attribute_error(vm: &Vm, e: &PyErr) -> bool {
    match &*e.0 {
        crate::vm::error::ErrKind::New(k, _) => *k == ExcKind::AttributeError,
        crate::vm::error::ErrKind::Exc(x) => vm.instance_is(x, ExcKind::AttributeError),
        _ => false,
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos[1], "setattr")?;
    vm.set_attr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], "hasattr")?;
    match vm.get_attr(&args.pos[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if is_attribute_error(vm, &e) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos[1], "delattr")?;
    vm.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        if !is_callable(&args.pos[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::Iter(PyIter::new(IterState::Callable {
            func: args.pos[0].clone(),
            sentinel: args.pos[1].clone(),
        })));
    }
    vm.get_iter(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("next", &args)?;
    super::check_positional("next", args.pos.len(), 1, 2)?;
    let it = &args.pos[0];
    let is_iter = match it {
        Value::Iter(_) => true,
        Value::Gen(g) => g.kind == crate::vm::object::generator::GenKind::Generator,
        Value::Instance(i) => i.class.lookup("__next__").is_some(),
        _ => false,
    };
    if !is_iter {
        return Err(type_error(format!("'{}' object is not an iterator", vm.type_name_of(it))));
    }
    let got = match it {
        // A generator's return value goes into its StopIteration.
        Value::Gen(g) => match vm.gen_resume(g, Value::None, None)? {
            crate::vm::iter::GenStep::Yielded(v) => Some(v),
            crate::vm::iter::GenStep::Returned(v) => {
                if args.pos.len() == 1 {
                    return Err(vm.stop_iteration(v));
                }
                None
            }
        },
        other => vm.next(other)?,
    };
    match got {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::new(ExcKind::StopIteration, "")),
        },
    }
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("chr", &args, 1, 1)?;
    let n = match &args.pos[0] {
        Value::BigInt(_) => return Err(crate::vm::error::overflow_error("Python int too large to convert to C int")),
        other => int_arg(vm, other)?,
    };
    if !(0..0x110000).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => Err(not_supported("surrogate characters")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("ord", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return Err(type_error(format!("ord() expected a character, but string of length {n} found")));
            }
            Ok(Value::Int(s.as_str().chars().next().map(|c| c as i64).unwrap_or(0)))
        }
        other => Err(type_error(format!("ord() expected string of length 1, but {} found", vm.type_name_of(other)))),
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    arity(name, &args, 1, 1)?;
    let v = match &args.pos[0] {
        Value::Instance(_) => vm.call_dunder(&args.pos[0], "__index__", &[])?.unwrap_or(Value::None),
        other => other.clone(),
    };
    let Some(b) = to_big(&v) else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name_of(&args.pos[0])
        )));
    };
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(Value::str(format!("{sign}{prefix}{}", int::to_radix(&b, base))))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.pos[0])?))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("id", &args, 1, 1)?;
    Ok(Value::Int(vm.identities.id(&args.pos[0])))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                super::arg_type_name(vm, other)
            )));
        }
    };
    Ok(Value::str(vm.format(&args.pos[0], &spec)?))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("vars", &args, 0, 1)?;
    match args.pos.first() {
        None => Err(not_supported("vars() without an argument")),
        Some(v @ (Value::Instance(_) | Value::Class(_) | Value::Function(_))) => {
            vm.get_attr(v, &Name::from("__dict__"))
        }
        Some(_) => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("dir", &args, 0, 1)?;
    let Some(v) = args.pos.first() else { return Err(not_supported("dir() without an argument")) };
    let mut names: Vec<String> = Vec::new();
    if let Value::Instance(i) = v {
        names.extend(i.attrs.borrow().iter().map(|(k, _)| k.to_string()));
    }
    let class = match v {
        Value::Class(c) => c.clone(),
        other => vm.type_of(other),
    };
    for c in std::iter::once(&class).chain(class.mro.iter()) {
        names.extend(c.dict.borrow().iter().map(|(k, _)| k.to_string()));
    }
    names.sort();
    names.dedup();
    Ok(Value::List(PyList::new(names.into_iter().map(Value::str).collect())))
}

fn aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("aiter", &args, 1, 1)?;
    vm.get_aiter(&args.pos[0])
}

fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("anext", &args, 1, 2)?;
    if args.pos.len() == 2 {
        return Err(not_supported("anext() with a default"));
    }
    match &args.pos[0] {
        // What `ag.__anext__()` returns (`async for` awaits the generator directly).
        Value::Gen(g) if g.kind == crate::vm::object::generator::GenKind::AsyncGenerator => {
            Ok(Value::Native(crate::vm::object::agen_await::AgenAwaitable::boxed(
                g.clone(),
                crate::vm::object::agen_await::AgenOp::Send(Value::None),
            )))
        }
        other => vm.get_anext(other),
    }
}

fn build_class(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(not_supported("__build_class__"))
}

/// `int(x)` for the constructor (kept here: shared with `%d`).
pub fn int_of_float(f: f64) -> PyResult<Value> {
    int::from_f64(f)
}
