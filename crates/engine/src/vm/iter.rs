//! Iteration: `iter()`, `next()` of every kind of iterator (builtin ones natively,
//! generators on a nested stack, classes through `__iter__`/`__next__`), unpacking,
//! and the async forms (`__aiter__`/`__anext__`, awaitables).

use super::Vm;
use super::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use super::frame::{GenMode, Link, Stack};
use super::interp::RunResult;
use super::object::generator::{GenKind, GenState};
use super::object::iter::IterState;
use super::object::special::{SpecialKind, ViewKind};
use super::object::{PyIter, PyTuple};
use super::value::Value;
use std::rc::Rc;

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(l) => IterState::List { list: l.clone(), index: 0 },
            Value::Tuple(t) => IterState::Tuple { tuple: t.clone(), index: 0 },
            Value::Str(s) => IterState::Str { s: s.clone(), byte: 0 },
            Value::Range(r) => IterState::Range { next: r.start, stop: r.stop, step: r.step },
            Value::Dict(d) => IterState::Dict { dict: d.clone(), pos: 0, size: d.len(), kind: ViewKind::Keys },
            Value::Set(s) | Value::FrozenSet(s) => IterState::Set { set: s.clone(), pos: 0, size: s.len() },
            Value::Iter(_) => return Ok(v.clone()),
            Value::Gen(g) if g.kind == GenKind::Generator => return Ok(v.clone()),
            Value::Special(s) => match &*s.kind.borrow() {
                SpecialKind::DictView { dict, kind } => {
                    IterState::Dict { dict: dict.clone(), pos: 0, size: dict.len(), kind: *kind }
                }
                _ => return Err(self.not_iterable(v)),
            },
            Value::Instance(i) => {
                if i.class.lookup("__iter__").is_some() {
                    let it = self.call_dunder(v, "__iter__", &[])?.unwrap_or(Value::None);
                    if !self.is_iterator(&it) {
                        return Err(type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name_of(&it)
                        )));
                    }
                    return Ok(it);
                }
                if i.class.lookup("__getitem__").is_some() {
                    IterState::SeqIndex { obj: v.clone(), index: 0 }
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            _ => return Err(self.not_iterable(v)),
        };
        Ok(Value::Iter(PyIter::new(state)))
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) => true,
            Value::Gen(g) => g.kind == GenKind::Generator,
            Value::Instance(i) => i.class.lookup("__next__").is_some(),
            _ => false,
        }
    }

    /// Whether `iter(v)` would work, without calling anything.
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Iter(_) => true,
            Value::Gen(g) => g.kind == GenKind::Generator,
            Value::Special(s) => matches!(&*s.kind.borrow(), SpecialKind::DictView { .. }),
            Value::Instance(i) => i.class.lookup("__iter__").is_some() || i.class.lookup("__getitem__").is_some(),
            _ => false,
        }
    }

    pub fn not_iterable(&self, v: &Value) -> PyErr {
        type_error(format!("'{}' object is not iterable", self.type_name_of(v)))
    }

    /// `next(it)`: `None` when exhausted. Builtins that consume an iterable call this
    /// for every item, so it is where a long one (`set(range(10**8))`) meets the
    /// memory budget.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.check_memory()?;
        match it {
            Value::Iter(i) => self.next_builtin(i),
            Value::Gen(g) if g.kind == GenKind::Generator => self.gen_send(g, Value::None),
            Value::Instance(i) => {
                if i.class.lookup("__next__").is_none() {
                    return Err(type_error(format!("'{}' object is not an iterator", i.class.name)));
                }
                match self.call_dunder(it, "__next__", &[]) {
                    Ok(v) => Ok(Some(v.unwrap_or(Value::NotImplemented))),
                    Err(e) => self.stop_iteration_to_none(e),
                }
            }
            other => Err(type_error(format!("'{}' object is not an iterator", self.type_name_of(other)))),
        }
    }

    /// A StopIteration ends the iteration; anything else is an error.
    fn stop_iteration_to_none(&mut self, e: PyErr) -> PyResult<Option<Value>> {
        if e.is_new(ExcKind::StopIteration) {
            return Ok(None);
        }
        if let super::error::ErrKind::Exc(x) = &*e.0
            && self.instance_is(x, ExcKind::StopIteration)
        {
            return Ok(None);
        }
        Err(e)
    }

    /// Resumes a generator from native code, on a nested stack.
    pub fn gen_send(&mut self, g: &Rc<super::object::PyGen>, sent: Value) -> PyResult<Option<Value>> {
        match self.gen_resume(g, sent, None) {
            Ok(GenStep::Yielded(v)) => Ok(Some(v)),
            Ok(GenStep::Returned(_)) => Ok(None),
            Err(e) => self.stop_iteration_to_none(e),
        }
    }

    /// Resumes a generator with a value sent in, or an exception thrown in at the
    /// `yield` it stopped at (`gen.throw`).
    pub fn gen_resume(
        &mut self,
        g: &Rc<super::object::PyGen>,
        sent: Value,
        throw: Option<Rc<super::object::PyInstance>>,
    ) -> PyResult<GenStep> {
        if g.state.get() == GenState::Finished {
            return match throw {
                Some(e) => Err(PyErr::exc(e)),
                None => Ok(GenStep::Returned(Value::None)),
            };
        }
        let mut stack = Stack::new();
        self.push_gen(&mut stack, g, sent, Link::Gen { dst: 0, mode: GenMode::Native })?;
        if let Some(e) = throw {
            stack.resume = Some(super::frame::Resume::Throw(Value::Instance(e)));
        }
        self.native_depth += 1;
        let r = loop {
            match self.run(&mut stack) {
                RunResult::Preempted => continue,
                other => break other,
            }
        };
        self.native_depth -= 1;
        match r {
            RunResult::GenYielded(v) => Ok(GenStep::Yielded(v)),
            RunResult::Returned(v) => Ok(GenStep::Returned(v)),
            // The dispatch loop ends a natively run generator with its StopIteration
            // (PEP 479 turns any other StopIteration into a RuntimeError first).
            RunResult::Raised(e) if self.instance_is(&e, ExcKind::StopIteration) => {
                let v = e.exc.as_ref().and_then(|s| s.args().items().first().cloned()).unwrap_or(Value::None);
                Ok(GenStep::Returned(v))
            }
            RunResult::Raised(e) => Err(PyErr::exc(e)),
            RunResult::Halted(h) => Err(PyErr(Box::new(super::error::ErrKind::Halt(h)))),
            RunResult::Yielded(_) | RunResult::Signal(_) | RunResult::Preempted => {
                Err(super::error::not_supported("awaiting inside a generator driven by a builtin"))
            }
        }
    }

    /// Advances a builtin iterator.
    pub fn next_builtin(&mut self, it: &Rc<PyIter>) -> PyResult<Option<Value>> {
        let mut state = it.state.borrow_mut();
        match &mut *state {
            IterState::List { list, index } => {
                let v = list.get(*index);
                if v.is_some() {
                    *index += 1;
                } else {
                    *state = IterState::Exhausted;
                }
                Ok(v)
            }
            IterState::ListReverse { list, index } => {
                if *index == 0 || *index > list.len() {
                    *state = IterState::Exhausted;
                    return Ok(None);
                }
                *index -= 1;
                Ok(list.get(*index))
            }
            IterState::Tuple { tuple, index } => {
                let v = tuple.items().get(*index).cloned();
                *index += 1;
                Ok(v)
            }
            IterState::Str { s, byte } => {
                let text = s.as_str();
                match text[*byte..].chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        Ok(Some(Value::str(c.to_string())))
                    }
                    None => Ok(None),
                }
            }
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    // Past i128 the range is over anyway.
                    *next = next.checked_add(*step).unwrap_or(*stop);
                    Ok(Some(super::object::range::int_value(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Dict { dict, pos, size, kind } => {
                if dict.len() != *size {
                    *size = usize::MAX;
                    return Err(PyErr::new(ExcKind::RuntimeError, "dictionary changed size during iteration"));
                }
                match dict.next_entry(*pos) {
                    Some((p, k, v)) => {
                        *pos = p;
                        Ok(Some(match kind {
                            ViewKind::Keys => k,
                            ViewKind::Values => v,
                            ViewKind::Items => Value::Tuple(PyTuple::new(vec![k, v])),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set { set, pos, size } => {
                if set.len() != *size {
                    *size = usize::MAX;
                    return Err(PyErr::new(ExcKind::RuntimeError, "Set changed size during iteration"));
                }
                match set.next_entry(*pos) {
                    Some((p, k)) => {
                        *pos = p;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            IterState::Values { items, index } => {
                let v = items.get(*index).cloned();
                *index += 1;
                Ok(v)
            }
            IterState::Exhausted => Ok(None),
            // The rest may run Python code: no borrow may be held meanwhile.
            _ => {
                let taken = std::mem::replace(&mut *state, IterState::Exhausted);
                drop(state);
                let (result, back) = self.next_calling(taken);
                *it.state.borrow_mut() = back;
                result
            }
        }
    }

    /// The iterators that call Python code: takes the state and gives it back.
    fn next_calling(&mut self, mut state: IterState) -> (PyResult<Option<Value>>, IterState) {
        let r = (|| -> PyResult<Option<Value>> {
            match &mut state {
                IterState::Enumerate { inner, count } => match self.next(inner)? {
                    Some(v) => {
                        let n = count.clone();
                        *count = self.binary(crate::syntax::ast::BinOp::Add, &n, &Value::Int(1))?;
                        Ok(Some(Value::Tuple(PyTuple::new(vec![n, v]))))
                    }
                    None => Ok(None),
                },
                IterState::Zip { inners, strict } => {
                    if inners.is_empty() {
                        return Ok(None);
                    }
                    let mut items = Vec::with_capacity(inners.len());
                    for (i, inner) in inners.iter().enumerate() {
                        match self.next(inner)? {
                            Some(v) => items.push(v),
                            None => {
                                if *strict {
                                    if i > 0 {
                                        let s = if i == 1 { "" } else { "s" };
                                        return Err(value_error(format!(
                                            "zip() argument {} is shorter than argument{s} 1{}",
                                            i + 1,
                                            if i == 1 { String::new() } else { format!("-{i}") }
                                        )));
                                    }
                                    for (j, rest) in inners.iter().enumerate().skip(1) {
                                        if self.next(rest)?.is_some() {
                                            let s = if j == 1 { "" } else { "s" };
                                            return Err(value_error(format!(
                                                "zip() argument {} is longer than argument{s} 1{}",
                                                j + 1,
                                                if j == 1 { String::new() } else { format!("-{j}") }
                                            )));
                                        }
                                    }
                                }
                                return Ok(None);
                            }
                        }
                    }
                    Ok(Some(Value::Tuple(PyTuple::new(items))))
                }
                IterState::Map { func, inners } => {
                    let mut args = Vec::with_capacity(inners.len());
                    for inner in inners.iter() {
                        match self.next(inner)? {
                            Some(v) => args.push(v),
                            None => return Ok(None),
                        }
                    }
                    let f = func.clone();
                    Ok(Some(self.call_sync(&f, &args)?))
                }
                IterState::Filter { func, inner } => loop {
                    let Some(v) = self.next(inner)? else { return Ok(None) };
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let f = func.clone();
                        let r = self.call_sync(&f, std::slice::from_ref(&v))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                },
                IterState::Callable { func, sentinel } => {
                    let f = func.clone();
                    let v = self.call_sync(&f, &[])?;
                    let s = sentinel.clone();
                    if self.eq(&v, &s)? { Ok(None) } else { Ok(Some(v)) }
                }
                IterState::SeqIndex { obj, index } => {
                    let o = obj.clone();
                    match self.get_item(&o, &Value::Int(*index)) {
                        Ok(v) => {
                            *index += 1;
                            Ok(Some(v))
                        }
                        Err(e) => {
                            if e.is_new(ExcKind::IndexError) || e.is_new(ExcKind::StopIteration) {
                                return Ok(None);
                            }
                            if let super::error::ErrKind::Exc(x) = &*e.0
                                && (self.instance_is(x, ExcKind::IndexError)
                                    || self.instance_is(x, ExcKind::StopIteration))
                            {
                                return Ok(None);
                            }
                            Err(e)
                        }
                    }
                }
                _ => Ok(None),
            }
        })();
        if !matches!(r, Ok(Some(_))) {
            state = IterState::Exhausted;
        }
        (r, state)
    }

    /// All the items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.items().to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            if out.len() % 4096 == 4095 {
                self.reserve(out.len() * 16)?;
                self.check_memory()?;
            }
            out.push(x);
        }
        Ok(out)
    }

    /// `a, b, c = v`.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items().to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                let it = self
                    .get_iter(v)
                    .map_err(|_| type_error(format!("cannot unpack non-iterable {} object", self.type_name_of(v))))?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(value_error(format!("too many values to unpack (expected {n})")));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return Err(value_error(format!("too many values to unpack (expected {n})")));
        }
        if items.len() < n {
            return Err(value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
        }
        Ok(items)
    }

    /// `a, *b, c = v`: `before` items, a list, `after` items.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = self.collect(v).map_err(|e| {
            if e.is_new(ExcKind::TypeError) {
                type_error(format!("cannot unpack non-iterable {} object", self.type_name_of(v)))
            } else {
                e
            }
        })?;
        if items.len() < before + after {
            return Err(value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = items[..before].to_vec();
        out.push(Value::List(super::object::PyList::new(items[before..items.len() - after].to_vec())));
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }

    // ------------------------------------------------------------------ async

    /// `aiter(v)`: `__aiter__`, or an async generator itself.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => Ok(v.clone()),
            Value::Instance(_) => match self.call_dunder(v, "__aiter__", &[])? {
                Some(r) => Ok(r),
                None => Err(type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    self.type_name_of(v)
                ))),
            },
            other => Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name_of(other)
            ))),
        }
    }

    /// The awaitable of `aiter.__anext__()`.
    pub fn get_anext(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            // An async generator is its own `__anext__()` awaitable: `Await` resumes it
            // until its next `yield` (`GetANext` is always followed by `Await`).
            Value::Gen(g) if g.kind == GenKind::AsyncGenerator => Ok(v.clone()),
            Value::Instance(_) => match self.call_dunder(v, "__anext__", &[])? {
                Some(r) => self.get_awaitable(&r),
                None => Err(type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    self.type_name_of(v)
                ))),
            },
            other => Err(type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name_of(other)
            ))),
        }
    }

    /// What `await v` awaits: a coroutine, a native awaitable, or the iterator a
    /// class's `__await__` returns.
    pub fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Gen(g) if g.kind == GenKind::Coroutine => Ok(v.clone()),
            Value::Native(_) => Ok(v.clone()),
            Value::Instance(i) if i.class.lookup("__await__").is_some() => {
                let r = self.call_dunder(v, "__await__", &[])?.unwrap_or(Value::None);
                match &r {
                    Value::Gen(g) if g.kind == GenKind::Generator => Ok(r),
                    Value::Native(_) | Value::Iter(_) => Ok(r),
                    other => Err(type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        self.type_name_of(other)
                    ))),
                }
            }
            other => {
                Err(type_error(format!("object {} can't be used in 'await' expression", self.type_name_of(other))))
            }
        }
    }
}

/// What resuming a generator did.
pub enum GenStep {
    Yielded(Value),
    /// It returned this value (StopIteration's `value`).
    Returned(Value),
}

/// `range(...)` in a `for` loop, without making the range: the three ints, if the
/// callable is the builtin `range` and every argument is an int.
pub fn range_fast(vm: &Vm, callee: &Value, args: &[Value]) -> Option<(i64, i64, i64)> {
    let Value::Class(c) = callee else { return None };
    if !Rc::ptr_eq(c, vm.types.get(super::object::class::TypeId::Range)) {
        return None;
    }
    let ints: Option<Vec<i64>> = args.iter().map(|a| a.as_i64()).collect();
    match ints?.as_slice() {
        [stop] => Some((0, *stop, 1)),
        [start, stop] => Some((*start, *stop, 1)),
        [start, stop, step] if *step != 0 => Some((*start, *stop, *step)),
        _ => None,
    }
}
