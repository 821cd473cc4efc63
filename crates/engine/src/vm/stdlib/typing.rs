//! `typing` and `__future__`: their names exist (annotations evaluate), nothing more.

use crate::vm::Vm;
use crate::vm::builtins::function;
use crate::vm::error::PyResult;
use crate::vm::object::PyModule;
use crate::vm::object::class::{AttrMap, TypeId};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::value::Value;
use std::rc::Rc;

/// Generic aliases map to the builtin types (`typing.List[int]` is `list`); the rest to
/// `object`, which subscripts to itself in annotations.
pub fn make(vm: &mut Vm) -> Rc<PyModule> {
    let mut attrs = AttrMap::default();
    let t = |id| Value::Class(vm.types.get(id).clone());
    for (name, v) in [
        ("List", t(TypeId::List)),
        ("Dict", t(TypeId::Dict)),
        ("Tuple", t(TypeId::Tuple)),
        ("Set", t(TypeId::Set)),
        ("FrozenSet", t(TypeId::FrozenSet)),
        ("Type", t(TypeId::Type)),
        ("Text", t(TypeId::Str)),
    ] {
        attrs.set(name.into(), v);
    }
    for name in [
        "Any",
        "Optional",
        "Union",
        "Callable",
        "Iterable",
        "Iterator",
        "AsyncIterator",
        "AsyncIterable",
        "Awaitable",
        "Coroutine",
        "Generator",
        "AsyncGenerator",
        "Sequence",
        "MutableSequence",
        "Mapping",
        "MutableMapping",
        "NoReturn",
        "Final",
        "ClassVar",
        "Literal",
        "Deque",
        "DefaultDict",
        "Counter",
        "OrderedDict",
        "ChainMap",
        "Collection",
        "Container",
        "Hashable",
        "Sized",
        "Reversible",
        "SupportsInt",
        "SupportsFloat",
        "Generic",
        "Protocol",
        "AbstractSet",
        "MutableSet",
        "ContextManager",
        "AsyncContextManager",
        "Pattern",
        "Match",
        "IO",
        "TextIO",
        "Annotated",
        "TypeAlias",
        "ParamSpec",
        "Concatenate",
        "Self",
        "Never",
        "LiteralString",
    ] {
        attrs.set(name.into(), Value::Class(vm.types.object.clone()));
    }
    for f in FUNCTIONS {
        attrs.set(f.name.into(), Value::Builtin(f));
    }
    attrs.set("TYPE_CHECKING".into(), Value::Bool(false));
    PyModule::new("typing", attrs)
}

static FUNCTIONS: &[BuiltinFn] =
    &[function("TypeVar", first_arg), function("NewType", second_arg), function("cast", second_arg)];

fn first_arg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn second_arg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.get(1).cloned().unwrap_or(Value::None))
}

pub fn make_future(_vm: &mut Vm) -> Rc<PyModule> {
    let mut attrs = AttrMap::default();
    for name in [
        "annotations",
        "division",
        "print_function",
        "absolute_import",
        "generators",
        "with_statement",
        "nested_scopes",
        "unicode_literals",
        "generator_stop",
    ] {
        attrs.set(name.into(), Value::Bool(true));
    }
    PyModule::new("__future__", attrs)
}
