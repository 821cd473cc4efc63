//! `list`: its constructor and methods.

use super::dunders::is_list;
use super::{clinic, method, noargs, onearg, recv};
use crate::builtin;
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::vm::object::PyList;
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::value::Value;
use std::rc::Rc;

builtin!(LIST_NEW, "list", "", Function, list_new);

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs("list", &args)?;
    if args.pos.len() > 1 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", args.pos.len())));
    }
    let items = match args.pos.first() {
        None => Vec::new(),
        Some(v) => vm.collect(v)?,
    };
    Ok(Value::List(PyList::new(items)))
}

pub static METHODS: &[BuiltinFn] = &[
    method("list", "append", append),
    method("list", "extend", extend),
    method("list", "insert", insert),
    method("list", "pop", pop),
    method("list", "remove", remove),
    method("list", "index", index),
    method("list", "count", count),
    method("list", "sort", sort),
    method("list", "reverse", reverse),
    method("list", "copy", copy),
    method("list", "clear", clear),
    method("list", "__init__", init),
];

/// The list a method was called on (CPython's descriptor checks).
fn l<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyList>> {
    match recv(vm, args, "list", name, is_list)? {
        Value::List(l) => Ok(l),
        _ => Err(type_error("list expected")),
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "append")?;
    let x = onearg(&args, "list", "append")?;
    if list.len() % 1024 == 1023 {
        vm.check_memory()?;
    }
    list.push(x.clone());
    Ok(Value::None)
}

impl Vm {
    /// `ListExtend`: `[*src]` (and `f(a, *src)`), with CPython's message for a value
    /// that cannot be iterated.
    pub fn list_extend(&mut self, list: &Value, src: &Value) -> PyResult<()> {
        if !self.is_iterable(src) {
            return Err(type_error(format!("Value after * must be an iterable, not {}", self.type_name_of(src))));
        }
        self.list_extend_from(list, src)
    }

    /// `list.extend(src)`.
    pub fn list_extend_from(&mut self, list: &Value, src: &Value) -> PyResult<()> {
        let Value::List(list) = list else { return Err(type_error("list expected")) };
        let items = match src {
            Value::List(o) => o.snapshot(),
            other => self.collect(other)?,
        };
        self.reserve(items.len() * 16)?;
        list.borrow_mut().extend(items);
        Ok(())
    }
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    l(vm, &args, "extend")?;
    let src = onearg(&args, "list", "extend")?;
    vm.list_extend_from(&args.pos[0], src)?;
    Ok(Value::None)
}

/// An index argument (`__index__`), clamped to i64 like `Py_ssize_t` conversions that
/// CPython makes with overflow checks.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_of(v)? {
        Value::Int(i) => Ok(i),
        _ => Err(crate::vm::error::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "insert")?;
    let rest = clinic(&args, "list", "insert", 2, 2)?;
    let n = list.len() as i64;
    let i = ssize_arg(vm, &rest[0])?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    list.borrow_mut().insert(i, rest[1].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "pop")?;
    let rest = clinic(&args, "list", "pop", 0, 1)?;
    let i = match rest.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let n = list.len() as i64;
    if n == 0 {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    }
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(list.borrow_mut().remove(i as usize))
}

/// The first position in `start..end` whose item equals `x` (the list may change
/// while `__eq__` runs: CPython re-reads it at each step).
fn position(vm: &mut Vm, list: &PyList, x: &Value, start: usize, end: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < end {
        let Some(v) = list.get(i) else { break };
        if vm.same_or_eq(&v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "remove")?.clone();
    let x = onearg(&args, "list", "remove")?;
    match position(vm, &list, x, 0, usize::MAX)? {
        Some(i) => {
            if i < list.len() {
                let old = list.borrow_mut().remove(i);
                drop(old);
            }
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "index")?.clone();
    let rest = clinic(&args, "list", "index", 1, 3)?;
    let (start, end) = super::tuple_methods::index_bounds(vm, rest, list.len())?;
    match position(vm, &list, &rest[0], start, end)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&rest[0])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "count")?.clone();
    let x = onearg(&args, "list", "count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = list.get(i) {
        if vm.same_or_eq(&v, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "sort")?.clone();
    if args.pos.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    if args.kwnames.len() > 2 {
        return Err(type_error(format!("sort() takes at most 2 keyword arguments ({} given)", args.kwnames.len())));
    }
    let kw = super::unpack_kw(&args, 1, "sort", &["key", "reverse"], 0, 0)?;
    let key = kw[0].filter(|k| !k.is_none()).cloned();
    let reverse = match kw[1] {
        Some(r) => bool_int_arg(vm, r)?,
        None => false,
    };
    // CPython empties the list while sorting: changes made meanwhile are an error.
    let mut items = std::mem::take(&mut *list.borrow_mut());
    let r = super::functions::sort_values(vm, &mut items, key.as_ref(), reverse);
    let changed = !list.is_empty();
    let old = std::mem::replace(&mut *list.borrow_mut(), items);
    drop(old);
    r?;
    if changed {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

/// `reverse=` of `sort`/`sorted`: an int (CPython parses it with the `i` format).
pub fn bool_int_arg(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::BigInt(_) => Err(crate::vm::error::overflow_error("Python int too large to convert to C int")),
        other => match vm.index_of(other)? {
            Value::Int(i) => Ok(i != 0),
            _ => Ok(true),
        },
    }
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "reverse")?;
    noargs(&args, "list", "reverse")?;
    list.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "copy")?;
    noargs(&args, "list", "copy")?;
    Ok(Value::List(PyList::new(list.snapshot())))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "clear")?;
    noargs(&args, "list", "clear")?;
    let old = std::mem::take(&mut *list.borrow_mut());
    crate::vm::heap::drop_values(old);
    Ok(Value::None)
}

/// `list.__init__(self, iterable=())`: what a subclass's instance starts as.
fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = l(vm, &args, "__init__")?.clone();
    super::no_kwargs("list", &args)?;
    if args.pos.len() > 2 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let items = match args.pos.get(1) {
        None => Vec::new(),
        Some(v) => vm.collect(v)?,
    };
    let old = std::mem::replace(&mut *list.borrow_mut(), items);
    crate::vm::heap::drop_values(old);
    Ok(Value::None)
}
