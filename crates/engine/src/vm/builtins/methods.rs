//! Which methods each builtin type has, and its constructor.

use super::{
    dict_methods, dunders, list_methods, number_methods, object_methods, set_methods, str_methods, tuple_methods,
};
use crate::vm::object::class::TypeId;
use crate::vm::object::function::BuiltinFn;

pub use object_methods::{BASE_EXCEPTION, OBJECT, property_setter};

/// The methods of a builtin type, in tables (a later table's entry wins).
pub fn of(id: TypeId) -> Vec<&'static [BuiltinFn]> {
    let (special, named): (&[&'static [BuiltinFn]], &'static [BuiltinFn]) = match id {
        TypeId::Str => (dunders::STR, str_methods::METHODS),
        TypeId::List => (dunders::LIST, list_methods::METHODS),
        TypeId::Tuple => (dunders::TUPLE, tuple_methods::METHODS),
        TypeId::Dict => (dunders::DICT, dict_methods::METHODS),
        TypeId::Set => (dunders::SET, set_methods::SET_METHODS),
        TypeId::FrozenSet => (dunders::FROZENSET, set_methods::FROZENSET_METHODS),
        TypeId::Int => (dunders::INT, number_methods::INT_METHODS),
        TypeId::Bool => (dunders::BOOL, &[]),
        TypeId::Float => (dunders::FLOAT, number_methods::FLOAT_METHODS),
        TypeId::Range => (dunders::RANGE, tuple_methods::RANGE_METHODS),
        TypeId::Generator | TypeId::Coroutine => (&[], object_methods::GEN_METHODS),
        TypeId::AsyncGenerator => (&[], object_methods::AGEN_METHODS),
        TypeId::Slice => (&[], tuple_methods::SLICE_METHODS),
        _ => (&[], &[]),
    };
    let mut out = special.to_vec();
    out.push(named);
    out
}

/// What calling a builtin type does.
pub fn constructor(id: TypeId) -> Option<&'static BuiltinFn> {
    Some(match id {
        TypeId::Type => &object_methods::TYPE_NEW,
        TypeId::Bool => &number_methods::BOOL_NEW,
        TypeId::Int => &number_methods::INT_NEW,
        TypeId::Float => &number_methods::FLOAT_NEW,
        TypeId::Str => &str_methods::STR_NEW,
        TypeId::Tuple => &tuple_methods::TUPLE_NEW,
        TypeId::List => &list_methods::LIST_NEW,
        TypeId::Dict => &dict_methods::DICT_NEW,
        TypeId::Set => &set_methods::SET_NEW,
        TypeId::FrozenSet => &set_methods::FROZENSET_NEW,
        TypeId::Range => &tuple_methods::RANGE_NEW,
        TypeId::Slice => &tuple_methods::SLICE_NEW,
        TypeId::Property => &object_methods::PROPERTY_NEW,
        TypeId::StaticMethod => &object_methods::STATICMETHOD_NEW,
        TypeId::ClassMethod => &object_methods::CLASSMETHOD_NEW,
        TypeId::Super => &object_methods::SUPER_NEW,
        _ => return None,
    })
}

/// The builtin types known by name only (iterators, dict views, and the iterator
/// types that are also builtins: `enumerate`, `zip`...).
pub const NAMED_TYPES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "callable_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "dict_keys",
    "dict_values",
    "dict_items",
    "UnionType",
    "GenericAlias",
    "async_generator_asend",
    "async_generator_athrow",
];

/// The builtins that are iterator types (`enumerate(...)` makes an `enumerate`).
pub const ITERATOR_BUILTINS: &[&str] = &["enumerate", "zip", "map", "filter", "reversed"];

/// The methods of a type of [`NAMED_TYPES`].
pub fn named(name: &str) -> Vec<&'static [BuiltinFn]> {
    match name {
        "dict_keys" | "dict_items" => dunders::SET_VIEW.to_vec(),
        "dict_values" => dunders::VALUES_VIEW.to_vec(),
        // Awaited only (`vm::object::agen_await`); their generator-like methods are not
        // offered.
        "async_generator_asend" | "async_generator_athrow" => Vec::new(),
        _ => dunders::ITERATOR.to_vec(),
    }
}

/// What calling a type of [`NAMED_TYPES`] does (`zip(...)`).
pub fn named_constructor(name: &str) -> Option<&'static BuiltinFn> {
    if !ITERATOR_BUILTINS.contains(&name) {
        return None;
    }
    super::functions::FUNCTIONS.iter().find(|f| f.name == name)
}
