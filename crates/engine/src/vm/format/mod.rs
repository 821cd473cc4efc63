//! Text formatting: `repr(float)`, the format-spec mini-language (`format()`, f-strings,
//! `str.format`), and `%`-formatting.

pub mod percent;
pub mod spec;
pub mod strformat;

pub use spec::{Spec, float_repr, round_float};

use super::Vm;
use super::error::{PyResult, value_error};
use super::value::Value;
use num_traits::ToPrimitive;

/// `format(s, spec)` of a str.
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = Spec::parse(spec, 's', '<', "str").map_err(value_error)?;
    spec::format_str(s, &parsed, "str").map_err(value_error)
}

/// `format(x, spec)` of a float.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let parsed = Spec::parse(spec, '\0', '>', "float").map_err(value_error)?;
    float_presentation(x, &parsed, "float")
}

/// A float formatted with a parsed spec, whose type must be a float presentation.
fn float_presentation(x: f64, parsed: &Spec, type_name: &str) -> PyResult<String> {
    match parsed.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => spec::format_float(x, parsed).map_err(value_error),
        t => Err(value_error(spec::unknown_code(t, type_name))),
    }
}

/// `format(n, spec)` of an int (big ints and bools too).
pub fn format_int_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let type_name = if matches!(v, Value::Bool(_)) { "bool" } else { "int" };
    if spec.is_empty() {
        return vm.to_str(v);
    }
    let parsed = Spec::parse(spec, 'd', '>', type_name).map_err(value_error)?;
    // 64-bit ints (the common case) are formatted without a big int.
    let small = v.as_i64();
    match parsed.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {
            if let Some(n) = small {
                let m = n.unsigned_abs();
                let digits = |radix: u32| match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                };
                return spec::format_int_digits(n < 0, &digits, Some(n), &parsed);
            }
            let big = super::object::int::to_big(v).unwrap_or_default();
            if matches!(parsed.ty, 'd' | 'n') && big.bits() > 14_000 {
                // The 4300-digit limit of int-to-decimal conversion.
                vm.big_to_decimal(&big)?;
            }
            let negative = big.sign() == num_bigint::Sign::Minus;
            spec::format_int_digits(negative, &|r| big.magnitude().to_str_radix(r), big.to_i64(), &parsed)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = match small {
                Some(n) => n as f64,
                None => super::object::int::big_to_f64(&super::object::int::to_big(v).unwrap_or_default())?,
            };
            spec::format_float(x, &parsed).map_err(value_error)
        }
        t => Err(value_error(spec::unknown_code(t, type_name))),
    }
}
