//! `int`, `bool` and `float`: constructors and methods.

use super::dunders::is_int;
use super::{method, noargs, onearg, recv};
use crate::builtin;
use crate::vm::Vm;
use crate::vm::error::{PyResult, type_error, value_error};
use crate::vm::object::PyTuple;
use crate::vm::object::function::{Args, BuiltinFn, BuiltinKind};
use crate::vm::object::int::{self, from_big, to_big};
use crate::vm::value::Value;
use num_traits::{ToPrimitive, Zero};

builtin!(INT_NEW, "int", "", Function, int_new);
builtin!(FLOAT_NEW, "float", "", Function, float_new);
builtin!(BOOL_NEW, "bool", "", Function, bool_new);

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    for k in args.kwnames {
        if &**k != "base" {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for int()")));
        }
    }
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
        Value::Str(s) => match int::parse(s.as_str(), 10) {
            Some(v) => {
                let digits = s.as_str().chars().filter(|c| super::unicode::decimal_value(*c).is_some()).count();
                if digits > 4300 {
                    return Err(value_error(format!(
                        "Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
                Ok(from_big(v))
            }
            None => Err(value_error(format!(
                "invalid literal for int() with base 10: {}",
                crate::vm::convert::str_repr(s.as_str())
            ))),
        },
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

/// `float(text)`: Python's accepted spellings (Unicode digits and spaces included, as
/// CPython maps them to ASCII first).
pub fn parse_float(text: &str) -> Option<f64> {
    let ascii: String = if text.is_ascii() {
        text.to_string()
    } else {
        text.chars()
            .map(|c| {
                if let Some(d) = super::unicode::decimal_value(c) {
                    char::from_digit(d, 10).unwrap_or('?')
                } else if super::unicode::is_space(c) {
                    ' '
                } else if c.is_ascii() {
                    c
                } else {
                    '?'
                }
            })
            .collect()
    };
    let t = ascii.trim_matches(|c: char| c.is_ascii_whitespace() || matches!(c, '\x1c'..='\x1f'));
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.strip_prefix(['+', '-']).unwrap_or(&lower);
    let neg = lower.starts_with('-');
    let special = match unsigned {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(distinct_nan()),
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

/// A NaN unlike the previous ones (its payload counts): CPython's `float('nan')` makes
/// a new object each time, and `is` (which compares a float's bits here) must tell
/// two of them apart (`float('nan') in [float('nan')]` is False).
fn distinct_nan() -> f64 {
    thread_local! {
        static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    }
    let n = NEXT.with(|c| {
        let n = c.get();
        c.set(if n >= (1 << 50) { 1 } else { n + 1 });
        n
    });
    f64::from_bits(f64::NAN.to_bits() | n)
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
    method("int", "conjugate", int_conjugate),
    method("int", "as_integer_ratio", int_ratio),
    method("int", "to_bytes", int_to_bytes),
    BuiltinFn { name: "from_bytes", owner: "int", kind: BuiltinKind::ClassMethod, call: int_from_bytes },
];

/// The int a method was called on, as a big int.
fn big_this(vm: &Vm, args: &Args, name: &str) -> PyResult<num_bigint::BigInt> {
    let me = recv(vm, args, "int", name, is_int)?;
    noargs(args, "int", name)?;
    Ok(to_big(me).unwrap_or_default())
}

fn bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(big_this(vm, &args, "bit_length")?.bits() as i64))
}

fn bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = big_this(vm, &args, "bit_count")?;
    Ok(Value::Int(v.magnitude().count_ones() as i64))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(from_big(big_this(vm, &args, "conjugate")?))
}

fn int_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = big_this(vm, &args, "as_integer_ratio")?;
    Ok(Value::Tuple(PyTuple::new(vec![from_big(v), Value::Int(1)])))
}

fn int_to_bytes(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(crate::vm::error::not_supported("int.to_bytes() (bytes)"))
}

fn int_from_bytes(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(crate::vm::error::not_supported("int.from_bytes() (bytes)"))
}

pub static FLOAT_METHODS: &[BuiltinFn] = &[
    method("float", "is_integer", float_is_integer),
    method("float", "as_integer_ratio", float_ratio),
    method("float", "conjugate", float_conjugate),
    method("float", "hex", float_hex),
    BuiltinFn { name: "fromhex", owner: "float", kind: BuiltinKind::ClassMethod, call: float_fromhex },
    BuiltinFn { name: "__getformat__", owner: "float", kind: BuiltinKind::ClassMethod, call: float_getformat },
];

/// The float a `METH_NOARGS` method was called on.
fn f(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    let me = recv(vm, args, "float", name, |v| matches!(v, Value::Float(_)))?;
    noargs(args, "float", name)?;
    Ok(if let Value::Float(x) = me { *x } else { 0.0 })
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = f(vm, &args, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(f(vm, &args, "conjugate")?))
}

fn float_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = f(vm, &args, "as_integer_ratio")?;
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(crate::vm::error::overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x == 0.0 {
        return Ok(Value::Tuple(PyTuple::new(vec![Value::Int(0), Value::Int(1)])));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    // Strip the trailing zero bits of the mantissa: the fraction is then in lowest terms.
    let tz = mant.trailing_zeros() as i64;
    let mant = mant >> tz;
    let e = exp - 1075 + tz;
    let mut num = num_bigint::BigInt::from(mant);
    if x < 0.0 {
        num = -num;
    }
    let (n, d) = if e >= 0 {
        (num << e as usize, num_bigint::BigInt::from(1))
    } else {
        (num, num_bigint::BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::Tuple(PyTuple::new(vec![from_big(n), from_big(d)])))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = f(vm, &args, "hex")?;
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

fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kind = onearg(&args, "float", "__getformat__")?;
    match kind {
        Value::Str(s) if matches!(s.as_str(), "double" | "float") => Ok(Value::str("IEEE, little-endian")),
        Value::Str(_) => Err(value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        other => {
            Err(type_error(format!("__getformat__() argument must be str, not {}", super::arg_type_name(vm, other))))
        }
    }
}

/// `float.fromhex(s)`, correctly rounded as CPython's `float_fromhex`.
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Bound to the class: `args.pos[0]` is `float`.
    let text = match args.pos.get(1..) {
        Some([Value::Str(s)]) if !args.has_kwargs() => s.clone(),
        Some([_]) if !args.has_kwargs() => return Err(type_error("bad argument type for built-in operation")),
        _ => {
            let _ = onearg(&args, "float", "fromhex")?;
            return Err(type_error("bad argument type for built-in operation"));
        }
    };
    let _ = vm;
    match parse_hex_float(text.as_str()) {
        Ok(x) => Ok(Value::Float(x)),
        Err(HexError::Invalid) => Err(value_error("invalid hexadecimal floating-point string")),
        Err(HexError::Overflow) => {
            Err(crate::vm::error::overflow_error("hexadecimal value too large to represent as a float"))
        }
    }
}

enum HexError {
    Invalid,
    Overflow,
}

fn parse_hex_float(text: &str) -> Result<f64, HexError> {
    let t = text.trim_matches(|c: char| super::unicode::is_space(c));
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sign(f64::INFINITY)),
        "nan" => return Ok(sign(f64::NAN)),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let hex_ok = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    if (int_part.is_empty() && frac_part.is_empty()) || !hex_ok(int_part) || !hex_ok(frac_part) {
        return Err(HexError::Invalid);
    }
    let exp: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            // Huge exponents saturate: the value overflows or underflows anyway.
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') { -v } else { v }
        }
    };
    let mut m = num_bigint::BigInt::default();
    for b in int_part.bytes().chain(frac_part.bytes()) {
        m = (m << 4u32) + num_bigint::BigInt::from((b as char).to_digit(16).unwrap_or(0));
    }
    let e = exp.saturating_sub(4 * frac_part.len() as i64);
    Ok(sign(round_to_f64(&m, e)?))
}

/// `m * 2**e` rounded half-to-even to the nearest double.
fn round_to_f64(m: &num_bigint::BigInt, e: i64) -> Result<f64, HexError> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let bits = m.bits() as i64;
    let top = bits.saturating_add(e); // the value is in [2**(top-1), 2**top)
    if top > 1024 {
        return Err(HexError::Overflow);
    }
    if top < -1074 {
        return Ok(0.0);
    }
    // Keep 53 significant bits, fewer for subnormals.
    let q = (top - 53).max(-1074);
    let r: num_bigint::BigInt = if e >= q {
        m << (e - q) as usize
    } else {
        let shift = (q - e) as usize;
        let floor = m >> shift;
        let rem = m - (&floor << shift);
        let half = num_bigint::BigInt::from(1) << (shift - 1);
        if rem > half || (rem == half && (&floor % 2u32) == num_bigint::BigInt::from(1)) { floor + 1 } else { floor }
    };
    let r = r.to_u64().unwrap_or(u64::MAX) as f64;
    let x = int::ldexp(r, q as i32);
    if x.is_infinite() {
        return Err(HexError::Overflow);
    }
    Ok(x)
}
