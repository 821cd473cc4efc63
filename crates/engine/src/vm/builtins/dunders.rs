//! The special methods of the builtin types (`int.__add__`, `list.__getitem__`,
//! `str.__eq__`...), callable bound and unbound, with CPython's rules: a binary method
//! returns `NotImplemented` for an operand type it does not handle (`(5).__add__(1.0)`),
//! and slot wrappers check their arguments with CPython's messages.

use super::{method, onearg, recv, recv_slot, slot_args};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;
use crate::vm::error::{PyResult, type_error};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::int;
use crate::vm::value::Value;

// ------------------------------------------------------------------ type predicates

pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

pub fn is_bool(v: &Value) -> bool {
    matches!(v, Value::Bool(_))
}

pub fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_))
}

pub fn is_real(v: &Value) -> bool {
    matches!(v, Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

pub fn is_str(v: &Value) -> bool {
    matches!(v, Value::Str(_))
}

pub fn is_list(v: &Value) -> bool {
    matches!(v, Value::List(_))
}

pub fn is_tuple(v: &Value) -> bool {
    matches!(v, Value::Tuple(_))
}

pub fn is_dict(v: &Value) -> bool {
    matches!(v, Value::Dict(_))
}

pub fn is_set(v: &Value) -> bool {
    matches!(v, Value::Set(_))
}

pub fn is_anyset(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::FrozenSet(_))
}

pub fn is_frozenset(v: &Value) -> bool {
    matches!(v, Value::FrozenSet(_))
}

pub fn is_range(v: &Value) -> bool {
    matches!(v, Value::Range(_))
}

type Pred = fn(&Value) -> bool;

// ------------------------------------------------------------------ generic slots

/// `a.__op__(b)` / `a.__rop__(b)` of a number type: `NotImplemented` unless `b` is
/// of a type the method handles.
#[allow(clippy::too_many_arguments)]
fn num_slot(
    vm: &mut Vm,
    args: Args,
    owner: &str,
    name: &str,
    me_ok: Pred,
    other_ok: Pred,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, name, me_ok)?.clone();
    let other = slot_args(&args, name, 1)?[0].clone();
    if !other_ok(&other) {
        return Ok(Value::NotImplemented);
    }
    if reflected { vm.binary(op, &other, &me) } else { vm.binary(op, &me, &other) }
}

/// `a.__eq__(b)` & co.: `NotImplemented` unless `b` is of a type the method handles.
fn cmp_slot(
    vm: &mut Vm,
    args: Args,
    owner: &str,
    name: &str,
    me_ok: Pred,
    other_ok: Pred,
    op: CmpOp,
) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, name, me_ok)?.clone();
    let other = slot_args(&args, name, 1)?[0].clone();
    if !other_ok(&other) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(op, &me, &other)
}

/// Generates number slot wrappers and their table.
macro_rules! num_slots {
    ($table:ident, $owner:literal, $me:path, $other:path, [$(($f:ident, $name:literal, $op:ident, $refl:literal)),* $(,)?]) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            num_slot(vm, args, $owner, $name, $me, $other, BinOp::$op, $refl)
        })*
        static $table: &[BuiltinFn] = &[$(method($owner, $name, $f)),*];
    };
}

/// Generates the six comparison wrappers and their table.
macro_rules! cmp_slots {
    ($table:ident, $owner:literal, $me:path, $other:path, [$($f:ident),* $(,)?]) => {
        cmp_slots!(@fns $owner, $me, $other, $($f),*);
        static $table: &[BuiltinFn] = &[
            method($owner, "__eq__", cmp_slots!(@nth 0, $($f),*)),
            method($owner, "__ne__", cmp_slots!(@nth 1, $($f),*)),
            method($owner, "__lt__", cmp_slots!(@nth 2, $($f),*)),
            method($owner, "__le__", cmp_slots!(@nth 3, $($f),*)),
            method($owner, "__gt__", cmp_slots!(@nth 4, $($f),*)),
            method($owner, "__ge__", cmp_slots!(@nth 5, $($f),*)),
        ];
    };
    (@fns $owner:literal, $me:path, $other:path, $eq:ident, $ne:ident, $lt:ident, $le:ident, $gt:ident, $ge:ident) => {
        fn $eq(vm: &mut Vm, args: Args) -> PyResult<Value> { cmp_slot(vm, args, $owner, "__eq__", $me, $other, CmpOp::Eq) }
        fn $ne(vm: &mut Vm, args: Args) -> PyResult<Value> { cmp_slot(vm, args, $owner, "__ne__", $me, $other, CmpOp::NotEq) }
        fn $lt(vm: &mut Vm, args: Args) -> PyResult<Value> { cmp_slot(vm, args, $owner, "__lt__", $me, $other, CmpOp::Lt) }
        fn $le(vm: &mut Vm, args: Args) -> PyResult<Value> { cmp_slot(vm, args, $owner, "__le__", $me, $other, CmpOp::LtE) }
        fn $gt(vm: &mut Vm, args: Args) -> PyResult<Value> { cmp_slot(vm, args, $owner, "__gt__", $me, $other, CmpOp::Gt) }
        fn $ge(vm: &mut Vm, args: Args) -> PyResult<Value> { cmp_slot(vm, args, $owner, "__ge__", $me, $other, CmpOp::GtE) }
    };
    (@nth 0, $a:ident, $($rest:ident),*) => { $a };
    (@nth 1, $a:ident, $b:ident, $($rest:ident),*) => { $b };
    (@nth 2, $a:ident, $b:ident, $c:ident, $($rest:ident),*) => { $c };
    (@nth 3, $a:ident, $b:ident, $c:ident, $d:ident, $($rest:ident),*) => { $d };
    (@nth 4, $a:ident, $b:ident, $c:ident, $d:ident, $e:ident, $($rest:ident),*) => { $e };
    (@nth 5, $a:ident, $b:ident, $c:ident, $d:ident, $e:ident, $f:ident) => { $f };
}

/// A wrapper of a one-value operation (`__neg__`, `__len__`...): no arguments.
fn unary_slot<'a>(vm: &Vm, args: &Args<'a>, owner: &str, name: &str, me_ok: Pred) -> PyResult<&'a Value> {
    let me = recv_slot(vm, args, owner, name, me_ok)?;
    slot_args(args, name, 0)?;
    Ok(me)
}

/// Generates wrappers of one-value operations: `$body` maps (vm, self) to the result.
macro_rules! unary_slots {
    ($table:ident, $owner:literal, $me:path, [$(($f:ident, $name:literal, $body:expr)),* $(,)?]) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let me = unary_slot(vm, &args, $owner, $name, $me)?.clone();
            let body: fn(&mut Vm, &Value) -> PyResult<Value> = $body;
            body(vm, &me)
        })*
        static $table: &[BuiltinFn] = &[$(method($owner, $name, $f)),*];
    };
}

fn neg(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.unary(crate::compile::code::UnOp::Neg, v)
}

fn pos(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.unary(crate::compile::code::UnOp::Pos, v)
}

fn invert(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.unary(crate::compile::code::UnOp::Invert, v)
}

fn absolute(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let abs = vm.builtins.get("abs").cloned().unwrap_or(Value::None);
    vm.call_sync(&abs, std::slice::from_ref(v))
}

fn truth(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(vm.truthy(v)?))
}

fn repr_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::str(vm.repr(v)?))
}

fn str_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::str(vm.to_str(v)?))
}

fn hash_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(v)?))
}

fn len_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(vm.len(v)? as i64))
}

fn iter_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.get_iter(v)
}

fn reversed_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = vm.builtins.get("reversed").cloned().unwrap_or(Value::None);
    vm.call_sync(&f, std::slice::from_ref(v))
}

fn int_value(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    })
}

fn int_to_float(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => int::big_to_f64(&b.v)?,
        _ => 0.0,
    }))
}

fn float_value(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.clone())
}

fn float_trunc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => int::from_f64(*f),
        other => Ok(other.clone()),
    }
}

fn float_floor(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => int::from_f64(f.floor()),
        other => Ok(other.clone()),
    }
}

fn float_ceil(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => int::from_f64(f.ceil()),
        other => Ok(other.clone()),
    }
}

fn sizeof_int(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    // CPython: 24 bytes of header plus 4 per 30-bit digit (at least one, 0 has none).
    let digits = match int::to_big(v) {
        Some(b) if b.bits() == 0 => 0,
        Some(b) => b.bits().div_ceil(30) as i64,
        None => 1,
    };
    Ok(Value::Int(24 + 4 * digits.max(if matches!(v, Value::Int(0) | Value::Bool(false)) { 0 } else { 1 })))
}

// ------------------------------------------------------------------ int

num_slots!(
    INT_ARITH,
    "int",
    is_int,
    is_int,
    [
        (int_add, "__add__", Add, false),
        (int_radd, "__radd__", Add, true),
        (int_sub, "__sub__", Sub, false),
        (int_rsub, "__rsub__", Sub, true),
        (int_mul, "__mul__", Mul, false),
        (int_rmul, "__rmul__", Mul, true),
        (int_truediv, "__truediv__", Div, false),
        (int_rtruediv, "__rtruediv__", Div, true),
        (int_floordiv, "__floordiv__", FloorDiv, false),
        (int_rfloordiv, "__rfloordiv__", FloorDiv, true),
        (int_mod, "__mod__", Mod, false),
        (int_rmod, "__rmod__", Mod, true),
        (int_lshift, "__lshift__", LShift, false),
        (int_rlshift, "__rlshift__", LShift, true),
        (int_rshift, "__rshift__", RShift, false),
        (int_rrshift, "__rrshift__", RShift, true),
        (int_and, "__and__", BitAnd, false),
        (int_rand, "__rand__", BitAnd, true),
        (int_or, "__or__", BitOr, false),
        (int_ror, "__ror__", BitOr, true),
        (int_xor, "__xor__", BitXor, false),
        (int_rxor, "__rxor__", BitXor, true),
    ]
);

cmp_slots!(INT_CMP, "int", is_int, is_int, [int_eq, int_ne, int_lt, int_le, int_gt, int_ge]);

unary_slots!(
    INT_UNARY,
    "int",
    is_int,
    [
        (int_neg, "__neg__", neg),
        (int_pos, "__pos__", pos),
        (int_abs, "__abs__", absolute),
        (int_invert, "__invert__", invert),
        (int_bool, "__bool__", truth),
        (int_int, "__int__", int_value),
        (int_index, "__index__", int_value),
        (int_float, "__float__", int_to_float),
        (int_trunc, "__trunc__", int_value),
        (int_floor, "__floor__", int_value),
        (int_ceil, "__ceil__", int_value),
        (int_repr, "__repr__", repr_of),
        (int_str, "__str__", repr_of),
        (int_hash, "__hash__", hash_of),
        (int_sizeof, "__sizeof__", sizeof_int),
    ]
);

/// `divmod` as a method: `__divmod__` / `__rdivmod__`.
fn divmod_slot(
    vm: &mut Vm,
    args: Args,
    owner: &str,
    name: &str,
    me_ok: Pred,
    other_ok: Pred,
    refl: bool,
) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, name, me_ok)?.clone();
    let other = slot_args(&args, name, 1)?[0].clone();
    if !other_ok(&other) {
        return Ok(Value::NotImplemented);
    }
    let f = vm.builtins.get("divmod").cloned().unwrap_or(Value::None);
    let pair = if refl { [other, me] } else { [me, other] };
    vm.call_sync(&f, &pair)
}

/// `__pow__(other, mod=None)` / `__rpow__(other, mod=None)`: positional, one or two.
fn pow_slot(
    vm: &mut Vm,
    args: Args,
    owner: &str,
    name: &str,
    me_ok: Pred,
    other_ok: Pred,
    refl: bool,
) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, name, me_ok)?.clone();
    if args.has_kwargs() {
        return Err(type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    super::check_positional("", rest.len(), 1, 2)?;
    let other = rest[0].clone();
    if !other_ok(&other) {
        return Ok(Value::NotImplemented);
    }
    let modulus = rest.get(1).cloned().unwrap_or(Value::None);
    if !(modulus.is_none() || is_int(&me) && is_int(&other) && is_int(&modulus)) {
        if refl {
            return Ok(Value::NotImplemented);
        }
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let f = vm.builtins.get("pow").cloned().unwrap_or(Value::None);
    let (b, e) = if refl { (other, me) } else { (me, other) };
    if modulus.is_none() { vm.call_sync(&f, &[b, e]) } else { vm.call_sync(&f, &[b, e, modulus]) }
}

fn int_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_slot(vm, args, "int", "__divmod__", is_int, is_int, false)
}

fn int_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_slot(vm, args, "int", "__rdivmod__", is_int, is_int, true)
}

fn int_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_slot(vm, args, "int", "__pow__", is_int, is_int, false)
}

fn int_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_slot(vm, args, "int", "__rpow__", is_int, is_int, true)
}

/// `round(x, ndigits)` as a method (`__round__`).
fn round_method(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv(vm, &args, owner, "__round__", me_ok)?.clone();
    if args.has_kwargs() {
        return Err(type_error(format!("{owner}.__round__() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    super::check_positional("__round__", rest.len(), 0, 1)?;
    let f = vm.builtins.get("round").cloned().unwrap_or(Value::None);
    let mut call = vec![me];
    call.extend(rest.iter().cloned());
    vm.call_sync(&f, &call)
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_method(vm, args, "int", is_int)
}

/// `format(x, spec)` as a method (`__format__`).
fn format_method(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv(vm, &args, owner, "__format__", me_ok)?.clone();
    let spec = onearg(&args, owner, "__format__")?;
    match spec {
        Value::Str(s) => Ok(Value::str(vm.format(&me, s.as_str())?)),
        other => Err(type_error(format!("__format__() argument must be str, not {}", vm.type_name_of(other)))),
    }
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    format_method(vm, args, "int", is_int)
}

fn getnewargs(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv(vm, &args, owner, "__getnewargs__", me_ok)?.clone();
    super::noargs(&args, owner, "__getnewargs__")?;
    let me = match me {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    };
    Ok(Value::Tuple(crate::vm::object::PyTuple::new(vec![me])))
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getnewargs(vm, args, "int", is_int)
}

static INT_OTHER: &[BuiltinFn] = &[
    method("int", "__divmod__", int_divmod),
    method("int", "__rdivmod__", int_rdivmod),
    method("int", "__pow__", int_pow),
    method("int", "__rpow__", int_rpow),
    method("int", "__round__", int_round),
    method("int", "__format__", int_format),
    method("int", "__getnewargs__", int_getnewargs),
];

pub static INT: &[&[BuiltinFn]] = &[INT_ARITH, INT_CMP, INT_UNARY, INT_OTHER];

// ------------------------------------------------------------------ bool

num_slots!(
    BOOL_ARITH,
    "bool",
    is_bool,
    is_int,
    [
        (bool_and, "__and__", BitAnd, false),
        (bool_rand, "__rand__", BitAnd, true),
        (bool_or, "__or__", BitOr, false),
        (bool_ror, "__ror__", BitOr, true),
        (bool_xor, "__xor__", BitXor, false),
        (bool_rxor, "__rxor__", BitXor, true),
    ]
);

unary_slots!(BOOL_UNARY, "bool", is_bool, [(bool_repr, "__repr__", repr_of), (bool_str, "__str__", repr_of)]);

pub static BOOL: &[&[BuiltinFn]] = &[BOOL_ARITH, BOOL_UNARY];

// ------------------------------------------------------------------ float

num_slots!(
    FLOAT_ARITH,
    "float",
    is_float,
    is_real,
    [
        (float_add, "__add__", Add, false),
        (float_radd, "__radd__", Add, true),
        (float_sub, "__sub__", Sub, false),
        (float_rsub, "__rsub__", Sub, true),
        (float_mul, "__mul__", Mul, false),
        (float_rmul, "__rmul__", Mul, true),
        (float_truediv, "__truediv__", Div, false),
        (float_rtruediv, "__rtruediv__", Div, true),
        (float_floordiv, "__floordiv__", FloorDiv, false),
        (float_rfloordiv, "__rfloordiv__", FloorDiv, true),
        (float_mod, "__mod__", Mod, false),
        (float_rmod, "__rmod__", Mod, true),
    ]
);

cmp_slots!(FLOAT_CMP, "float", is_float, is_real, [float_eq, float_ne, float_lt, float_le, float_gt, float_ge]);

unary_slots!(
    FLOAT_UNARY,
    "float",
    is_float,
    [
        (float_neg, "__neg__", neg),
        (float_pos, "__pos__", pos),
        (float_abs, "__abs__", absolute),
        (float_bool, "__bool__", truth),
        (float_int, "__int__", float_trunc),
        (float_float, "__float__", float_value),
        (float_trunc_m, "__trunc__", float_trunc),
        (float_floor_m, "__floor__", float_floor),
        (float_ceil_m, "__ceil__", float_ceil),
        (float_repr, "__repr__", repr_of),
        (float_str, "__str__", repr_of),
        (float_hash, "__hash__", hash_of),
    ]
);

fn float_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_slot(vm, args, "float", "__divmod__", is_float, is_real, false)
}

fn float_rdivmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_slot(vm, args, "float", "__rdivmod__", is_float, is_real, true)
}

fn float_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_slot(vm, args, "float", "__pow__", is_float, is_real, false)
}

fn float_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_slot(vm, args, "float", "__rpow__", is_float, is_real, true)
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_method(vm, args, "float", is_float)
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    format_method(vm, args, "float", is_float)
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getnewargs(vm, args, "float", is_float)
}

static FLOAT_OTHER: &[BuiltinFn] = &[
    method("float", "__divmod__", float_divmod),
    method("float", "__rdivmod__", float_rdivmod),
    method("float", "__pow__", float_pow),
    method("float", "__rpow__", float_rpow),
    method("float", "__round__", float_round),
    method("float", "__format__", float_format),
    method("float", "__getnewargs__", float_getnewargs),
];

pub static FLOAT: &[&[BuiltinFn]] = &[FLOAT_ARITH, FLOAT_CMP, FLOAT_UNARY, FLOAT_OTHER];

// ------------------------------------------------------------------ sequences

/// `seq.__add__(other)`: CPython's concatenation raises for another type (it is the
/// sequence's own `+`, not a number slot).
fn concat_slot(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, "__add__", me_ok)?.clone();
    let other = slot_args(&args, "__add__", 1)?[0].clone();
    if !me_ok(&other) {
        return Err(type_error(format!(
            "can only concatenate {owner} (not \"{}\") to {owner}",
            vm.type_name_of(&other)
        )));
    }
    vm.binary(BinOp::Add, &me, &other)
}

/// `seq.__mul__(n)` / `__rmul__(n)`: the count must be an index.
fn repeat_slot(vm: &mut Vm, args: Args, owner: &str, name: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, name, me_ok)?.clone();
    let n = slot_args(&args, name, 1)?[0].clone();
    let n = vm.index_of(&n)?;
    vm.binary(BinOp::Mul, &me, &n)
}

/// `seq.__getitem__(key)` as a `METH_O` method (`list.__getitem__`).
fn getitem_method(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv(vm, &args, owner, "__getitem__", me_ok)?.clone();
    let key = onearg(&args, owner, "__getitem__")?.clone();
    vm.get_item(&me, &key)
}

/// `x.__getitem__(key)` as a slot wrapper (`str`, `tuple`, `range`).
fn getitem_slot(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, "__getitem__", me_ok)?.clone();
    let key = slot_args(&args, "__getitem__", 1)?[0].clone();
    vm.get_item(&me, &key)
}

fn contains_slot(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, "__contains__", me_ok)?.clone();
    let x = slot_args(&args, "__contains__", 1)?[0].clone();
    Ok(Value::Bool(vm.contains(&me, &x)?))
}

fn contains_method(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv(vm, &args, owner, "__contains__", me_ok)?.clone();
    let x = onearg(&args, owner, "__contains__")?.clone();
    Ok(Value::Bool(vm.contains(&me, &x)?))
}

fn setitem_slot(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, "__setitem__", me_ok)?.clone();
    let kv = slot_args(&args, "__setitem__", 2)?;
    vm.set_item(&me, &kv[0], kv[1].clone())?;
    Ok(Value::None)
}

fn delitem_slot(vm: &mut Vm, args: Args, owner: &str, me_ok: Pred) -> PyResult<Value> {
    let me = recv_slot(vm, &args, owner, "__delitem__", me_ok)?.clone();
    let k = slot_args(&args, "__delitem__", 1)?[0].clone();
    vm.del_item(&me, &k)?;
    Ok(Value::None)
}

/// Generates the container wrappers of one type from the generic ones above.
macro_rules! wrap {
    ($f:ident, $generic:ident, $owner:literal, $me:path) => {
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $generic(vm, args, $owner, $me)
        }
    };
    ($f:ident, $generic:ident, $owner:literal, $name:literal, $me:path) => {
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            $generic(vm, args, $owner, $name, $me)
        }
    };
}

// ------------------------------------------------------------------ str

wrap!(str_add, concat_slot, "str", is_str);
wrap!(str_mul, repeat_slot, "str", "__mul__", is_str);
wrap!(str_rmul, repeat_slot, "str", "__rmul__", is_str);
wrap!(str_getitem, getitem_slot, "str", is_str);
wrap!(str_contains, contains_slot, "str", is_str);
wrap!(str_format, format_method, "str", is_str);

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "str", "__mod__", is_str)?.clone();
    let other = slot_args(&args, "__mod__", 1)?[0].clone();
    vm.binary(BinOp::Mod, &me, &other)
}

fn str_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "str", "__rmod__", is_str)?.clone();
    let other = slot_args(&args, "__rmod__", 1)?[0].clone();
    if !is_str(&other) {
        return Ok(Value::NotImplemented);
    }
    vm.binary(BinOp::Mod, &other, &me)
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getnewargs(vm, args, "str", is_str)
}

cmp_slots!(STR_CMP, "str", is_str, is_str, [str_eq, str_ne, str_lt, str_le, str_gt, str_ge]);

unary_slots!(
    STR_UNARY,
    "str",
    is_str,
    [
        (str_len, "__len__", len_of),
        (str_iter, "__iter__", iter_of),
        (str_repr, "__repr__", repr_of),
        (str_str, "__str__", str_of),
        (str_hash, "__hash__", hash_of),
    ]
);

static STR_OTHER: &[BuiltinFn] = &[
    method("str", "__add__", str_add),
    method("str", "__mul__", str_mul),
    method("str", "__rmul__", str_rmul),
    method("str", "__mod__", str_mod),
    method("str", "__rmod__", str_rmod),
    method("str", "__getitem__", str_getitem),
    method("str", "__contains__", str_contains),
    method("str", "__format__", str_format),
    method("str", "__getnewargs__", str_getnewargs),
];

pub static STR: &[&[BuiltinFn]] = &[STR_CMP, STR_UNARY, STR_OTHER];

// ------------------------------------------------------------------ list

wrap!(list_add, concat_slot, "list", is_list);
wrap!(list_mul, repeat_slot, "list", "__mul__", is_list);
wrap!(list_rmul, repeat_slot, "list", "__rmul__", is_list);
wrap!(list_getitem, getitem_method, "list", is_list);
wrap!(list_contains, contains_slot, "list", is_list);
wrap!(list_setitem, setitem_slot, "list", is_list);
wrap!(list_delitem, delitem_slot, "list", is_list);

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "list", "__iadd__", is_list)?.clone();
    let other = slot_args(&args, "__iadd__", 1)?[0].clone();
    vm.list_extend_from(&me, &other)?;
    Ok(me)
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "list", "__imul__", is_list)?.clone();
    let n = slot_args(&args, "__imul__", 1)?[0].clone();
    let n = vm.index_of(&n)?;
    vm.inplace(BinOp::Mul, &me, &n)
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "list", "__reversed__", is_list)?.clone();
    super::noargs(&args, "list", "__reversed__")?;
    reversed_of(vm, &me)
}

cmp_slots!(LIST_CMP, "list", is_list, is_list, [list_eq, list_ne, list_lt, list_le, list_gt, list_ge]);

unary_slots!(
    LIST_UNARY,
    "list",
    is_list,
    [(list_len, "__len__", len_of), (list_iter, "__iter__", iter_of), (list_repr, "__repr__", repr_of),]
);

static LIST_OTHER: &[BuiltinFn] = &[
    method("list", "__add__", list_add),
    method("list", "__mul__", list_mul),
    method("list", "__rmul__", list_rmul),
    method("list", "__iadd__", list_iadd),
    method("list", "__imul__", list_imul),
    method("list", "__getitem__", list_getitem),
    method("list", "__setitem__", list_setitem),
    method("list", "__delitem__", list_delitem),
    method("list", "__contains__", list_contains),
    method("list", "__reversed__", list_reversed),
];

pub static LIST: &[&[BuiltinFn]] = &[LIST_CMP, LIST_UNARY, LIST_OTHER];

// ------------------------------------------------------------------ tuple

wrap!(tuple_add, concat_slot, "tuple", is_tuple);
wrap!(tuple_mul, repeat_slot, "tuple", "__mul__", is_tuple);
wrap!(tuple_rmul, repeat_slot, "tuple", "__rmul__", is_tuple);
wrap!(tuple_getitem, getitem_slot, "tuple", is_tuple);
wrap!(tuple_contains, contains_slot, "tuple", is_tuple);

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getnewargs(vm, args, "tuple", is_tuple)
}

cmp_slots!(TUPLE_CMP, "tuple", is_tuple, is_tuple, [tuple_eq, tuple_ne, tuple_lt, tuple_le, tuple_gt, tuple_ge]);

unary_slots!(
    TUPLE_UNARY,
    "tuple",
    is_tuple,
    [
        (tuple_len, "__len__", len_of),
        (tuple_iter, "__iter__", iter_of),
        (tuple_repr, "__repr__", repr_of),
        (tuple_hash, "__hash__", hash_of),
    ]
);

static TUPLE_OTHER: &[BuiltinFn] = &[
    method("tuple", "__add__", tuple_add),
    method("tuple", "__mul__", tuple_mul),
    method("tuple", "__rmul__", tuple_rmul),
    method("tuple", "__getitem__", tuple_getitem),
    method("tuple", "__contains__", tuple_contains),
    method("tuple", "__getnewargs__", tuple_getnewargs),
];

pub static TUPLE: &[&[BuiltinFn]] = &[TUPLE_CMP, TUPLE_UNARY, TUPLE_OTHER];

// ------------------------------------------------------------------ dict

wrap!(dict_getitem, getitem_method, "dict", is_dict);
wrap!(dict_contains, contains_method, "dict", is_dict);
wrap!(dict_setitem, setitem_slot, "dict", is_dict);
wrap!(dict_delitem, delitem_slot, "dict", is_dict);

fn dict_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "dict", "__or__", is_dict)?.clone();
    let other = slot_args(&args, "__or__", 1)?[0].clone();
    if !is_dict(&other) {
        return Ok(Value::NotImplemented);
    }
    vm.binary(BinOp::BitOr, &me, &other)
}

fn dict_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "dict", "__ror__", is_dict)?.clone();
    let other = slot_args(&args, "__ror__", 1)?[0].clone();
    if !is_dict(&other) {
        return Ok(Value::NotImplemented);
    }
    vm.binary(BinOp::BitOr, &other, &me)
}

fn dict_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "dict", "__ior__", is_dict)?.clone();
    let other = slot_args(&args, "__ior__", 1)?[0].clone();
    vm.dict_update_from(&me, &other)?;
    Ok(me)
}

fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "dict", "__reversed__", is_dict)?.clone();
    super::noargs(&args, "dict", "__reversed__")?;
    reversed_of(vm, &me)
}

/// `dict.__eq__`/`__ne__` compare; the orderings are `NotImplemented`.
fn dict_cmp(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "dict", name, is_dict)?.clone();
    let other = slot_args(&args, name, 1)?[0].clone();
    if !is_dict(&other) || !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(op, &me, &other)
}

fn dict_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_cmp(vm, args, "__eq__", CmpOp::Eq)
}

fn dict_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_cmp(vm, args, "__ne__", CmpOp::NotEq)
}

fn dict_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_cmp(vm, args, "__lt__", CmpOp::Lt)
}

fn dict_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_cmp(vm, args, "__le__", CmpOp::LtE)
}

fn dict_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_cmp(vm, args, "__gt__", CmpOp::Gt)
}

fn dict_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_cmp(vm, args, "__ge__", CmpOp::GtE)
}

unary_slots!(
    DICT_UNARY,
    "dict",
    is_dict,
    [(dict_len, "__len__", len_of), (dict_iter, "__iter__", iter_of), (dict_repr, "__repr__", repr_of),]
);

static DICT_OTHER: &[BuiltinFn] = &[
    method("dict", "__getitem__", dict_getitem),
    method("dict", "__setitem__", dict_setitem),
    method("dict", "__delitem__", dict_delitem),
    method("dict", "__contains__", dict_contains),
    method("dict", "__or__", dict_or),
    method("dict", "__ror__", dict_ror),
    method("dict", "__ior__", dict_ior),
    method("dict", "__reversed__", dict_reversed),
    method("dict", "__eq__", dict_eq),
    method("dict", "__ne__", dict_ne),
    method("dict", "__lt__", dict_lt),
    method("dict", "__le__", dict_le),
    method("dict", "__gt__", dict_gt),
    method("dict", "__ge__", dict_ge),
];

pub static DICT: &[&[BuiltinFn]] = &[DICT_UNARY, DICT_OTHER];

// ------------------------------------------------------------------ set, frozenset

num_slots!(
    SET_ARITH,
    "set",
    is_anyset,
    is_anyset,
    [
        (set_and, "__and__", BitAnd, false),
        (set_rand, "__rand__", BitAnd, true),
        (set_or, "__or__", BitOr, false),
        (set_ror, "__ror__", BitOr, true),
        (set_xor, "__xor__", BitXor, false),
        (set_rxor, "__rxor__", BitXor, true),
        (set_sub, "__sub__", Sub, false),
        (set_rsub, "__rsub__", Sub, true),
    ]
);

num_slots!(
    FROZENSET_ARITH,
    "frozenset",
    is_frozenset,
    is_anyset,
    [
        (fset_and, "__and__", BitAnd, false),
        (fset_rand, "__rand__", BitAnd, true),
        (fset_or, "__or__", BitOr, false),
        (fset_ror, "__ror__", BitOr, true),
        (fset_xor, "__xor__", BitXor, false),
        (fset_rxor, "__rxor__", BitXor, true),
        (fset_sub, "__sub__", Sub, false),
        (fset_rsub, "__rsub__", Sub, true),
    ]
);

/// `s.__ior__(t)` & co.: in place, `NotImplemented` for a non-set operand.
fn set_inplace_slot(vm: &mut Vm, args: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "set", name, is_set)?.clone();
    let other = slot_args(&args, name, 1)?[0].clone();
    if !is_anyset(&other) {
        return Ok(Value::NotImplemented);
    }
    vm.inplace(op, &me, &other)
}

fn set_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace_slot(vm, args, "__ior__", BinOp::BitOr)
}

fn set_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace_slot(vm, args, "__iand__", BinOp::BitAnd)
}

fn set_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace_slot(vm, args, "__ixor__", BinOp::BitXor)
}

fn set_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace_slot(vm, args, "__isub__", BinOp::Sub)
}

wrap!(set_contains, contains_method, "set", is_anyset);
wrap!(fset_contains, contains_method, "frozenset", is_frozenset);

cmp_slots!(SET_CMP, "set", is_anyset, is_anyset, [set_eq, set_ne, set_lt, set_le, set_gt, set_ge]);
cmp_slots!(FROZENSET_CMP, "frozenset", is_frozenset, is_anyset, [fset_eq, fset_ne, fset_lt, fset_le, fset_gt, fset_ge]);

unary_slots!(
    SET_UNARY,
    "set",
    is_anyset,
    [(set_len, "__len__", len_of), (set_iter, "__iter__", iter_of), (set_repr, "__repr__", repr_of),]
);

unary_slots!(
    FROZENSET_UNARY,
    "frozenset",
    is_frozenset,
    [
        (fset_len, "__len__", len_of),
        (fset_iter, "__iter__", iter_of),
        (fset_repr, "__repr__", repr_of),
        (fset_hash, "__hash__", hash_of),
    ]
);

static SET_OTHER: &[BuiltinFn] = &[
    method("set", "__ior__", set_ior),
    method("set", "__iand__", set_iand),
    method("set", "__ixor__", set_ixor),
    method("set", "__isub__", set_isub),
    method("set", "__contains__", set_contains),
];

static FROZENSET_OTHER: &[BuiltinFn] = &[method("frozenset", "__contains__", fset_contains)];

pub static SET: &[&[BuiltinFn]] = &[SET_ARITH, SET_CMP, SET_UNARY, SET_OTHER];
pub static FROZENSET: &[&[BuiltinFn]] = &[FROZENSET_ARITH, FROZENSET_CMP, FROZENSET_UNARY, FROZENSET_OTHER];

// ------------------------------------------------------------------ range

wrap!(range_getitem, getitem_slot, "range", is_range);
wrap!(range_contains, contains_slot, "range", is_range);

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "range", "__reversed__", is_range)?.clone();
    super::noargs(&args, "range", "__reversed__")?;
    reversed_of(vm, &me)
}

/// `range.__eq__`: ranges compare as sequences; the orderings are `NotImplemented`.
fn range_cmp(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "range", name, is_range)?.clone();
    let other = slot_args(&args, name, 1)?[0].clone();
    if !is_range(&other) || !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(op, &me, &other)
}

fn range_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    range_cmp(vm, args, "__eq__", CmpOp::Eq)
}

fn range_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    range_cmp(vm, args, "__ne__", CmpOp::NotEq)
}

unary_slots!(
    RANGE_UNARY,
    "range",
    is_range,
    [
        (range_len, "__len__", len_of),
        (range_iter, "__iter__", iter_of),
        (range_repr, "__repr__", repr_of),
        (range_hash, "__hash__", hash_of),
        (range_bool, "__bool__", truth),
    ]
);

static RANGE_OTHER: &[BuiltinFn] = &[
    method("range", "__getitem__", range_getitem),
    method("range", "__contains__", range_contains),
    method("range", "__reversed__", range_reversed),
    method("range", "__eq__", range_eq),
    method("range", "__ne__", range_ne),
];

pub static RANGE: &[&[BuiltinFn]] = &[RANGE_UNARY, RANGE_OTHER];

impl Vm {
    /// `operator.index(v)`: an int (bools become ints), or CPython's TypeError.
    pub fn index_of(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Instance(_) => match self.call_dunder(v, "__index__", &[])? {
                Some(r) if matches!(r, Value::Int(_) | Value::BigInt(_)) => Ok(r),
                Some(r) => Err(type_error(format!("__index__ returned non-int (type {})", self.type_name_of(&r)))),
                None => {
                    Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name_of(v))))
                }
            },
            other => {
                Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name_of(other))))
            }
        }
    }
}

// ------------------------------------------------------------------ iterators

fn is_iterator(v: &Value) -> bool {
    matches!(v, Value::Iter(_))
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = unary_slot(vm, &args, "iterator", "__iter__", is_iterator)?;
    Ok(me.clone())
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = unary_slot(vm, &args, "iterator", "__next__", is_iterator)?.clone();
    match vm.next(&me)? {
        Some(v) => Ok(v),
        None => Err(crate::vm::error::PyErr::new(crate::vm::error::ExcKind::StopIteration, "")),
    }
}

/// `__iter__` and `__next__` of the builtin iterators.
pub static ITERATOR: &[&[BuiltinFn]] =
    &[&[method("iterator", "__iter__", iter_self), method("iterator", "__next__", iter_next)]];

// ------------------------------------------------------------------ dict views

fn is_view(v: &Value) -> bool {
    matches!(v, Value::Special(s) if matches!(&*s.kind.borrow(), crate::vm::object::special::SpecialKind::DictView { .. }))
}

unary_slots!(
    VIEW_UNARY,
    "dict_keys",
    is_view,
    [(view_len, "__len__", len_of), (view_iter, "__iter__", iter_of), (view_repr, "__repr__", repr_of),]
);

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv_slot(vm, &args, "dict_keys", "__contains__", is_view)?.clone();
    let x = slot_args(&args, "__contains__", 1)?[0].clone();
    Ok(Value::Bool(vm.contains(&me, &x)?))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "dict_keys", "__reversed__", is_view)?.clone();
    super::noargs(&args, "dict_keys", "__reversed__")?;
    reversed_of(vm, &me)
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = recv(vm, &args, "dict_keys", "isdisjoint", is_view)?.clone();
    let other = onearg(&args, "dict_keys", "isdisjoint")?.clone();
    let it = vm.get_iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&me, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

num_slots!(
    VIEW_ARITH,
    "dict_keys",
    is_view,
    any_value,
    [
        (view_and, "__and__", BitAnd, false),
        (view_rand, "__rand__", BitAnd, true),
        (view_or, "__or__", BitOr, false),
        (view_ror, "__ror__", BitOr, true),
        (view_xor, "__xor__", BitXor, false),
        (view_rxor, "__rxor__", BitXor, true),
        (view_sub, "__sub__", Sub, false),
        (view_rsub, "__rsub__", Sub, true),
    ]
);

cmp_slots!(VIEW_CMP, "dict_keys", is_view, any_value, [view_eq, view_ne, view_lt, view_le, view_gt, view_ge]);

fn any_value(_: &Value) -> bool {
    true
}

static VIEW_OTHER: &[BuiltinFn] = &[
    method("dict_keys", "__contains__", view_contains),
    method("dict_keys", "__reversed__", view_reversed),
    method("dict_keys", "isdisjoint", view_isdisjoint),
];

/// `dict_keys` and `dict_items` (set-like views).
pub static SET_VIEW: &[&[BuiltinFn]] = &[VIEW_UNARY, VIEW_ARITH, VIEW_CMP, VIEW_OTHER];
/// `dict_values`.
pub static VALUES_VIEW: &[&[BuiltinFn]] = &[VIEW_UNARY, &[method("dict_values", "__reversed__", view_reversed)]];
