//! Operators: arithmetic, comparisons, `in`, subscripts, with Python's rules for mixing
//! types, its dunder methods (and their reflected forms), and its error messages.

use super::Vm;
use super::error::{ExcKind, PyErr, PyResult, type_error, zero_division};
use super::object::int::{self, from_big, to_big};
use super::object::{PyClass, PyList, PyTuple};
use super::value::Value;
use crate::compile::code::UnOp;
use crate::syntax::ast::{BinOp, CmpOp};
use num_traits::ToPrimitive;
use std::cmp::Ordering;
use std::rc::Rc;

/// The int operations that need no allocation and cannot fail.
#[inline]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mul => x.checked_mul(y).map(Value::Int),
        BinOp::Mod if y > 0 => Some(Value::Int(x.rem_euclid(y))),
        BinOp::FloorDiv if y > 0 => Some(Value::Int(x.div_euclid(y))),
        BinOp::BitAnd => Some(Value::Int(x & y)),
        BinOp::BitOr => Some(Value::Int(x | y)),
        BinOp::BitXor => Some(Value::Int(x ^ y)),
        _ => None,
    }
}

/// Every int operation on two 64-bit ints.
pub fn int_binary(op: BinOp, x: i64, y: i64) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => int::add(x, y),
        BinOp::Sub => int::sub(x, y),
        BinOp::Mul => int::mul(x, y),
        BinOp::FloorDiv => int::floordiv(x, y)?,
        BinOp::Mod => int::modulo(x, y)?,
        BinOp::Div => {
            if y == 0 {
                return Err(zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                Value::Float(x as f64 / y as f64)
            } else {
                Value::Float(int::true_div(&x.into(), &y.into())?)
            }
        }
        BinOp::Pow => {
            if (0..=63).contains(&y)
                && let Some(r) = x.checked_pow(y as u32)
            {
                Value::Int(r)
            } else {
                int::pow(&x.into(), &y.into())?
            }
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(super::error::value_error("negative shift count"));
            }
            if y < 63 && (x.unsigned_abs() >> (63 - y)) == 0 {
                Value::Int(x << y)
            } else {
                int::lshift(&x.into(), &y.into())?
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(super::error::value_error("negative shift count"));
            }
            Value::Int(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
        }
        BinOp::BitAnd => Value::Int(x & y),
        BinOp::BitOr => Value::Int(x | y),
        BinOp::BitXor => Value::Int(x ^ y),
        BinOp::MatMul => return Err(type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    })
}

#[inline]
pub fn float_fast(op: BinOp, x: f64, y: f64) -> Option<Value> {
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mul => Some(Value::Float(x * y)),
        BinOp::Div if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

#[inline]
pub fn cmp_i64(op: CmpOp, x: i64, y: i64) -> bool {
    match op {
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        // `in` on an int is a TypeError: callers check the op first.
        CmpOp::In | CmpOp::NotIn => false,
    }
}

/// Python's float `%`.
pub fn float_mod(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_division("float modulo"));
    }
    let m = x % y;
    Ok(if m != 0.0 { if (y < 0.0) != (m < 0.0) { m + y } else { m } } else { 0.0f64.copysign(y) })
}

/// Python's float `//`.
pub fn float_floordiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    Ok(if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    })
}

/// Python's float `**`.
pub fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(super::error::not_supported("a complex result of '**' (complex numbers)"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(super::error::overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

fn float_binary(op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    Ok(Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => float_floordiv(x, y)?,
        BinOp::Mod => float_mod(x, y)?,
        BinOp::Pow => float_pow(x, y)?,
        _ => return Ok(None),
    })))
}

/// A number as a float, for mixed int/float arithmetic.
pub fn num_to_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(b) => Some(int::big_to_f64(&b.v)),
        _ => None,
    }
}

/// Whether `right` (a subclass of `left`) has its own `name`, not the one it inherits
/// from `left`: CPython's `method_is_overloaded`.
fn overrides(left: &Rc<PyClass>, right: &Rc<PyClass>, name: &str) -> bool {
    match (right.lookup(name), left.lookup(name)) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(r), Some(l)) => !r.is(&l),
    }
}

/// Whether a comparison tries `b`'s reflected method first: `type(b)` is a proper subclass
/// of `type(a)`, overriding the method or not (`do_richcompare` in object.c).
fn reflected_first(vm: &Vm, a: &Value, b: &Value) -> bool {
    if !matches!(b, Value::Instance(_)) {
        return false;
    }
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta)
}

fn dunder_name(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

impl Vm {
    /// `a op b`.
    pub fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(v) = self.builtin_binary(op, a, b)? {
            return Ok(v);
        }
        let (name, rname, _) = dunder_name(op);
        let a_user = matches!(a, Value::Instance(_));
        let b_user = matches!(b, Value::Instance(_));
        if a_user || b_user {
            // CPython's `slot_nb_*` (SLOT1BINFULL in typeobject.c): the right operand's
            // reflected method goes first when its type is a proper subclass of the left's
            // that overrides it (`method_is_overloaded`: an inherited one does not count);
            // it is never tried when both operands have the same type.
            let (ta, tb) = (self.type_of(a), self.type_of(b));
            let same = Rc::ptr_eq(&ta, &tb);
            let b_first = b_user
                && !same
                && tb.is_subclass(&ta)
                && if a_user { overrides(&ta, &tb, rname) } else { tb.user_defines(rname) };
            if b_first && let Some(r) = self.call_dunder(b, rname, std::slice::from_ref(a))? {
                return Ok(r);
            }
            if a_user && let Some(r) = self.call_dunder(a, name, std::slice::from_ref(b))? {
                return Ok(r);
            }
            if b_user
                && !b_first
                && !same
                && let Some(r) = self.call_dunder(b, rname, std::slice::from_ref(a))?
            {
                return Ok(r);
            }
        }
        Err(self.unsupported_operands(op, a, b))
    }

    fn unsupported_operands(&self, op: BinOp, a: &Value, b: &Value) -> PyErr {
        let (ta, tb) = (self.type_name_of(a), self.type_name_of(b));
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        if op == BinOp::Add && matches!(a, Value::List(_)) {
            return type_error(format!("can only concatenate list (not \"{tb}\") to list"));
        }
        if op == BinOp::Add && matches!(a, Value::Tuple(_)) {
            return type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple"));
        }
        if op == BinOp::Mul
            && (matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                || matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_)))
        {
            let other = if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) { tb } else { ta };
            return type_error(format!("can't multiply sequence by non-int of type '{other}'"));
        }
        if op == BinOp::Pow {
            return type_error(format!("unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"));
        }
        type_error(format!("unsupported operand type(s) for {}: '{ta}' and '{tb}'", op.symbol()))
    }

    /// The builtin types' operators (`None`: not for these types).
    fn builtin_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => return int_binary(op, *x, *y).map(Some),
            // `bool & bool` (and `|`, `^`) stays a bool.
            (Bool(x), Bool(y)) if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) => {
                return Ok(Some(Bool(match op {
                    BinOp::BitAnd => *x & *y,
                    BinOp::BitOr => *x | *y,
                    _ => *x ^ *y,
                })));
            }
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                if let (Some(x), Some(y)) = (a.as_i64(), b.as_i64()) {
                    return int_binary(op, x, y).map(Some);
                }
                let (Some(x), Some(y)) = (to_big(a), to_big(b)) else { return Ok(Option::None) };
                return int::big_binary(op, &x, &y).map(Some);
            }
            (Float(_) | Int(_) | Bool(_) | BigInt(_), Float(_) | Int(_) | Bool(_) | BigInt(_)) => {
                let (Some(x), Some(y)) = (num_to_f64(a), num_to_f64(b)) else { return Ok(Option::None) };
                return float_binary(op, x?, y?);
            }
            _ => {}
        }
        Ok(match (op, a, b) {
            (BinOp::Add, Str(x), Str(y)) => {
                self.reserve(x.len() + y.len())?;
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Some(Value::str(s))
            }
            (BinOp::Mul, Str(s), n) | (BinOp::Mul, n, Str(s)) if int::is_int(n) => {
                let count = self.repeat_count(n, s.len()).map_err(|e| {
                    if e.is_new(ExcKind::MemoryError) {
                        super::error::overflow_error("repeated string is too long")
                    } else {
                        e
                    }
                })?;
                Some(Value::str(s.as_str().repeat(count)))
            }
            (BinOp::Mod, Str(s), args) => Some(Value::str(self.percent_format(s.as_str(), args)?)),
            (BinOp::Add, List(x), List(y)) => {
                let mut items = x.snapshot();
                self.reserve((items.len() + y.len()) * 16)?;
                items.extend(y.borrow().iter().cloned());
                Some(List(PyList::new(items)))
            }
            (BinOp::Add, Tuple(x), Tuple(y)) => {
                let mut items = x.items().to_vec();
                items.extend(y.items().iter().cloned());
                Some(Tuple(PyTuple::new(items)))
            }
            (BinOp::Mul, List(l), n) | (BinOp::Mul, n, List(l)) if int::is_int(n) => {
                let items = l.snapshot();
                let count = self.repeat_count(n, items.len() * 16)?;
                Some(List(PyList::new(repeat(&items, count))))
            }
            (BinOp::Mul, Tuple(t), n) | (BinOp::Mul, n, Tuple(t)) if int::is_int(n) => {
                let count = self.repeat_count(n, t.len() * 16)?;
                Some(Tuple(PyTuple::new(repeat(t.items(), count))))
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
            ) => Some(self.set_operator(op, a, b)?),
            (BinOp::BitOr, Class(_) | None | Special(_), Class(_) | None | Special(_))
                if self.union_arg(a).is_some() && self.union_arg(b).is_some() && !(a.is_none() && b.is_none()) =>
            {
                let mut args = self.union_arg(a).unwrap_or_default();
                for x in self.union_arg(b).unwrap_or_default() {
                    if !args.iter().any(|y| y.is(&x)) {
                        args.push(x);
                    }
                }
                Some(if args.len() == 1 {
                    args.remove(0)
                } else {
                    Special(super::object::Special::new(super::object::special::SpecialKind::Union(args)))
                })
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Special(_), _)
            | (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, Special(_)) => {
                self.view_binary(op, a, b)?
            }
            (BinOp::BitOr, Dict(x), Dict(y)) => {
                let d = super::object::PyDict::new();
                self.dict_update_from(&Dict(d.clone()), &Dict(x.clone()))?;
                self.dict_update_from(&Dict(d.clone()), &Dict(y.clone()))?;
                Some(Dict(d))
            }
            _ => Option::None,
        })
    }

    /// The members a value brings to a union (`int | None`): a class, None, or a
    /// union's own members; `None` for anything else.
    fn union_arg(&self, v: &Value) -> Option<Vec<Value>> {
        match v {
            Value::Class(_) | Value::None => Some(vec![v.clone()]),
            Value::Special(s) => match &*s.kind.borrow() {
                super::object::special::SpecialKind::Union(args) => Some(args.clone()),
                super::object::special::SpecialKind::GenericAlias { .. } => Some(vec![v.clone()]),
                _ => Option::None,
            },
            _ => Option::None,
        }
    }

    /// How many times a sequence of `unit` bytes may be repeated for `seq * n`.
    fn repeat_count(&self, n: &Value, unit: usize) -> PyResult<usize> {
        let count = match n {
            Value::BigInt(b) => {
                if b.v.sign() == num_bigint::Sign::Minus {
                    0
                } else {
                    return Err(super::error::overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
            other => other.as_i64().unwrap_or(0).max(0) as u64,
        };
        let total = (count as u128) * (unit as u128);
        if total > isize::MAX as u128 {
            return Err(PyErr::new(ExcKind::MemoryError, ""));
        }
        self.reserve(total as usize)?;
        Ok(count as usize)
    }

    /// `a op= b`: `__iop__` first, lists and sets change in place.
    pub fn inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = match b {
                    Value::List(other) => other.snapshot(),
                    other => self.collect(other)?,
                };
                self.reserve(items.len() * 16)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mul, Value::List(l)) if int::is_int(b) => {
                let items = l.snapshot();
                let count = self.repeat_count(b, items.len() * 16)?;
                *l.borrow_mut() = repeat(&items, count);
                return Ok(a.clone());
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(_))
                if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
            {
                self.set_inplace(op, a, b)?;
                return Ok(a.clone());
            }
            (BinOp::BitOr, Value::Dict(_)) => {
                self.dict_update_from(a, b)?;
                return Ok(a.clone());
            }
            (_, Value::Instance(_)) => {
                let (_, _, iname) = dunder_name(op);
                if let Some(r) = self.call_dunder(a, iname, std::slice::from_ref(b))? {
                    return Ok(r);
                }
            }
            _ => {}
        }
        self.binary(op, a, b).map_err(|e| {
            // `+=` reports the augmented operator.
            if let super::error::ErrKind::New(ExcKind::TypeError, m) = &*e.0
                && m.starts_with("unsupported operand type(s) for ")
            {
                let sym = if op == BinOp::Pow { "**=".to_string() } else { format!("{}=", op.symbol()) };
                let fixed = m.replacen(
                    &format!("for {}:", if op == BinOp::Pow { "** or pow()" } else { op.symbol() }),
                    &format!("for {sym}:"),
                    1,
                );
                return type_error(fixed);
            }
            e
        })
    }

    pub fn unary(&mut self, op: UnOp, v: &Value) -> PyResult<Value> {
        match op {
            UnOp::Not => return Ok(Value::Bool(!self.truthy(v)?)),
            UnOp::Neg => match v {
                Value::Int(i) => {
                    return Ok(i
                        .checked_neg()
                        .map(Value::Int)
                        .unwrap_or_else(|| from_big(-num_bigint::BigInt::from(*i))));
                }
                Value::Bool(b) => return Ok(Value::Int(-(*b as i64))),
                Value::BigInt(b) => return Ok(from_big(-&b.v)),
                Value::Float(f) => return Ok(Value::Float(-f)),
                _ => {}
            },
            UnOp::Pos => match v {
                Value::Int(_) | Value::BigInt(_) | Value::Float(_) => return Ok(v.clone()),
                Value::Bool(b) => return Ok(Value::Int(*b as i64)),
                _ => {}
            },
            UnOp::Invert => match v {
                Value::Int(i) => return Ok(Value::Int(!i)),
                Value::Bool(b) => return Ok(Value::Int(!(*b as i64))),
                Value::BigInt(b) => return Ok(from_big(-&b.v - 1)),
                _ => {}
            },
        }
        let (name, sym) = match op {
            UnOp::Neg => ("__neg__", "-"),
            UnOp::Pos => ("__pos__", "+"),
            UnOp::Invert => ("__invert__", "~"),
            UnOp::Not => unreachable!(),
        };
        if matches!(v, Value::Instance(_))
            && let Some(r) = self.call_dunder(v, name, &[])?
        {
            return Ok(r);
        }
        Err(type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name_of(v))))
    }

    /// `a op b` for a comparison.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => return self.rich_eq(a, b, false),
            CmpOp::NotEq => return self.rich_eq(a, b, true),
            _ => return self.rich_order(op, a, b),
        }))
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = quick_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_eq(a, b, false)?;
        self.truthy(&r)
    }

    fn rich_eq(&mut self, a: &Value, b: &Value, negate: bool) -> PyResult<Value> {
        // `x == x` calls a user `__eq__` too: only containers (`PyObject_RichCompareBool`,
        // `eq` below) take identity for equality.
        let same_instance = matches!(a, Value::Instance(_)) && a.is(b);
        if !same_instance && let Some(r) = quick_eq(a, b) {
            return Ok(Value::Bool(r != negate));
        }
        let (name, rname) = if negate { ("__ne__", "__ne__") } else { ("__eq__", "__eq__") };
        if let Some(r) = self.user_compare(a, b, name, rname)? {
            return Ok(r);
        }
        if let Some(r) = self.view_compare(if negate { CmpOp::NotEq } else { CmpOp::Eq }, a, b)? {
            return Ok(Value::Bool(r));
        }
        let equal = match (a, b) {
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) {
                    true
                } else {
                    let (x, y) = (x.snapshot(), y.snapshot());
                    self.seq_eq(&x, &y)?
                }
            }
            (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y) || self.seq_eq(x.items(), y.items())?,
            (Value::Dict(x), Value::Dict(y)) => self.dict_eq(x, y)?,
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => self.set_eq(a, b)?,
            (Value::Special(_), Value::Special(_)) => self.view_eq(a, b)?,
            (Value::Range(x), Value::Range(y)) => {
                let n = x.len_exact();
                n == y.len_exact() && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)))
            }
            (Value::Slice(x), Value::Slice(y)) => {
                let (p, q) = (
                    Value::Tuple(PyTuple::new(vec![x.start.clone(), x.stop.clone(), x.step.clone()])),
                    Value::Tuple(PyTuple::new(vec![y.start.clone(), y.stop.clone(), y.step.clone()])),
                );
                self.eq(&p, &q)?
            }
            // With `__ne__` missing on an instance, `!=` is the negation of `==`.
            (Value::Instance(_), _) | (_, Value::Instance(_)) if negate => {
                let r = self.rich_eq(a, b, false)?;
                return Ok(Value::Bool(!self.truthy(&r)?));
            }
            _ => a.is(b),
        };
        Ok(Value::Bool(equal != negate))
    }

    /// `a is b or a == b`, the test of containment and `index`/`count` (a NaN is only
    /// "the same" as itself: each `float('nan')` has a NaN payload of its own).
    pub fn same_or_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        self.eq(a, b)
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.enter_recursion()?;
        self.enter_compare();
        let r = (|| {
            for (a, b) in x.iter().zip(y) {
                self.count_compared()?;
                if !self.same_or_eq(a, b)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })();
        self.compare_depth -= 1;
        self.leave_recursion();
        r
    }

    /// Starts (or nests in) a sequence comparison.
    fn enter_compare(&mut self) {
        if self.compare_depth == 0 {
            self.compare_work = 0;
        }
        self.compare_depth += 1;
    }

    /// One more pair of items compared: past 20 million in one comparison, CPython
    /// would run for minutes to hours (structures sharing their parts) and the page
    /// would freeze, so it stops.
    fn count_compared(&mut self) -> PyResult<()> {
        const MAX_COMPARED: u64 = 20_000_000;
        self.compare_work += 1;
        if self.compare_work > MAX_COMPARED {
            return Err(super::error::overflow_error("comparison is too long for Loopscope"));
        }
        Ok(())
    }

    /// The instances' comparison methods in CPython's order (`do_richcompare`): `b`'s
    /// reflected one first when `type(b)` is a proper subclass of `type(a)`, else `a`'s then
    /// `b`'s. `None`: none of them decided (missing, or `NotImplemented`).
    fn user_compare(&mut self, a: &Value, b: &Value, name: &str, rname: &str) -> PyResult<Option<Value>> {
        let b_first = reflected_first(self, a, b);
        if b_first && let Some(r) = self.call_dunder(b, rname, std::slice::from_ref(a))? {
            return Ok(Some(r));
        }
        if matches!(a, Value::Instance(_))
            && let Some(r) = self.call_dunder(a, name, std::slice::from_ref(b))?
        {
            return Ok(Some(r));
        }
        if !b_first
            && matches!(b, Value::Instance(_))
            && let Some(r) = self.call_dunder(b, rname, std::slice::from_ref(a))?
        {
            return Ok(Some(r));
        }
        Ok(None)
    }

    /// `<`, `<=`, `>`, `>=`.
    fn rich_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(o) = self.builtin_order(a, b)? {
            return Ok(Value::Bool(match o {
                None => false,
                Some(o) => match op {
                    CmpOp::Lt => o == Ordering::Less,
                    CmpOp::LtE => o != Ordering::Greater,
                    CmpOp::Gt => o == Ordering::Greater,
                    _ => o != Ordering::Less,
                },
            }));
        }
        if let (Value::List(_) | Value::Tuple(_), Value::List(_) | Value::Tuple(_)) = (a, b)
            && std::mem::discriminant(a) == std::mem::discriminant(b)
        {
            return self.seq_order(op, a, b);
        }
        if let (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) = (a, b) {
            return self.set_order(op, a, b);
        }
        if let Some(r) = self.view_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        let (name, rname) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        if let Some(r) = self.user_compare(a, b, name, rname)? {
            return Ok(r);
        }
        Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name_of(a),
            self.type_name_of(b)
        )))
    }

    /// The ordering of numbers and strings (`Some(None)`: unordered, a NaN).
    fn builtin_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Option<Ordering>>> {
        use Value::*;
        Ok(Some(match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Float(x), Float(y)) => x.partial_cmp(y),
            (Int(_) | Bool(_), Int(_) | Bool(_)) => a.as_i64().partial_cmp(&b.as_i64()),
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
                let (Some(x), Some(y)) = (to_big(a), to_big(b)) else { return Ok(Option::None) };
                Some(x.cmp(&y))
            }
            (Float(x), Int(_) | Bool(_)) => int::cmp_i64_f64(b.as_i64().unwrap_or(0), *x).map(Ordering::reverse),
            (Int(_) | Bool(_), Float(y)) => int::cmp_i64_f64(a.as_i64().unwrap_or(0), *y),
            (BigInt(x), Float(y)) => int::cmp_big_f64(&x.v, *y),
            (Float(x), BigInt(y)) => int::cmp_big_f64(&y.v, *x).map(Ordering::reverse),
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            _ => return Ok(Option::None),
        }))
    }

    fn seq_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (x, y) = match (a, b) {
            (Value::List(x), Value::List(y)) => (x.snapshot(), y.snapshot()),
            (Value::Tuple(x), Value::Tuple(y)) => (x.items().to_vec(), y.items().to_vec()),
            _ => return Ok(Value::NotImplemented),
        };
        self.enter_recursion()?;
        self.enter_compare();
        let first_difference = (|| {
            for (p, q) in x.iter().zip(&y) {
                self.count_compared()?;
                if !p.is(q) && !self.eq(p, q)? {
                    return Ok(Some((p, q)));
                }
            }
            Ok(None)
        })();
        self.compare_depth -= 1;
        self.leave_recursion();
        if let Some((p, q)) = first_difference? {
            return self.compare(op, p, q);
        }
        let o = x.len().cmp(&y.len());
        Ok(Value::Bool(match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            _ => o != Ordering::Less,
        }))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.as_str().contains(i.as_str())),
                other => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name_of(other)
                ))),
            },
            Value::List(l) => {
                let items = l.snapshot();
                for v in &items {
                    if self.same_or_eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for v in t.items() {
                    if self.same_or_eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Range(r) => match super::object::range::range_int(item) {
                Some(Ok(i)) => Ok(r.contains(i)),
                Some(Err(())) => Ok(false),
                // Other values: compared with each item, as CPython does.
                None => self.iter_contains(container, item),
            },
            Value::Dict(d) => Ok(self.dict_find(d, item)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, item),
            Value::Special(_) => self.view_contains(container, item),
            Value::Instance(_) => {
                if let Some(r) = self.call_dunder(container, "__contains__", std::slice::from_ref(item))? {
                    return self.truthy(&r);
                }
                if !self.is_iterable(container) {
                    return Err(type_error(format!(
                        "argument of type '{}' is not iterable",
                        self.type_name_of(container)
                    )));
                }
                self.iter_contains(container, item)
            }
            Value::Iter(_) | Value::Gen(_) => self.iter_contains(container, item),
            other => Err(type_error(format!("argument of type '{}' is not iterable", self.type_name_of(other)))),
        }
    }

    fn iter_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.get_iter(container)?;
        while let Some(v) = self.next(&it)? {
            if self.same_or_eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => match key {
                Value::Slice(s) => {
                    let items = l.snapshot();
                    let idx = self.slice_indices(s, items.len())?;
                    Ok(Value::List(PyList::new(idx.pick(&items))))
                }
                _ => {
                    let i = self.seq_index(key, l.len(), "list")?;
                    l.get(i).ok_or_else(|| PyErr::new(ExcKind::IndexError, "list index out of range"))
                }
            },
            Value::Tuple(t) => match key {
                Value::Slice(s) => {
                    let idx = self.slice_indices(s, t.len())?;
                    Ok(Value::Tuple(PyTuple::new(idx.pick(t.items()))))
                }
                _ => {
                    let i = self.seq_index(key, t.len(), "tuple")?;
                    t.items().get(i).cloned().ok_or_else(|| PyErr::new(ExcKind::IndexError, "tuple index out of range"))
                }
            },
            Value::Str(s) => match key {
                Value::Slice(sl) => {
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let idx = self.slice_indices(sl, chars.len())?;
                    Ok(Value::str(idx.pick(&chars).into_iter().collect::<String>()))
                }
                _ => {
                    let i = self.seq_index(key, s.char_len(), "string")?;
                    s.char_at(i)
                        .map(|c| Value::str(c.to_string()))
                        .ok_or_else(|| PyErr::new(ExcKind::IndexError, "string index out of range"))
                }
            },
            Value::Range(r) => match key {
                Value::Slice(sl) => self.range_slice(r, sl),
                _ => {
                    let n = r.len_exact();
                    let i = match super::object::range::range_int(key) {
                        Some(Ok(i)) => i,
                        Some(Err(())) => {
                            return Err(PyErr::new(ExcKind::IndexError, "range object index out of range"));
                        }
                        None => self.index_value(key, "range")? as i128,
                    };
                    let i = if i < 0 { i + n } else { i };
                    if i < 0 || i >= n {
                        return Err(PyErr::new(ExcKind::IndexError, "range object index out of range"));
                    }
                    Ok(super::object::range::int_value(r.item(i)))
                }
            },
            Value::Dict(d) => match self.dict_find(d, key)? {
                Some(i) => Ok(d.value_at(i).unwrap_or(Value::None)),
                None => Err(PyErr::exc(self.new_exception(ExcKind::KeyError, vec![key.clone()]))),
            },
            Value::Instance(_) => match self.call_dunder(obj, "__getitem__", std::slice::from_ref(key))? {
                Some(r) => Ok(r),
                None => Err(type_error(format!("'{}' object is not subscriptable", self.type_name_of(obj)))),
            },
            Value::Class(c)
                if !c.mutable && matches!(&*c.name, "list" | "tuple" | "dict" | "set" | "frozenset" | "type") =>
            {
                // `list[int]`: a `types.GenericAlias`.
                let args = match key {
                    Value::Tuple(t) => t.items().to_vec(),
                    other => vec![other.clone()],
                };
                Ok(Value::Special(super::object::Special::new(super::object::special::SpecialKind::GenericAlias {
                    origin: obj.clone(),
                    args,
                })))
            }
            Value::Class(c) if c.mutable && c.lookup("__class_getitem__").is_some() => {
                // Implicitly a class method.
                match c.lookup("__class_getitem__") {
                    Some(f @ Value::Function(_)) => self.call_sync(&f, &[obj.clone(), key.clone()]),
                    _ => {
                        let f = self.get_attr(obj, &crate::syntax::ast::Name::from("__class_getitem__"))?;
                        self.call_sync(&f, std::slice::from_ref(key))
                    }
                }
            }
            Value::Class(c) if !c.mutable && !c.is_exception() => {
                // Other builtin types (asyncio's `Queue[int]`...): Loopscope keeps the class.
                Ok(obj.clone())
            }
            other => {
                let t = self.type_name_of(other);
                if matches!(other, Value::Class(_)) {
                    return Err(type_error(format!("type '{}' is not subscriptable", self.class_name(other))));
                }
                Err(type_error(format!("'{t}' object is not subscriptable")))
            }
        }
    }

    pub fn set_item(&mut self, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => match key {
                Value::Slice(s) => self.list_set_slice(l, s, v),
                _ => {
                    let i = self.seq_index(key, l.len(), "list")?;
                    let mut items = l.borrow_mut();
                    match items.get_mut(i) {
                        Some(slot) => {
                            let old = std::mem::replace(slot, v);
                            drop(items);
                            drop(old);
                            Ok(())
                        }
                        None => Err(PyErr::new(ExcKind::IndexError, "list assignment index out of range")),
                    }
                }
            },
            Value::Dict(_) => self.dict_set(obj, key.clone(), v),
            Value::Instance(_) => match self.call_dunder(obj, "__setitem__", &[key.clone(), v])? {
                Some(_) => Ok(()),
                None => {
                    Err(type_error(format!("'{}' object does not support item assignment", self.type_name_of(obj))))
                }
            },
            other => Err(type_error(format!("'{}' object does not support item assignment", self.type_name_of(other)))),
        }
    }

    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => match key {
                Value::Slice(s) => {
                    let n = l.len();
                    let idx = self.slice_indices(s, n)?;
                    let mut remove: Vec<usize> = idx.indices().collect();
                    remove.sort_unstable();
                    let mut items = l.borrow_mut();
                    for i in remove.into_iter().rev() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                    Ok(())
                }
                _ => {
                    let i = self.seq_index(key, l.len(), "list")?;
                    let mut items = l.borrow_mut();
                    if i >= items.len() {
                        return Err(PyErr::new(ExcKind::IndexError, "list assignment index out of range"));
                    }
                    let old = items.remove(i);
                    drop(items);
                    drop(old);
                    Ok(())
                }
            },
            Value::Dict(d) => match self.dict_find(d, key)? {
                Some(i) => {
                    d.remove_at(i);
                    Ok(())
                }
                None => Err(PyErr::exc(self.new_exception(ExcKind::KeyError, vec![key.clone()]))),
            },
            Value::Instance(_) => match self.call_dunder(obj, "__delitem__", std::slice::from_ref(key))? {
                Some(_) => Ok(()),
                None => Err(type_error(format!("'{}' object doesn't support item deletion", self.type_name_of(obj)))),
            },
            // CPython's message differs for an index and anything else (a slice).
            other if matches!(key, Value::Slice(_)) => {
                Err(type_error(format!("'{}' object does not support item deletion", self.type_name_of(other))))
            }
            other => Err(type_error(format!("'{}' object doesn't support item deletion", self.type_name_of(other)))),
        }
    }

    /// An index into a sequence of `len` items (negative from the end); IndexError
    /// is left to the caller (which knows the message).
    pub fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(PyErr::new(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer"));
            }
            Value::Instance(_) => match self.call_dunder(key, "__index__", &[])? {
                Some(Value::Int(i)) => i,
                _ => {
                    return Err(type_error(format!(
                        "{what} indices must be integers or slices, not {}",
                        self.type_name_of(key)
                    )));
                }
            },
            other => {
                let t = self.type_name_of(other);
                if what == "string" {
                    return Err(type_error(format!("string indices must be integers, not '{t}'")));
                }
                return Err(type_error(format!("{what} indices must be integers or slices, not {t}")));
            }
        };
        let n = len as i64;
        let i = if i < 0 { i + n } else { i };
        Ok(if i < 0 { usize::MAX } else { i as usize })
    }

    fn index_value(&mut self, key: &Value, what: &str) -> PyResult<i64> {
        match key {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            other => {
                let t = self.type_name_of(other);
                Err(type_error(format!("{what} indices must be integers or slices, not {t}")))
            }
        }
    }

    /// Calls `obj.name(*args)` if `obj`'s class defines `name`; `None` if it does not,
    /// or if it returned NotImplemented.
    pub fn call_dunder(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
        let Value::Instance(i) = obj else { return Ok(None) };
        let Some(f) = i.class.lookup(name) else { return Ok(None) };
        let bound = self.bind_descriptor(f, obj.clone(), &i.class.clone())?;
        let r = self.call_sync(&bound, args)?;
        Ok(if matches!(r, Value::NotImplemented) { None } else { Some(r) })
    }

    fn class_name(&self, v: &Value) -> String {
        match v {
            Value::Class(c) => c.name.to_string(),
            other => self.type_name_of(other),
        }
    }

    /// Guards recursive comparisons and reprs of nested containers (a list containing
    /// itself): CPython's RecursionError, on the native-depth counter.
    pub fn enter_recursion(&mut self) -> PyResult<()> {
        if self.native_depth >= 900 {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded in comparison"));
        }
        self.native_depth += 1;
        Ok(())
    }

    pub fn leave_recursion(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }
}

/// `==` decided without calling Python code (`None`: a class's `__eq__` may decide, or
/// containers need walking).
pub fn quick_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (None, None) => true,
        (Float(x), Float(y)) => x == y,
        (Int(_) | Bool(_), Int(_) | Bool(_)) => a.as_i64() == b.as_i64(),
        (Int(_) | Bool(_), Float(f)) | (Float(f), Int(_) | Bool(_)) => {
            let i = if let Float(_) = a { b.as_i64() } else { a.as_i64() };
            int::cmp_i64_f64(i.unwrap_or(0), *f) == Some(Ordering::Equal)
        }
        (BigInt(x), BigInt(y)) => x.v == y.v,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (BigInt(x), Float(f)) | (Float(f), BigInt(x)) => int::cmp_big_f64(&x.v, *f) == Some(Ordering::Equal),
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.items().iter().zip(y.items()) {
                if !quick_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(x), Instance(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            if x.class.dunders().eq || y.class.dunders().eq {
                return Option::None;
            }
            false
        }
        (Instance(x), _) | (_, Instance(x)) => {
            if x.class.dunders().eq {
                return Option::None;
            }
            false
        }
        (List(_), List(_)) | (Dict(_), Dict(_)) => return Option::None,
        (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => return Option::None,
        (Special(_), _) | (_, Special(_)) | (Range(_), Range(_)) | (Slice(_), Slice(_)) => return Option::None,
        // Bound methods are equal when they bind the same function to the same object.
        (BoundMethod(x), BoundMethod(y)) => x.self_.is(&y.self_) && x.func.is(&y.func),
        _ => a.is(b),
    })
}

fn repeat(items: &[Value], count: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * count);
    for _ in 0..count {
        out.extend_from_slice(items);
    }
    out
}

/// The positions a slice selects in a sequence of a given length.
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }

    pub fn pick<T: Clone>(&self, items: &[T]) -> Vec<T> {
        self.indices().filter_map(|i| items.get(i).cloned()).collect()
    }
}

impl Vm {
    /// `slice.indices(len)` (CPython's `PySlice_AdjustIndices`).
    pub fn slice_indices(&mut self, s: &super::object::PySlice, len: usize) -> PyResult<SliceIndices> {
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_bound(v)?,
        };
        if step == 0 {
            return Err(super::error::value_error("slice step cannot be zero"));
        }
        let n = len as i64;
        let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let clamp = |v: i64| -> i64 { if v < 0 { (v + n).max(lower) } else { v.min(upper) } };
        let start = match &s.start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            v => clamp(self.slice_bound(v)?),
        };
        let stop = match &s.stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            v => clamp(self.slice_bound(v)?),
        };
        let count = if step > 0 {
            if stop > start { (stop - start - 1) / step + 1 } else { 0 }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIndices { start, stop, step, len: count as usize })
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(b) => Ok(if b.v.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 }),
            Value::Instance(_) => match self.call_dunder(v, "__index__", &[])? {
                Some(Value::Int(i)) => Ok(i),
                _ => Err(type_error("slice indices must be integers or None or have an __index__ method")),
            },
            _ => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// `range[slice]`: a range (CPython's `compute_slice`, on i128 indices).
    fn range_slice(&mut self, r: &super::object::PyRange, s: &super::object::PySlice) -> PyResult<Value> {
        let n = r.len_exact();
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_bound_i128(v)?,
        };
        if step == 0 {
            return Err(super::error::value_error("slice step cannot be zero"));
        }
        // A step past the length picks one item at most, as the length itself would.
        let step = step.clamp(-n.max(1), n.max(1));
        let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let clamp = |v: i128| if v < 0 { (v + n).max(lower) } else { v.min(upper) };
        let start = match &s.start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            v => clamp(self.slice_bound_i128(v)?),
        };
        let stop = match &s.stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            v => clamp(self.slice_bound_i128(v)?),
        };
        Ok(Value::Range(super::object::PyRange::new(r.start + start * r.step, r.start + stop * r.step, r.step * step)))
    }

    /// A slice bound for a range, as i128 (huge ints clamp past any length).
    fn slice_bound_i128(&mut self, v: &Value) -> PyResult<i128> {
        let v = match v {
            Value::Instance(_) => match self.call_dunder(v, "__index__", &[])? {
                Some(i @ (Value::Int(_) | Value::BigInt(_))) => i,
                _ => return Err(type_error("slice indices must be integers or None or have an __index__ method")),
            },
            other => other.clone(),
        };
        match &v {
            Value::Int(i) => Ok(*i as i128),
            Value::Bool(b) => Ok(*b as i128),
            Value::BigInt(b) => Ok(if b.v.sign() == num_bigint::Sign::Minus { -(1 << 126) } else { 1 << 126 }),
            _ => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    fn list_set_slice(&mut self, l: &Rc<PyList>, s: &super::object::PySlice, v: Value) -> PyResult<()> {
        let new_items = match &v {
            Value::List(other) => other.snapshot(),
            other => self.collect(other).map_err(|e| {
                if e.is_new(ExcKind::TypeError) { type_error("can only assign an iterable") } else { e }
            })?,
        };
        let n = l.len();
        let idx = self.slice_indices(s, n)?;
        if idx.step == 1 {
            let start = idx.start.clamp(0, n as i64) as usize;
            let stop = (idx.start + idx.len as i64).clamp(start as i64, n as i64) as usize;
            let mut items = l.borrow_mut();
            let old: Vec<Value> = items.splice(start..stop, new_items).collect();
            drop(items);
            drop(old);
            return Ok(());
        }
        if new_items.len() != idx.len {
            return Err(super::error::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                idx.len
            )));
        }
        let positions: Vec<usize> = idx.indices().collect();
        let mut items = l.borrow_mut();
        for (i, v) in positions.into_iter().zip(new_items) {
            if let Some(slot) = items.get_mut(i) {
                *slot = v;
            }
        }
        Ok(())
    }
}

/// An int value as i64 if it fits (for builtins taking sizes and indices).
pub fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => b.v.to_i64(),
        _ => None,
    }
}
