//! `object`, `type`, exceptions' base methods, `property`/`staticmethod`/`classmethod`,
//! `super`, and the methods of generators.

use super::{arity, method, onearg, recv, rest, this};
use crate::builtin;
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult, not_supported, type_error};
use crate::vm::iter::GenStep;
use crate::vm::object::PyGen;
use crate::vm::object::agen_await::{AgenAwaitable, AgenOp};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::generator::GenKind;
use crate::vm::object::special::SpecialKind;
use crate::vm::object::{PyTuple, Special};
use crate::vm::value::Value;
use std::rc::Rc;

pub static OBJECT: &[BuiltinFn] = &[
    method("object", "__init__", object_init),
    method("object", "__str__", object_str),
    method("object", "__repr__", object_repr),
    method("object", "__eq__", object_eq),
    method("object", "__ne__", object_ne),
    method("object", "__hash__", object_hash),
    method("object", "__format__", object_format),
    method("object", "__setattr__", object_setattr),
    method("object", "__getattribute__", object_getattribute),
    method("object", "__delattr__", object_delattr),
    method("object", "__new__", object_new),
];

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(&args).clone();
    Ok(Value::str(vm.repr(&v)?))
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(&args).clone();
    match &v {
        Value::Instance(i) => {
            let addr = vm.address_text(&v);
            Ok(Value::str(format!("<{}.{} object at {addr}>", i.class.module, i.class.qualname)))
        }
        other => Ok(Value::str(vm.repr(other)?)),
    }
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__eq__", &args, 2, 2)?;
    Ok(if args.pos[0].is(&args.pos[1]) { Value::Bool(true) } else { Value::NotImplemented })
}

fn object_ne(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__ne__", &args, 2, 2)?;
    Ok(if args.pos[0].is(&args.pos[1]) { Value::Bool(false) } else { Value::NotImplemented })
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.identities.hash(this(&args))))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__format__", &args, 2, 2)?;
    if let Value::Str(s) = &args.pos[1]
        && !s.is_empty()
    {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name_of(&args.pos[0])
        )));
    }
    Ok(Value::str(vm.to_str(&args.pos[0])?))
}

/// `object.__setattr__(self, name, value)`: stores without running a class's own
/// `__setattr__` (which is how one calls it from inside that method).
fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__setattr__", &args, 3, 3)?;
    let Value::Instance(i) = &args.pos[0] else { return Err(type_error("__setattr__ needs an instance")) };
    let Value::Str(name) = &args.pos[1] else {
        return Err(type_error(format!("attribute name must be string, not '{}'", vm.type_name_of(&args.pos[1]))));
    };
    i.attrs.borrow_mut().set(name.as_str().into(), args.pos[2].clone());
    i.recharge();
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__getattribute__", &args, 2, 2)?;
    let Value::Str(name) = &args.pos[1] else { return Err(type_error("attribute name must be string")) };
    vm.get_attr(&args.pos[0], &name.as_str().into())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__delattr__", &args, 2, 2)?;
    let Value::Str(name) = &args.pos[1] else { return Err(type_error("attribute name must be string")) };
    vm.del_attr(&args.pos[0], &name.as_str().into())?;
    Ok(Value::None)
}

/// `object.__new__(cls)`.
fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match this(&args) {
        Value::Class(c) => match c.builtin {
            crate::vm::object::class::Builtin::Type(t) if crate::vm::subclass::subclassable(t) => {
                Ok(Value::Instance(vm.new_subclass_instance(c, t, rest(&args))?))
            }
            _ => Ok(Value::Instance(crate::vm::object::PyInstance::new(c.clone()))),
        },
        _ => Err(type_error("object.__new__(X): X is not a type object")),
    }
}

pub static BASE_EXCEPTION: &[BuiltinFn] = &[
    method("BaseException", "__init__", exc_init),
    method("BaseException", "with_traceback", exc_with_traceback),
    method("BaseException", "add_note", exc_add_note),
    method("BaseException", "__str__", exc_str),
    method("BaseException", "__repr__", exc_repr),
];

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Value::Instance(i) = this(&args)
        && let Some(state) = &i.exc
    {
        *state.args.borrow_mut() = PyTuple::new(args.pos[1..].to_vec());
        let i = i.clone();
        super::exception_types::init_extras(vm, &i, rest(&args))?;
    }
    Ok(Value::None)
}

fn exc_with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args).clone())
}

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("add_note", &args, 2, 2)?;
    let Value::Str(_) = &args.pos[1] else {
        return Err(type_error(format!("note must be a str, not '{}'", vm.type_name_of(&args.pos[1]))));
    };
    if let Value::Instance(i) = this(&args)
        && let Some(state) = &i.exc
    {
        state.notes.borrow_mut().push(args.pos[1].clone());
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match this(&args) {
        Value::Instance(i) => Ok(Value::str(vm.exception_str(i)?)),
        other => Ok(Value::str(vm.to_str(other)?)),
    }
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = this(&args).clone();
    let Value::Instance(i) = &v else { return Ok(Value::str(vm.repr(&v)?)) };
    let mut out = i.class.name.to_string();
    let a = i.exc.as_ref().map(|s| s.args()).unwrap_or_else(PyTuple::empty);
    if a.len() == 1 {
        out.push('(');
        out.push_str(&vm.repr(&a.items()[0])?);
        out.push(')');
    } else {
        out.push_str(&vm.repr(&Value::Tuple(a))?);
    }
    Ok(Value::str(out))
}

// ---------------------------------------------------------------------- type

/// `type.__call__(cls, *args)`: what `cls(*args)` does (`int.__call__('5')`).
pub static TYPE_CALL: BuiltinFn = method("type", "__call__", type_call);

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(cls @ Value::Class(_)) = args.pos.first() else {
        return Err(type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    let cls = cls.clone();
    vm.call_args(&cls, rest(&args))
}

builtin!(TYPE_NEW, "type", "", Function, type_new);

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        1 if !args.has_kwargs() => Ok(Value::Class(vm.type_of(&args.pos[0]))),
        3 => Err(not_supported("type() with three arguments (making a class)")),
        _ => Err(type_error("type() takes 1 or 3 arguments")),
    }
}

// ---------------------------------------------------------------------- descriptors

builtin!(PROPERTY_NEW, "property", "", Function, property_new);
builtin!(STATICMETHOD_NEW, "staticmethod", "", Function, staticmethod_new);
builtin!(CLASSMETHOD_NEW, "classmethod", "", Function, classmethod_new);

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_kwargs("property", &args, &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, name: &str| super::arg(&args, i, name).cloned().unwrap_or(Value::None);
    let _ = vm;
    Ok(Value::Special(Special::new(SpecialKind::Property {
        fget: get(0, "fget"),
        fset: get(1, "fset"),
        fdel: get(2, "fdel"),
        doc: get(3, "doc"),
    })))
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("staticmethod", &args, 1, 1)?;
    Ok(Value::Special(Special::new(SpecialKind::StaticMethod(args.pos[0].clone()))))
}

fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("classmethod", &args, 1, 1)?;
    Ok(Value::Special(Special::new(SpecialKind::ClassMethod(args.pos[0].clone()))))
}

static PROPERTY_SETTER: BuiltinFn = method("property", "setter", property_with_setter);
static PROPERTY_GETTER: BuiltinFn = method("property", "getter", property_with_getter);
static PROPERTY_DELETER: BuiltinFn = method("property", "deleter", property_with_deleter);

/// `prop.setter` & co.: a copy of the property with one function replaced.
pub fn property_setter(name: &str) -> &'static BuiltinFn {
    match name {
        "getter" => &PROPERTY_GETTER,
        "deleter" => &PROPERTY_DELETER,
        _ => &PROPERTY_SETTER,
    }
}

fn property_replace(args: Args, which: usize) -> PyResult<Value> {
    arity("setter", &args, 2, 2)?;
    let Value::Special(s) = &args.pos[0] else { return Err(type_error("descriptor needs a property")) };
    let SpecialKind::Property { fget, fset, fdel, doc } = &*s.kind.borrow() else {
        return Err(type_error("descriptor needs a property"));
    };
    let f = args.pos[1].clone();
    let (mut g, mut st, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => st = f,
        _ => d = f,
    }
    Ok(Value::Special(Special::new(SpecialKind::Property { fget: g, fset: st, fdel: d, doc: doc.clone() })))
}

fn property_with_setter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_replace(args, 1)
}

fn property_with_getter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_replace(args, 0)
}

fn property_with_deleter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_replace(args, 2)
}

builtin!(SUPER_NEW, "super", "", Function, super_new);

/// `super(cls, obj)` (the zero-argument form is compiled to dedicated instructions).
fn super_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos {
        [Value::Class(c), obj] => {
            Ok(Value::Special(Special::new(SpecialKind::Super { class: c.clone(), obj: obj.clone() })))
        }
        [] => Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments")),
        _ => Err(type_error("super() argument 1 must be a type")),
    }
}

// ---------------------------------------------------------------------- generators

pub static GEN_METHODS: &[BuiltinFn] = &[
    method("generator", "send", gen_send),
    method("generator", "close", gen_close),
    method("generator", "throw", gen_throw),
    method("generator", "__next__", gen_next),
    method("generator", "__iter__", gen_iter),
];

/// An async generator's methods: each returns an awaitable that runs the generator when
/// awaited (`vm::object::agen_await`).
pub static AGEN_METHODS: &[BuiltinFn] = &[
    method("async_generator", "__anext__", agen_anext),
    method("async_generator", "asend", agen_asend),
    method("async_generator", "athrow", agen_athrow),
    method("async_generator", "aclose", agen_aclose),
    method("async_generator", "__aiter__", agen_aiter),
];

fn agen_of<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyGen>> {
    match recv(vm, args, "async_generator", name, |v| matches!(v, Value::Gen(g) if g.kind == GenKind::AsyncGenerator))?
    {
        Value::Gen(g) => Ok(g),
        _ => Err(type_error("async_generator expected")),
    }
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen_of(vm, &args, "__anext__")?.clone();
    super::slot_args(&args, "__anext__", 0)?;
    Ok(Value::Native(AgenAwaitable::boxed(g, AgenOp::Send(Value::None))))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen_of(vm, &args, "asend")?.clone();
    let v = onearg(&args, "async_generator", "asend")?.clone();
    Ok(Value::Native(AgenAwaitable::boxed(g, AgenOp::Send(v))))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen_of(vm, &args, "athrow")?.clone();
    if args.has_kwargs() {
        return Err(type_error("async_generator.athrow() takes no keyword arguments"));
    }
    let rest = &args.pos[1..];
    super::check_positional("athrow", rest.len(), 1, 3)?;
    let exc = vm.throw_args(&rest[0], rest.get(1))?;
    Ok(Value::Native(AgenAwaitable::boxed(g, AgenOp::Throw(exc))))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen_of(vm, &args, "aclose")?.clone();
    super::noargs(&args, "async_generator", "aclose")?;
    Ok(Value::Native(AgenAwaitable::boxed(g, AgenOp::Close)))
}

fn agen_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = agen_of(vm, &args, "__aiter__")?.clone();
    super::slot_args(&args, "__aiter__", 0)?;
    Ok(Value::Gen(g))
}

/// The generator (or coroutine, driven by hand: `coro.send(None)`) a method was
/// called on. A coroutine sent to counts as awaited (no "never awaited" warning).
fn gen_of<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyGen>> {
    match recv(vm, args, "generator", name, |v| matches!(v, Value::Gen(_)))? {
        Value::Gen(g) if g.kind == GenKind::Generator => Ok(g),
        Value::Gen(g) if g.kind == GenKind::Coroutine && name != "__next__" && name != "__iter__" => {
            g.awaited.set(true);
            Ok(g)
        }
        Value::Gen(g) => Err(not_supported(format!("'{}.{name}()'", g.kind.type_name()))),
        _ => Err(type_error("generator expected")),
    }
}

/// A generator's step as a method result: the yielded value, or StopIteration.
fn step_result(vm: &mut Vm, step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(vm, &args, "send")?.clone();
    let v = onearg(&args, "generator", "send")?.clone();
    let step = vm.gen_send_any(&g, v)?;
    step_result(vm, step)
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(vm, &args, "__next__")?.clone();
    super::slot_args(&args, "__next__", 0)?;
    let step = vm.gen_send_any(&g, Value::None)?;
    step_result(vm, step)
}

fn gen_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(vm, &args, "__iter__")?.clone();
    super::slot_args(&args, "__iter__", 0)?;
    Ok(Value::Gen(g))
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(vm, &args, "throw")?.clone();
    if args.has_kwargs() {
        return Err(type_error("generator.throw() takes no keyword arguments"));
    }
    let rest = &args.pos[1..];
    super::check_positional("throw", rest.len(), 1, 3)?;
    let exc = vm.throw_args(&rest[0], rest.get(1))?;
    let step = vm.gen_throw(&g, exc)?;
    step_result(vm, step)
}

/// `gen.close()`: GeneratorExit thrown in; a generator that yields again is an error.
fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = gen_of(vm, &args, "close")?.clone();
    super::noargs(&args, "generator", "close")?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn is_exc(vm: &Vm, e: &PyErr, kind: ExcKind) -> bool {
    match &*e.0 {
        crate::vm::error::ErrKind::New(k, _) => *k == kind,
        crate::vm::error::ErrKind::Exc(x) => vm.instance_is(x, kind),
        _ => false,
    }
}
