//! The runtime value: 16 bytes. None, booleans, small ints and floats are inline;
//! everything else is one thin `Rc` to an object of `vm::object`.

use super::object::*;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Bool(bool),
    /// An int that fits in 64 bits (every other int is a `BigInt`).
    Int(i64),
    Float(f64),
    Str(Rc<PyStr>),
    /// An int outside `i64` (never one that fits: see `object::int::normalize`).
    BigInt(Rc<BigInt>),
    Tuple(Rc<PyTuple>),
    List(Rc<PyList>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<PyFunction>),
    /// A builtin function or a method of a builtin type (unbound).
    Builtin(&'static BuiltinFn),
    /// A function (or builtin method) bound to its `self`.
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<PyClass>),
    Instance(Rc<PyInstance>),
    /// A generator, coroutine or async generator.
    Gen(Rc<PyGen>),
    Module(Rc<PyModule>),
    /// The iterators of the builtin types and functions (`iter([])`, `enumerate`...).
    Iter(Rc<PyIter>),
    /// Less common builtin objects: properties, `staticmethod`, `super()`, dict views...
    Special(Rc<Special>),
    /// An object of a library built on the VM (asyncio's futures, tasks, loop).
    Native(Rc<NativeBox>),
    /// A captured variable (only ever in registers and closures).
    Cell(Rc<PyCell>),
    /// A code object (only in constants, for `MakeFunction`).
    Code(Rc<LoadedCode>),
    NotImplemented,
    Ellipsis,
    /// A local variable without a value (never visible to programs).
    Unbound,
    /// `LoadMethod`'s marker: the attribute is not a method, call it without `self`.
    NoSelf,
}

impl Value {
    pub fn str(s: impl Into<Box<str>>) -> Value {
        Value::Str(PyStr::new(s))
    }

    /// Whether dropping this value could drop other values (see `heap::drop_values`).
    pub fn may_hold_values(&self) -> bool {
        !matches!(
            self,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Str(_)
                | Value::BigInt(_)
                | Value::Builtin(_)
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Unbound
                | Value::NoSelf
        )
    }

    /// Whether the value holds no reference (dropping it does nothing). The dispatch
    /// loop checks this inline before overwriting a register, instead of calling the
    /// out-of-line drop glue of the whole enum for every small int it replaces.
    #[inline(always)]
    pub fn is_plain(&self) -> bool {
        matches!(
            self,
            Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Builtin(_)
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Unbound
                | Value::NoSelf
        )
    }

    /// `clone`, with the values that hold no reference copied inline (the derived
    /// `clone` is an out-of-line call on the hot paths).
    #[inline(always)]
    pub fn fast_clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            Value::Float(f) => Value::Float(*f),
            other => other.clone(),
        }
    }

    /// `type(v).__name__` for values whose type is not a user class.
    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(b) => {
                if b.is_method() {
                    "method_descriptor"
                } else {
                    "builtin_function_or_method"
                }
            }
            Value::BoundMethod(m) => {
                if matches!(m.func, Value::Builtin(_)) {
                    "builtin_function_or_method"
                } else {
                    "method"
                }
            }
            Value::Class(_) => "type",
            Value::Instance(i) => &i.class.name,
            Value::Gen(g) => g.kind.type_name(),
            Value::Module(_) => "module",
            Value::Iter(it) => it.type_name(),
            Value::Special(s) => s.type_name(),
            Value::Native(n) => n.type_name(),
            Value::Cell(_) => "cell",
            Value::Code(_) => "code",
            Value::NotImplemented => "NotImplementedType",
            Value::Ellipsis => "ellipsis",
            Value::Unbound | Value::NoSelf => "NoneType",
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The same object (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached by CPython; equal ints are "the same" here, which
            // is what `x is 5` shows for the values learners use.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a.as_str() == b.as_str()),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => std::ptr::eq(*a, *b),
            (BoundMethod(a), BoundMethod(b)) => Rc::ptr_eq(a, b),
            (Class(a), Class(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Gen(a), Gen(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Iter(a), Iter(b)) => Rc::ptr_eq(a, b),
            (Special(a), Special(b)) => Rc::ptr_eq(a, b),
            (Native(a), Native(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// An address for `id()` and default reprs: stable for the object's life.
    pub fn address(&self) -> usize {
        match self {
            Value::Str(r) => Rc::as_ptr(r) as usize,
            Value::BigInt(r) => Rc::as_ptr(r) as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as usize,
            Value::List(r) => Rc::as_ptr(r) as usize,
            Value::Dict(r) => Rc::as_ptr(r) as usize,
            Value::Set(r) | Value::FrozenSet(r) => Rc::as_ptr(r) as usize,
            Value::Range(r) => Rc::as_ptr(r) as usize,
            Value::Slice(r) => Rc::as_ptr(r) as usize,
            Value::Function(r) => Rc::as_ptr(r) as usize,
            Value::Builtin(b) => *b as *const BuiltinFn as usize,
            Value::BoundMethod(r) => Rc::as_ptr(r) as usize,
            Value::Class(r) => Rc::as_ptr(r) as usize,
            Value::Instance(r) => Rc::as_ptr(r) as usize,
            Value::Gen(r) => Rc::as_ptr(r) as usize,
            Value::Module(r) => Rc::as_ptr(r) as usize,
            Value::Iter(r) => Rc::as_ptr(r) as usize,
            Value::Special(r) => Rc::as_ptr(r) as usize,
            Value::Native(r) => Rc::as_ptr(r) as usize,
            Value::Cell(r) => Rc::as_ptr(r) as usize,
            Value::Code(r) => Rc::as_ptr(r) as usize,
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + *b as usize * 16,
            Value::Int(i) => 0x2000_0000usize.wrapping_add((*i as usize).wrapping_mul(32)),
            Value::Float(f) => f.to_bits() as usize,
            Value::NotImplemented => 0x1030,
            Value::Ellipsis => 0x1040,
            Value::Unbound | Value::NoSelf => 0x1050,
        }
    }

    /// The int value of an `int` or `bool`, if it fits in `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

/// Stores `v` in `slot`: the old value's drop glue runs only if it holds a reference.
#[inline(always)]
pub fn store(slot: &mut Value, v: Value) {
    let old = std::mem::replace(slot, v);
    if old.is_plain() {
        // Nothing to release: skip the call into the drop glue.
        std::mem::forget(old);
    } else {
        drop(old);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_16_bytes() {
        assert!(std::mem::size_of::<Value>() <= 16);
        assert!(std::mem::size_of::<crate::compile::code::Op>() <= 8);
    }
}
