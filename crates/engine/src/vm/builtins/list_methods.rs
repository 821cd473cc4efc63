//! `list`: its constructor and methods.

use super::{arity, check_kwargs, int_arg, method, this};
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
    method("list", "__len__", dunder_len),
    method("list", "__getitem__", dunder_getitem),
    method("list", "__contains__", dunder_contains),
];

fn l<'a>(args: &Args<'a>) -> PyResult<&'a Rc<PyList>> {
    match this(args) {
        Value::List(l) => Ok(l),
        other => Err(type_error(format!("descriptor requires a 'list' object but received a '{}'", other.type_name()))),
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("append", &args, 2, 2)?;
    let list = l(&args)?;
    if list.len() % 1024 == 1023 {
        vm.check_memory()?;
    }
    list.push(args.pos[1].clone());
    Ok(Value::None)
}

impl Vm {
    /// `list.extend(src)` / `ListExtend`.
    pub fn list_extend(&mut self, list: &Value, src: &Value) -> PyResult<()> {
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
    arity("extend", &args, 2, 2)?;
    let me = this(&args).clone();
    vm.list_extend(&me, &args.pos[1])?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("insert", &args, 3, 3)?;
    let list = l(&args)?;
    let n = list.len() as i64;
    let i = int_arg(vm, &args.pos[1])?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    list.borrow_mut().insert(i, args.pos[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("pop", &args, 1, 2)?;
    let list = l(&args)?;
    let n = list.len() as i64;
    if n == 0 {
        return Err(PyErr::new(ExcKind::IndexError, "pop from empty list"));
    }
    let i = match args.pos.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let i = if i < 0 { i + n } else { i };
    if i < 0 || i >= n {
        return Err(PyErr::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(list.borrow_mut().remove(i as usize))
}

fn position(vm: &mut Vm, list: &PyList, x: &Value, start: usize, end: usize) -> PyResult<Option<usize>> {
    let items = list.snapshot();
    for (i, v) in items.iter().enumerate().take(end.min(items.len())).skip(start) {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("remove", &args, 2, 2)?;
    let list = l(&args)?.clone();
    match position(vm, &list, &args.pos[1], 0, usize::MAX)? {
        Some(i) => {
            if i < list.len() {
                list.borrow_mut().remove(i);
            }
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("index", &args, 2, 4)?;
    let list = l(&args)?.clone();
    let n = list.len() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) } as usize;
    let start = match args.pos.get(2) {
        Some(v) => norm(int_arg(vm, v)?),
        None => 0,
    };
    let end = match args.pos.get(3) {
        Some(v) => norm(int_arg(vm, v)?),
        None => n as usize,
    };
    match position(vm, &list, &args.pos[1], start, end)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args.pos[1])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("count", &args, 2, 2)?;
    let items = l(&args)?.snapshot();
    let mut n = 0;
    for v in &items {
        if v.is(&args.pos[1]) || vm.eq(v, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs("sort", &args, &["key", "reverse"])?;
    if args.pos.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let list = l(&args)?.clone();
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let reverse = match args.kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    // CPython empties the list while sorting: changes made meanwhile are an error.
    let mut items = std::mem::take(&mut *list.borrow_mut());
    let r = super::functions::sort_values(vm, &mut items, key.as_ref(), reverse);
    let changed = !list.is_empty();
    *list.borrow_mut() = items;
    r?;
    if changed {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("reverse", &args, 1, 1)?;
    l(&args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("copy", &args, 1, 1)?;
    Ok(Value::List(PyList::new(l(&args)?.snapshot())))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("clear", &args, 1, 1)?;
    let old = std::mem::take(&mut *l(&args)?.borrow_mut());
    crate::vm::heap::drop_values(old);
    Ok(Value::None)
}

fn dunder_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(l(&args)?.len() as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__getitem__", &args, 2, 2)?;
    let me = this(&args).clone();
    vm.get_item(&me, &args.pos[1])
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("__contains__", &args, 2, 2)?;
    let me = this(&args).clone();
    Ok(Value::Bool(vm.contains(&me, &args.pos[1])?))
}
