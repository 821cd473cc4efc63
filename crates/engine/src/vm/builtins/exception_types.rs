//! What the builtin exception classes add to `BaseException`: `OSError` (errno,
//! strerror, filename; `OSError(2, ...)` makes a FileNotFoundError), `SystemExit.code`,
//! `SyntaxError`'s location, the `name=`/`obj=`/`path=` keywords of NameError,
//! AttributeError and ImportError, the Unicode errors, and exception groups
//! (`ExceptionGroup(msg, excs)` with its checks, `split`, `subgroup`, `derive`).

use super::{method, onearg, recv};
use crate::syntax::ast::Name;
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyResult, type_error, value_error};
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::object::{PyClass, PyInstance, PyList, PyTuple};
use crate::vm::value::Value;
use std::rc::Rc;

/// The subclass `OSError(errno, ...)` makes for an errno (Linux's numbers).
fn oserror_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        4 => ExcKind::InterruptedError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

fn is(vm: &Vm, class: &Rc<PyClass>, kind: ExcKind) -> bool {
    class.is_subclass(vm.types.exc(kind))
}

/// Calling a builtin exception class (or a user class deriving from one without an
/// `__init__` of its own): the instance, with CPython's checks and attributes.
pub fn exception_new(vm: &mut Vm, class: &Rc<PyClass>, args: Args) -> PyResult<Rc<PyInstance>> {
    let mut class = class.clone();
    if Rc::ptr_eq(&class, vm.types.exc(ExcKind::OSError))
        && (2..=5).contains(&args.pos.len())
        && let Some(kind) = args.pos[0].as_i64().and_then(oserror_subclass)
    {
        class = vm.types.exc(kind).clone();
    }
    if is(vm, &class, ExcKind::BaseExceptionGroup) {
        return group_new(vm, &class, args);
    }
    check_keywords(vm, &class, &args)?;
    let i = PyInstance::new(class);
    if let Some(state) = &i.exc {
        *state.args.borrow_mut() = PyTuple::new(args.pos.to_vec());
    }
    init_extras(vm, &i, args)?;
    Ok(i)
}

/// The keywords the exception classes accept (the others take none).
fn check_keywords(vm: &Vm, class: &Rc<PyClass>, args: &Args) -> PyResult<()> {
    if !args.has_kwargs() {
        return Ok(());
    }
    let allowed: &[&str] = if is(vm, class, ExcKind::ImportError) {
        &["name", "path"]
    } else if is(vm, class, ExcKind::AttributeError) {
        &["name", "obj"]
    } else if is(vm, class, ExcKind::NameError) {
        &["name"]
    } else {
        return Err(type_error(format!("{}() takes no keyword arguments", class.name)));
    };
    for k in args.kwnames {
        if !allowed.contains(&&**k) {
            return Err(type_error(format!("'{k}' is an invalid keyword argument for {}()", class.name)));
        }
    }
    Ok(())
}

fn set(i: &PyInstance, name: &str, v: Value) {
    let old = i.attrs.borrow_mut().set(Name::from(name), v);
    drop(old);
}

/// The attributes a builtin exception class derives from its arguments (also what
/// `BaseException.__init__` runs for user subclasses).
pub fn init_extras(vm: &mut Vm, i: &Rc<PyInstance>, args: Args) -> PyResult<()> {
    let class = i.class.clone();
    let pos = args.pos;
    if is(vm, &class, ExcKind::OSError) {
        init_oserror(i, pos);
    } else if is(vm, &class, ExcKind::SyntaxError) {
        init_syntax_error(i, pos)?;
    } else if is(vm, &class, ExcKind::ImportError) {
        set(i, "msg", if pos.len() == 1 { pos[0].clone() } else { Value::None });
        set(i, "name", args.kw("name").cloned().unwrap_or(Value::None));
        set(i, "path", args.kw("path").cloned().unwrap_or(Value::None));
    } else if is(vm, &class, ExcKind::AttributeError) {
        set(i, "name", args.kw("name").cloned().unwrap_or(Value::None));
        set(i, "obj", args.kw("obj").cloned().unwrap_or(Value::None));
    } else if is(vm, &class, ExcKind::NameError) {
        set(i, "name", args.kw("name").cloned().unwrap_or(Value::None));
    } else if is(vm, &class, ExcKind::UnicodeEncodeError) || is(vm, &class, ExcKind::UnicodeDecodeError) {
        init_unicode_error(vm, i, pos, true)?;
    } else if is(vm, &class, ExcKind::UnicodeTranslateError) {
        init_unicode_error(vm, i, pos, false)?;
    }
    Ok(())
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: a filename leaves
/// `args` as `(errno, strerror)`.
fn init_oserror(i: &PyInstance, pos: &[Value]) {
    let (mut errno, mut strerror, mut filename, mut filename2) = (Value::None, Value::None, Value::None, Value::None);
    if (2..=5).contains(&pos.len()) {
        errno = pos[0].clone();
        strerror = pos[1].clone();
        if let Some(f) = pos.get(2) {
            filename = f.clone();
            if let Some(f2) = pos.get(4) {
                filename2 = f2.clone();
            }
            if let Some(state) = &i.exc {
                *state.args.borrow_mut() = PyTuple::new(pos[..2].to_vec());
            }
        }
    }
    set(i, "errno", errno);
    set(i, "strerror", strerror);
    set(i, "filename", filename);
    set(i, "filename2", filename2);
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
fn init_syntax_error(i: &PyInstance, pos: &[Value]) -> PyResult<()> {
    let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
    set(i, "msg", pos.first().cloned().unwrap_or(Value::None));
    let mut info: Vec<Value> = Vec::new();
    if pos.len() == 2 {
        match &pos[1] {
            Value::Tuple(t) if (4..=6).contains(&t.len()) => info = t.items().to_vec(),
            Value::Tuple(_) => return Err(type_error("tuple index out of range")),
            _ => return Err(type_error("'int' object is not iterable")),
        }
    }
    for (k, name) in names.iter().enumerate() {
        set(i, name, info.get(k).cloned().unwrap_or(Value::None));
    }
    set(i, "print_file_and_line", Value::None);
    Ok(())
}

/// The Unicode errors' fixed arguments: `(encoding, object, start, end, reason)`, or
/// `(object, start, end, reason)` for UnicodeTranslateError.
fn init_unicode_error(vm: &mut Vm, i: &PyInstance, pos: &[Value], with_encoding: bool) -> PyResult<()> {
    let n = if with_encoding { 5 } else { 4 };
    if pos.len() != n {
        return Err(type_error(format!("function takes exactly {n} arguments ({} given)", pos.len())));
    }
    let off = with_encoding as usize;
    let need_str = |vm: &Vm, v: &Value, k: usize| -> PyResult<()> {
        if matches!(v, Value::Str(_)) {
            Ok(())
        } else {
            Err(type_error(format!("argument {k} must be str, not {}", super::arg_type_name(vm, v))))
        }
    };
    if with_encoding {
        need_str(vm, &pos[0], 1)?;
        if is(vm, &i.class, ExcKind::UnicodeDecodeError) {
            return Err(crate::vm::error::not_supported("UnicodeDecodeError (bytes)"));
        }
    }
    need_str(vm, &pos[off], off + 1)?;
    for k in [off + 1, off + 2] {
        if !matches!(pos[k], Value::Int(_) | Value::Bool(_)) {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name_of(&pos[k])
            )));
        }
    }
    need_str(vm, &pos[off + 3], off + 4)?;
    if with_encoding {
        set(i, "encoding", pos[0].clone());
    }
    set(i, "object", pos[off].clone());
    set(i, "start", pos[off + 1].clone());
    set(i, "end", pos[off + 2].clone());
    set(i, "reason", pos[off + 3].clone());
    Ok(())
}

/// `str(e)` where a builtin exception class has its own (`None`: BaseException's).
pub fn special_str(vm: &mut Vm, i: &Rc<PyInstance>) -> PyResult<Option<String>> {
    let class = i.class.clone();
    let attr = |name: &str| i.get_attr(name).unwrap_or(Value::None);
    if is(vm, &class, ExcKind::OSError) {
        let (errno, strerror, f1, f2) = (attr("errno"), attr("strerror"), attr("filename"), attr("filename2"));
        if !f1.is_none() {
            let (e, s, r1) = (vm.to_str(&errno)?, vm.to_str(&strerror)?, vm.repr(&f1)?);
            if !f2.is_none() {
                return Ok(Some(format!("[Errno {e}] {s}: {r1} -> {}", vm.repr(&f2)?)));
            }
            return Ok(Some(format!("[Errno {e}] {s}: {r1}")));
        }
        if !errno.is_none() && !strerror.is_none() {
            return Ok(Some(format!("[Errno {}] {}", vm.to_str(&errno)?, vm.to_str(&strerror)?)));
        }
        return Ok(None);
    }
    if is(vm, &class, ExcKind::SyntaxError) && i.get_attr("msg").is_some() {
        let msg = vm.to_str(&attr("msg"))?;
        let filename = match attr("filename") {
            Value::Str(s) => Some(s.as_str().rsplit('/').next().unwrap_or("").to_string()),
            _ => None,
        };
        let lineno = attr("lineno").as_i64();
        return Ok(Some(match (filename, lineno) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        }));
    }
    if is(vm, &class, ExcKind::ImportError)
        && let Value::Str(m) = attr("msg")
    {
        return Ok(Some(m.as_str().to_string()));
    }
    if (is(vm, &class, ExcKind::UnicodeEncodeError) || is(vm, &class, ExcKind::UnicodeTranslateError))
        && let (Value::Str(obj), Some(start), Some(end)) =
            (attr("object"), attr("start").as_i64(), attr("end").as_i64())
    {
        let reason = vm.to_str(&attr("reason"))?;
        let head = if is(vm, &class, ExcKind::UnicodeEncodeError) {
            format!("'{}' codec can't encode", vm.to_str(&attr("encoding"))?)
        } else {
            "can't translate".to_string()
        };
        let c = usize::try_from(start).ok().and_then(|s| obj.as_str().chars().nth(s));
        return Ok(Some(match c {
            Some(c) if end == start + 1 => {
                let n = c as u32;
                let esc = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                format!("{head} character '{esc}' in position {start}: {reason}")
            }
            _ => format!("{head} characters in position {start}-{}: {reason}", end - 1),
        }));
    }
    if is(vm, &class, ExcKind::BaseExceptionGroup) {
        // Groups made by `except*` have only their args.
        let args = i.exc.as_ref().map(|s| s.args()).unwrap_or_else(PyTuple::empty);
        let message = i.get_attr("message").or_else(|| args.items().first().cloned()).unwrap_or(Value::None);
        let msg = vm.to_str(&message)?;
        let n = match i.get_attr("exceptions").or_else(|| args.items().get(1).cloned()) {
            Some(Value::Tuple(t)) => t.len(),
            Some(Value::List(l)) => l.len(),
            _ => 0,
        };
        return Ok(Some(format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" })));
    }
    Ok(None)
}

// ------------------------------------------------------------------ exception groups

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, class: &Rc<PyClass>, args: Args) -> PyResult<Rc<PyInstance>> {
    if args.has_kwargs() {
        return Err(type_error(format!("{}() takes no keyword arguments", class.name)));
    }
    if args.pos.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let (message, excs) = (&args.pos[0], &args.pos[1]);
    if !matches!(message, Value::Str(_)) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name_of(message)
        )));
    }
    let items: Vec<Value> = match excs {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.items().to_vec(),
        Value::Range(_) | Value::Str(_) => vm.collect(excs)?,
        Value::Instance(c) if c.class.lookup("__getitem__").is_some() && c.class.lookup("__len__").is_some() => {
            vm.collect(excs)?
        }
        _ => return Err(type_error("second argument (exceptions) must be a sequence")),
    };
    if items.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (k, x) in items.iter().enumerate() {
        match x {
            Value::Instance(e) if e.exc.is_some() => {
                all_exceptions &= vm.instance_is(e, ExcKind::Exception);
            }
            _ => return Err(value_error(format!("Item {k} of second argument (exceptions) is not an exception"))),
        }
    }
    let mut class = class.clone();
    if Rc::ptr_eq(&class, vm.types.exc(ExcKind::BaseExceptionGroup)) {
        if all_exceptions {
            class = vm.types.exc(ExcKind::ExceptionGroup).clone();
        }
    } else if is(vm, &class, ExcKind::Exception) && !all_exceptions {
        return Err(type_error(if Rc::ptr_eq(&class, vm.types.exc(ExcKind::ExceptionGroup)) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{}'", class.name)
        }));
    }
    let i = PyInstance::new(class);
    if let Some(state) = &i.exc {
        *state.args.borrow_mut() = PyTuple::new(vec![message.clone(), excs.clone()]);
    }
    set(&i, "message", message.clone());
    set(&i, "exceptions", Value::Tuple(PyTuple::new(items)));
    Ok(i)
}

pub static GROUP_METHODS: &[BuiltinFn] = &[
    method("BaseExceptionGroup", "derive", group_derive),
    method("BaseExceptionGroup", "split", group_split),
    method("BaseExceptionGroup", "subgroup", group_subgroup),
];

fn group_self(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<PyInstance>> {
    let is_group = |v: &Value| matches!(v, Value::Instance(i) if i.exc.is_some());
    match recv(vm, args, "BaseExceptionGroup", name, is_group)? {
        Value::Instance(i) => Ok(i.clone()),
        _ => Err(type_error("exception group expected")),
    }
}

/// `eg.derive(excs)`: a group with the same message (not its traceback, cause...).
fn group_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = group_self(vm, &args, "derive")?;
    let excs = onearg(&args, "BaseExceptionGroup", "derive")?.clone();
    let message = me.get_attr("message").unwrap_or(Value::str(""));
    let base = Value::Class(vm.types.exc(ExcKind::BaseExceptionGroup).clone());
    vm.call_sync(&base, &[message, excs])
}

/// A derived group that keeps the original's cause, context and notes.
fn derive_copy(vm: &mut Vm, me: &Rc<PyInstance>, excs: Vec<Value>) -> PyResult<Value> {
    let message = me.get_attr("message").unwrap_or(Value::str(""));
    // `derive` may be overridden by a subclass.
    let derive = vm.get_attr(&Value::Instance(me.clone()), &Name::from("derive"))?;
    let g = vm.call_sync(&derive, &[Value::List(PyList::new(excs))])?;
    let _ = message;
    if let (Value::Instance(gi), Some(src)) = (&g, &me.exc)
        && let Some(dst) = &gi.exc
    {
        *dst.cause.borrow_mut() = src.cause.borrow().clone();
        *dst.context.borrow_mut() = src.context.borrow().clone();
        dst.suppress_context.set(src.suppress_context.get());
        *dst.notes.borrow_mut() = src.notes.borrow().clone();
    }
    Ok(g)
}

/// The condition of `split`/`subgroup`: an exception type, a tuple of them, or a
/// predicate.
enum Condition {
    Types(Value),
    Predicate(Value),
}

fn condition(vm: &Vm, v: &Value) -> PyResult<Condition> {
    let is_exc_class = |c: &Value| matches!(c, Value::Class(k) if k.is_exception());
    match v {
        Value::Class(_) if is_exc_class(v) => Ok(Condition::Types(v.clone())),
        Value::Tuple(t) if t.items().iter().all(is_exc_class) => Ok(Condition::Types(v.clone())),
        Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) => Ok(Condition::Predicate(v.clone())),
        Value::Instance(i) if i.class.lookup("__call__").is_some() => Ok(Condition::Predicate(v.clone())),
        _ => {
            let _ = vm;
            Err(type_error(
                "expected an exception type, a tuple of exception types, or a callable (other than a class)",
            ))
        }
    }
}

fn matches(vm: &mut Vm, cond: &Condition, e: &Value) -> PyResult<bool> {
    match cond {
        Condition::Types(t) => vm.exc_match(e, t),
        Condition::Predicate(f) => {
            let r = vm.call_sync(f, std::slice::from_ref(e))?;
            vm.truthy(&r)
        }
    }
}

/// Splits a group by a condition: (matching part, rest), None for an empty part.
fn split_by(vm: &mut Vm, e: &Rc<PyInstance>, cond: &Condition, want_rest: bool) -> PyResult<(Value, Value)> {
    let me = Value::Instance(e.clone());
    if matches(vm, cond, &me)? {
        return Ok((me, Value::None));
    }
    if !vm.instance_is(e, ExcKind::BaseExceptionGroup) {
        return Ok((Value::None, me));
    }
    let excs = match e.get_attr("exceptions") {
        Some(Value::Tuple(t)) => t.items().to_vec(),
        _ => Vec::new(),
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for x in &excs {
        let Value::Instance(xi) = x else { continue };
        let (m, r) = split_by(vm, xi, cond, want_rest)?;
        if !m.is_none() {
            matched.push(m);
        }
        if want_rest && !r.is_none() {
            rest.push(r);
        }
    }
    let m = if matched.is_empty() { Value::None } else { derive_copy(vm, e, matched)? };
    let r = if rest.is_empty() { Value::None } else { derive_copy(vm, e, rest)? };
    Ok((m, r))
}

fn group_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = group_self(vm, &args, "split")?;
    let cond = onearg(&args, "BaseExceptionGroup", "split")?;
    let cond = condition(vm, cond)?;
    let (m, r) = split_by(vm, &me, &cond, true)?;
    Ok(Value::Tuple(PyTuple::new(vec![m, r])))
}

fn group_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = group_self(vm, &args, "subgroup")?;
    let cond = onearg(&args, "BaseExceptionGroup", "subgroup")?;
    let cond = condition(vm, cond)?;
    Ok(split_by(vm, &me, &cond, false)?.0)
}
