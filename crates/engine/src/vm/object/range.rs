//! `range` and `slice`.

use crate::vm::heap::Charge;
use crate::vm::value::Value;
use std::rc::Rc;

/// `range(start, stop, step)` over 64-bit ints (`step != 0`).
#[derive(Debug)]
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    _charge: Charge,
}

impl PyRange {
    pub fn new(start: i64, stop: i64, step: i64) -> Rc<PyRange> {
        Rc::new(PyRange { start, stop, step, _charge: Charge::new(std::mem::size_of::<PyRange>() + 16) })
    }

    /// The exact number of items (i128: `stop - start` may overflow i64).
    pub fn len_exact(&self) -> i128 {
        let (a, b, s) = (self.start as i128, self.stop as i128, self.step as i128);
        if s > 0 && a < b {
            (b - a - 1) / s + 1
        } else if s < 0 && a > b {
            (a - b - 1) / (-s) + 1
        } else {
            0
        }
    }

    /// The `i`-th item (`0 <= i < len`).
    pub fn item(&self, i: i128) -> i64 {
        (self.start as i128 + i * self.step as i128) as i64
    }

    pub fn contains(&self, x: i64) -> bool {
        let (a, b, s, x) = (self.start as i128, self.stop as i128, self.step as i128, x as i128);
        if s > 0 { a <= x && x < b && (x - a) % s == 0 } else { b < x && x <= a && (a - x) % (-s) == 0 }
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
