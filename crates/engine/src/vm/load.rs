//! Loading a compiled program into a run: constants become values (once per run), and
//! nested code objects become `Value::Code` constants.

use super::object::int::from_big;
use super::object::{LoadedCode, PyTuple};
use super::value::Value;
use crate::compile::code::{Code, Const};
use std::rc::Rc;

/// The loaded form of a code object and everything nested in it; its global slots
/// start at `global_base`.
pub fn load(code: &Rc<Code>, global_base: u32) -> Rc<LoadedCode> {
    let consts: Vec<Value> = code.consts.iter().map(|c| load_const(c, global_base)).collect();
    Rc::new(LoadedCode { code: code.clone(), consts: consts.into_boxed_slice(), global_base })
}

fn load_const(c: &Const, global_base: u32) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(digits) => {
            num_bigint::BigInt::parse_bytes(digits.as_bytes(), 10).map(from_big).unwrap_or(Value::Int(0))
        }
        Const::Float(f) => Value::Float(*f),
        Const::Str(s) => Value::str(&**s),
        Const::Ellipsis => Value::Ellipsis,
        Const::Code(c) => Value::Code(load(c, global_base)),
        Const::Names(names) => Value::Tuple(PyTuple::new(names.iter().map(|n| Value::str(&**n)).collect::<Vec<_>>())),
    }
}
