//! `range` and `slice`.

use crate::vm::heap::Charge;
use crate::vm::value::Value;
use std::rc::Rc;

/// `range(start, stop, step)` (`step != 0`). The bounds are i128 within
/// `±RANGE_LIMIT`, so that lengths and items never overflow: far past what a program
/// iterates, and enough for `range(2 ** 100)`.
#[derive(Debug)]
pub struct PyRange {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
    _charge: Charge,
}

/// The largest magnitude of a range's bounds (2**125).
pub const RANGE_LIMIT: i128 = 1 << 125;

impl PyRange {
    pub fn new(start: i128, stop: i128, step: i128) -> Rc<PyRange> {
        Rc::new(PyRange { start, stop, step, _charge: Charge::new(std::mem::size_of::<PyRange>() + 16) })
    }

    /// The exact number of items.
    pub fn len_exact(&self) -> i128 {
        let (a, b, s) = (self.start, self.stop, self.step);
        if s > 0 && a < b {
            (b - a - 1) / s + 1
        } else if s < 0 && a > b {
            (a - b - 1) / (-s) + 1
        } else {
            0
        }
    }

    /// The `i`-th item (`0 <= i < len`).
    pub fn item(&self, i: i128) -> i128 {
        self.start + i * self.step
    }

    pub fn contains(&self, x: i128) -> bool {
        let (a, b, s) = (self.start, self.stop, self.step);
        if s > 0 { a <= x && x < b && (x - a) % s == 0 } else { b < x && x <= a && (a - x) % (-s) == 0 }
    }

    /// The position of `x`, if the range holds it.
    pub fn index_of(&self, x: i128) -> Option<i128> {
        self.contains(x).then(|| (x - self.start) / self.step)
    }
}

/// An i128 as a Python int.
pub fn int_value(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => crate::vm::object::int::from_big(num_bigint::BigInt::from(v)),
    }
}

/// A Python int as an i128 within a range's limits (`None`: not an int, or too big).
pub fn range_int(v: &Value) -> Option<Result<i128, ()>> {
    use num_traits::ToPrimitive;
    match v {
        Value::Int(i) => Some(Ok(*i as i128)),
        Value::Bool(b) => Some(Ok(*b as i128)),
        Value::BigInt(b) => Some(b.v.to_i128().filter(|x| x.abs() <= RANGE_LIMIT).ok_or(())),
        _ => None,
    }
}

/// `slice(start, stop, step)`: any values (ints or None in practice).
#[derive(Debug)]
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
    _charge: Charge,
}

impl PySlice {
    pub fn new(start: Value, stop: Value, step: Value) -> Rc<PySlice> {
        Rc::new(PySlice { start, stop, step, _charge: Charge::new(std::mem::size_of::<PySlice>() + 16) })
    }
}
