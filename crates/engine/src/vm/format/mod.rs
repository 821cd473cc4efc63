//! Text formatting: `repr(float)`, the format-spec mini-language (`format()`, f-strings,
//! `str.format`), and `%`-formatting.

pub mod percent;
pub mod spec;
pub mod strformat;

pub use spec::{Spec, float_repr, round_float};

use super::Vm;
use super::error::{PyResult, value_error};
use super::value::Value;

/// `format(s, spec)` of a str.
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    let parsed = Spec::parse(spec).map_err(value_error)?;
    spec::format_str(s, &parsed).map_err(value_error)
}

/// `format(x, spec)` of a float.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    let parsed = Spec::parse(spec).map_err(value_error)?;
    spec::format_float(x, &parsed).map_err(value_error)
}

/// `format(n, spec)` of an int (big ints and bools too).
pub fn format_int_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let parsed = Spec::parse(spec).map_err(value_error)?;
    match v {
        Value::Int(i) => spec::format_int(*i, &parsed).map_err(value_error),
        Value::Bool(b) => spec::format_int(*b as i64, &parsed).map_err(value_error),
        Value::BigInt(b) => spec::format_big(vm, &b.v, &parsed),
        _ => Ok(String::new()),
    }
}
