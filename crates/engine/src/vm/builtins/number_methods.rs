//! `int`, `bool` and `float`: constructors and methods.

use super::{arity, check_kwargs, method, this};
use crate::builtin;
use crate::vm::Vm;
use crate::vm::error::{PyResult, type_error, value_error};
use crate::vm::object::PyTuple;
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::int::{self, from_big, to_big};
use crate::vm::value::Value;
use num_traits::{Signed, ToPrimitive, Zero};

builtin!(INT_NEW, "int", "", Function, int_new);
builtin!(FLOAT_NEW, "float", "", Function, float_new);
builtin!(BOOL_NEW, "bool", "", Function, bool_new);

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("int", &args, &["base"])?;
    if args.pos.len() > 2 {
        return Err(type_error(format!("int() takes at most 2 arguments ({} given)", args.pos.len())));
    }
    let base = super::arg(&args, 1, "base");
    let Some(x) = args.pos.first() else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = super::int_arg(vm, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Value::Str(s) = x else {
            return Err(type_error("int() can't convert non-string with explicit base"));
        };
        return match int::parse(s.as_str(), b as u32) {
            Some(v) => Ok(from_big(v)),
            None => Err(value_error(format!(
                "invalid literal for int() with base {b}: {}",
                crate::vm::convert::str_repr(s.as_str())
            ))),
        };
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => int::from_f64(*f),
        Value::Str(s) => {
            if s.len() > 5000 && s.as_str().trim().len() > 4300 {
                return Err(value_error(
                    "Exceeds the limit (4300 digits) for integer string conversion: value has more digits; use sys.set_int_max_str_digits() to increase the limit",
                ));
            }
            match int::parse(s.as_str(), 10) {
                Some(v) => Ok(from_big(v)),
                None => Err(value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    crate::vm::convert::str_repr(s.as_str())
                ))),
            }
        }
        Value::Instance(_) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_dunder(x, name, &[])? {
                    return Ok(r);
                }
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name_of(x)
            )))
        }
        other => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            vm.type_name_of(other)
        ))),
    }
}

/// `float(text)`: Python's accepted spellings.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match unsigned {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    if t.is_empty() || t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    // Underscores only between digits.
    let chars: Vec<char> = t.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == '_'
            && !(i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
        {
            return None;
        }
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')) {
        return None;
    }
    clean.parse::<f64>().ok()
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("float", &args)?;
    if args.pos.len() > 1 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", args.pos.len())));
    }
    let Some(x) = args.pos.first() else { return Ok(Value::Float(0.0)) };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => Ok(Value::Float(int::big_to_f64(&b.v)?)),
        Value::Str(s) => match parse_float(s.as_str()) {
            Some(f) => Ok(Value::Float(f)),
            None => Err(value_error(format!(
                "could not convert string to float: {}",
                crate::vm::convert::str_repr(s.as_str())
            ))),
        },
        Value::Instance(_) => {
            if let Some(r) = vm.call_dunder(x, "__float__", &[])? {
                return Ok(r);
            }
            if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
                return float_new(vm, Args::positional(std::slice::from_ref(&r)));
            }
            Err(type_error(format!("float() argument must be a string or a real number, not '{}'", vm.type_name_of(x))))
        }
        other => Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name_of(other)
        ))),
    }
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("bool", &args)?;
    if args.pos.len() > 1 {
        return Err(type_error(format!("bool expected at most 1 argument, got {}", args.pos.len())));
    }
    match args.pos.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

pub static INT_METHODS: &[BuiltinFn] = &[
    method("int", "bit_length", bit_length),
    method("int", "bit_count", bit_count),
    method("int", "conjugate", int_self),
    method("int", "as_integer_ratio", int_ratio),
    method("int", "is_integer", int_is_integer),
    method("int", "__index__", int_self),
    method("int", "__int__", int_self),
    method("int", "__float__", int_float),
];

fn big_this(args: &Args) -> PyResult<num_bigint::BigInt> {
    to_big(this(args)).ok_or_else(|| type_error("descriptor requires an 'int' object"))
}

fn bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("bit_length", &args, 1, 1)?;
    Ok(Value::Int(big_this(&args)?.bits() as i64))
}

fn bit_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("bit_count", &args, 1, 1)?;
    let v = big_this(&args)?;
    Ok(Value::Int(v.magnitude().count_ones() as i64))
}

fn int_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(from_big(big_this(&args)?))
}

fn int_float(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(int::big_to_f64(&big_this(&args)?)?))
}

fn int_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Tuple(PyTuple::new(vec![from_big(big_this(&args)?), Value::Int(1)])))
}

fn int_is_integer(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

pub static FLOAT_METHODS: &[BuiltinFn] = &[
    method("float", "is_integer", float_is_integer),
    method("float", "as_integer_ratio", float_ratio),
    method("float", "conjugate", float_self),
    method("float", "hex", float_hex),
    method("float", "__int__", float_int),
    method("float", "__float__", float_self),
    method("float", "__round__", float_round),
    method("float", "__trunc__", float_int),
];

fn f(args: &Args) -> PyResult<f64> {
    match this(args) {
        Value::Float(f) => Ok(*f),
        _ => Err(type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = f(&args)?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(f(&args)?))
}

fn float_int(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    int::from_f64(f(&args)?)
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let round = vm.builtins.get("round").cloned().unwrap_or(Value::None);
    vm.call_sync(&round, args.pos)
}

fn float_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = f(&args)?;
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(crate::vm::error::overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let mut num = num_bigint::BigInt::from(mant);
    let mut e = exp - 1075;
    if x < 0.0 {
        num = -num;
    }
    while e < 0 && !num.is_zero() && (&num % 2u32).is_zero() {
        num /= 2u32;
        e += 1;
    }
    let (n, d) = if e >= 0 {
        (num << e as usize, num_bigint::BigInt::from(1))
    } else {
        (num, num_bigint::BigInt::from(1) << (-e) as usize)
    };
    let _ = n.abs();
    Ok(Value::Tuple(PyTuple::new(vec![from_big(n), from_big(d)])))
}

fn float_hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = f(&args)?;
    if !x.is_finite() {
        return Ok(Value::str(crate::vm::format::float_repr(x)));
    }
    if x == 0.0 {
        return Ok(Value::str(if x.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }));
    }
    let bits = x.to_bits();
    let sign = if x < 0.0 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let digits = format!("{mant:013x}");
    Ok(Value::str(format!("{sign}0x{lead}.{digits}p{}{}", if e < 0 { "-" } else { "+" }, e.abs())))
}

#[allow(dead_code)]
fn unused(v: &num_bigint::BigInt) -> Option<i64> {
    v.to_i64()
}
