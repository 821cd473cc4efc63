//! `int` with arbitrary precision: `Value::Int(i64)` on the fast path, `Value::BigInt`
//! (num-bigint) past it. Every result is normalized, so an int that fits in 64 bits is
//! always a `Value::Int`.

use crate::vm::error::{PyErr, PyResult, overflow_error, value_error, zero_division};
use crate::vm::heap::Charge;
use crate::vm::value::Value;
use num_bigint::{BigInt as Big, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

#[derive(Debug)]
pub struct BigInt {
    pub v: Big,
    _charge: Charge,
}

/// Ints longer than this many bits are refused (`OverflowError`), so that one
/// expression cannot take the page's memory (CPython refuses at 4300 decimal digits for
/// `str()`, and would happily compute `10**10**9` for minutes).
pub const MAX_BITS: u64 = 1 << 24;

/// The value of an int as a `Value`, `Int` when it fits.
pub fn from_big(v: Big) -> Value {
    match v.to_i64() {
        Some(i) => Value::Int(i),
        None => {
            let bytes = std::mem::size_of::<BigInt>() + 16 + (v.bits() as usize).div_ceil(8);
            Value::BigInt(Rc::new(BigInt { v, _charge: Charge::new(bytes) }))
        }
    }
}

/// The int of an `int` or `bool` value as a big int.
pub fn to_big(v: &Value) -> Option<Big> {
    match v {
        Value::Int(i) => Some(Big::from(*i)),
        Value::Bool(b) => Some(Big::from(*b as i64)),
        Value::BigInt(b) => Some(b.v.clone()),
        _ => None,
    }
}

/// Whether `v` is an int (bools included).
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn check_size(v: Big) -> PyResult<Value> {
    if v.bits() > MAX_BITS {
        return Err(overflow_error("integer is too large for Loopscope"));
    }
    Ok(from_big(v))
}

pub fn add(a: i64, b: i64) -> Value {
    match a.checked_add(b) {
        Some(r) => Value::Int(r),
        None => from_big(Big::from(a) + b),
    }
}

pub fn sub(a: i64, b: i64) -> Value {
    match a.checked_sub(b) {
        Some(r) => Value::Int(r),
        None => from_big(Big::from(a) - b),
    }
}

pub fn mul(a: i64, b: i64) -> Value {
    match a.checked_mul(b) {
        Some(r) => Value::Int(r),
        None => from_big(Big::from(a) * b),
    }
}

/// `a // b` (floor division).
pub fn floordiv(a: i64, b: i64) -> PyResult<Value> {
    if b == 0 {
        return Err(zero_division("integer division or modulo by zero"));
    }
    if a == i64::MIN && b == -1 {
        return Ok(from_big(-Big::from(a)));
    }
    let q = a / b;
    Ok(Value::Int(if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q }))
}

/// `a % b` (the sign of the divisor).
pub fn modulo(a: i64, b: i64) -> PyResult<Value> {
    if b == 0 {
        return Err(zero_division("integer modulo by zero"));
    }
    if b == -1 {
        return Ok(Value::Int(0));
    }
    let r = a % b;
    Ok(Value::Int(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r }))
}

/// The four operations on big ints.
pub fn big_binary(op: crate::syntax::ast::BinOp, a: &Big, b: &Big) -> PyResult<Value> {
    use crate::syntax::ast::BinOp::*;
    Ok(match op {
        Add => check_size(a + b)?,
        Sub => check_size(a - b)?,
        Mul => {
            if a.bits() + b.bits() > MAX_BITS + 1 {
                return Err(overflow_error("integer is too large for Loopscope"));
            }
            check_size(a * b)?
        }
        FloorDiv => {
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            from_big(a.div_floor(b))
        }
        Mod => {
            if b.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            from_big(a.mod_floor(b))
        }
        Div => Value::Float(true_div(a, b)?),
        Pow => return pow(a, b),
        LShift => return lshift(a, b),
        RShift => return rshift(a, b),
        BitAnd => from_big(a & b),
        BitOr => from_big(a | b),
        BitXor => from_big(a ^ b),
        MatMul => {
            return Err(PyErr::new(
                crate::vm::error::ExcKind::TypeError,
                "unsupported operand type(s) for @: 'int' and 'int'",
            ));
        }
    })
}

/// `a / b` for ints, correctly rounded for the magnitudes learners use.
pub fn true_div(a: &Big, b: &Big) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    match (a.to_i64(), b.to_i64()) {
        (Some(x), Some(y)) if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
            return Ok(x as f64 / y as f64);
        }
        _ => {}
    }
    // Scale so that the quotient has 55+ significant bits, divide exactly, then round
    // once through f64 conversion.
    let shift = 60i64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift > 0 { (a << shift as usize, b.clone()) } else { (a.clone(), b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    // A sticky bit keeps round-half-even correct.
    let q = if r.is_zero() { q } else { (q << 1usize) + if a.is_negative() != b.is_negative() { -1 } else { 1 } };
    let extra = if r.is_zero() { 0 } else { 1 };
    let f = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - extra;
    let result = ldexp(f, exp);
    if result.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(result)
}

/// `x * 2**exp` without intermediate overflow.
pub fn ldexp(x: f64, exp: i32) -> f64 {
    let mut x = x;
    let mut e = exp;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

/// An int as a float (OverflowError past f64's range).
pub fn big_to_f64(v: &Big) -> PyResult<f64> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

pub fn pow(a: &Big, b: &Big) -> PyResult<Value> {
    if b.is_negative() {
        let base = big_to_f64(a)?;
        if base == 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        let e = big_to_f64(b)?;
        return Ok(Value::Float(base.powf(e)));
    }
    if a.is_zero() || a.is_one() {
        return Ok(from_big(if b.is_zero() { Big::one() } else { a.clone() }));
    }
    if *a == Big::from(-1) {
        return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
    }
    let Some(e) = b.to_u64() else {
        return Err(overflow_error("integer is too large for Loopscope"));
    };
    if (a.bits().saturating_sub(1)).saturating_mul(e) > MAX_BITS {
        return Err(overflow_error("integer is too large for Loopscope"));
    }
    let Ok(e32) = u32::try_from(e) else {
        return Err(overflow_error("integer is too large for Loopscope"));
    };
    check_size(num_traits::pow::Pow::pow(a, e32))
}

/// `pow(a, b, m)`.
pub fn pow_mod(a: &Big, b: &Big, m: &Big) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let (base, exp) = if b.is_negative() {
        let inv = mod_inverse(a, m).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        (inv, -b)
    } else {
        (a.clone(), b.clone())
    };
    let mm = m.abs();
    let r = base.mod_floor(&mm).modpow(&exp, &mm);
    // The result has the sign of the modulus, as with `%`.
    let r = if m.is_negative() && !r.is_zero() { r + m } else { r };
    Ok(from_big(r))
}

fn mod_inverse(a: &Big, m: &Big) -> Option<Big> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

pub fn lshift(a: &Big, b: &Big) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    match b.to_u64() {
        Some(n) if a.bits() + n <= MAX_BITS => Ok(from_big(a << n as usize)),
        // A shift that does not fit in `Py_ssize_t`.
        None => Err(overflow_error("too many digits in integer")),
        _ => Err(overflow_error("integer is too large for Loopscope")),
    }
}

pub fn rshift(a: &Big, b: &Big) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    match b.to_u64() {
        // `>>` on negative numbers rounds towards minus infinity (num-bigint does too).
        Some(n) if n < a.bits() + 1 => Ok(from_big(a >> n as usize)),
        _ => Ok(Value::Int(if a.is_negative() { -1 } else { 0 })),
    }
}

/// Python's `hash()` of an int: reduction modulo 2**61 - 1, keeping the sign, -1 → -2.
pub fn hash_i64(v: i64) -> i64 {
    const MODULUS: u64 = (1 << 61) - 1;
    let m = v.unsigned_abs() % MODULUS;
    let h = if v < 0 { -(m as i64) } else { m as i64 };
    if h == -1 { -2 } else { h }
}

pub fn hash_big(v: &Big) -> i64 {
    const MODULUS: u64 = (1 << 61) - 1;
    let m = (v.abs() % Big::from(MODULUS)).to_u64().unwrap_or(0);
    let h = if v.sign() == Sign::Minus { -(m as i64) } else { m as i64 };
    if h == -1 { -2 } else { h }
}

/// `int(text, base)`: CPython's rules (whitespace, sign, underscores between digits,
/// `0x`/`0o`/`0b` prefixes with base 0 or their own base).
pub fn parse(text: &str, base: u32) -> Option<Big> {
    let t = text.trim_matches(crate::vm::builtins::unicode::is_space);
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                // Base 0 refuses leading zeros ("010"), except for zero itself.
                if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
                    return None;
                }
                (10, lower.clone())
            }
        }
        16 => (16, lower.strip_prefix("0x").unwrap_or(&lower).to_string()),
        8 => (8, lower.strip_prefix("0o").unwrap_or(&lower).to_string()),
        2 => (2, lower.strip_prefix("0b").unwrap_or(&lower).to_string()),
        b => (b, lower.clone()),
    };
    let prefixed = digits.len() != lower.len();
    let digits = if prefixed { digits.strip_prefix('_').unwrap_or(&digits).to_string() } else { digits };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let mut clean = String::with_capacity(digits.len());
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        // Unicode decimal digits count too (`int('٣')`).
        let d =
            if c.is_ascii_alphanumeric() { c.to_digit(36)? } else { crate::vm::builtins::unicode::decimal_value(c)? };
        if d >= base {
            return None;
        }
        clean.push(std::char::from_digit(d, 36)?);
    }
    let v = Big::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// Digits of `v` in `base` (2, 8, 10, 16), without sign or prefix.
pub fn to_radix(v: &Big, base: u32) -> String {
    v.abs().to_str_radix(base)
}

/// `int(x)` of a float: truncation, CPython's errors for inf and nan.
pub fn from_f64(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(from_big(big_from_f64(t)))
}

/// An integral float as a big int (exact).
pub fn big_from_f64(t: f64) -> Big {
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = Big::from(mant);
    let v = if exp >= 0 { m << exp as usize } else { m >> (-exp) as usize };
    if t < 0.0 { -v } else { v }
}

/// Compares an int with a float exactly (CPython compares them without rounding).
pub fn cmp_big_f64(a: &Big, b: f64) -> Option<std::cmp::Ordering> {
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
    }
    let fl = b.floor();
    let bi = big_from_f64(fl);
    match a.cmp(&bi) {
        std::cmp::Ordering::Equal if fl != b => Some(std::cmp::Ordering::Less),
        o => Some(o),
    }
}

pub fn cmp_i64_f64(a: i64, b: f64) -> Option<std::cmp::Ordering> {
    if b.is_nan() {
        return None;
    }
    if a.unsigned_abs() < (1 << 53) {
        return (a as f64).partial_cmp(&b);
    }
    cmp_big_f64(&Big::from(a), b)
}
