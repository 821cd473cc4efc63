//! Calls that never suspend: Python's builtins, exception classes, attributes of the
//! `asyncio` and `time` modules, and the methods of tasks and futures.

use crate::ast::Name;
use crate::interp::{Ctx, Interp, Res, exc};
use crate::trace::EventKind;
use crate::value::{
    Builtin, CoroBody, Coroutine, Exc, ExcClass, Exception, FutId, MAX_SEQUENCE, ModuleName, Value, round,
};
use std::cell::RefCell;
use std::rc::Rc;

/// The `asyncio` attributes Loopscope implements (the checker refuses the others).
pub const ASYNCIO_ATTRS: &[&str] = &[
    "run",
    "sleep",
    "create_task",
    "gather",
    "wait_for",
    "get_event_loop",
    "ensure_future",
    "CancelledError",
    "TimeoutError",
    "InvalidStateError",
];

/// The `time` attributes Loopscope implements.
pub const TIME_ATTRS: &[&str] = &["sleep", "time", "monotonic", "perf_counter"];

impl Interp {
    pub fn get_attr(&self, obj: &Value, attr: &Name) -> Result<Value, Exc> {
        let found = match obj {
            Value::Module(ModuleName::Asyncio) => match &**attr {
                "run" => Some(Value::Builtin(Builtin::AsyncioRun)),
                "sleep" => Some(Value::Builtin(Builtin::AsyncioSleep)),
                "create_task" => Some(Value::Builtin(Builtin::AsyncioCreateTask)),
                "gather" => Some(Value::Builtin(Builtin::AsyncioGather)),
                "wait_for" => Some(Value::Builtin(Builtin::AsyncioWaitFor)),
                "get_event_loop" => Some(Value::Builtin(Builtin::AsyncioGetEventLoop)),
                "ensure_future" => Some(Value::Builtin(Builtin::AsyncioEnsureFuture)),
                "CancelledError" => Some(Value::ExcClass(ExcClass::CancelledError)),
                "TimeoutError" => Some(Value::ExcClass(ExcClass::TimeoutError)),
                "InvalidStateError" => Some(Value::ExcClass(ExcClass::InvalidStateError)),
                _ => None,
            },
            Value::Module(ModuleName::Time) => match &**attr {
                "sleep" => Some(Value::Builtin(Builtin::TimeSleep)),
                "time" | "monotonic" | "perf_counter" => Some(Value::Builtin(Builtin::TimeTime)),
                _ => None,
            },
            Value::Task(_)
                if matches!(&**attr, "done" | "result" | "cancel" | "cancelled" | "exception" | "get_name") =>
            {
                Some(Value::Method(Rc::new(obj.clone()), attr.clone()))
            }
            Value::Future(_) if matches!(&**attr, "done" | "result" | "cancel" | "cancelled" | "exception") => {
                Some(Value::Method(Rc::new(obj.clone()), attr.clone()))
            }
            Value::EventLoop if &**attr == "time" => Some(Value::Method(Rc::new(obj.clone()), attr.clone())),
            Value::Exception(e) if &**attr == "args" => Some(Value::Tuple(e.args.clone().into())),
            _ => None,
        };
        found.ok_or_else(|| {
            let msg = match obj {
                Value::Module(m) => format!("module '{}' has no attribute '{attr}'", m.name()),
                other => format!("'{}' object has no attribute '{attr}'", other.type_name()),
            };
            Exception::new(ExcClass::AttributeError, msg)
        })
    }

    /// Calls a callable that cannot suspend.
    pub fn call_sync(&self, ctx: &mut Ctx, callee: Value, pos: Vec<Value>, kw: Vec<(Name, Value)>) -> Res<Value> {
        match callee {
            Value::Builtin(b) => self.call_builtin(ctx, b, pos, kw),
            Value::ExcClass(c) => {
                no_kwargs(c.name(), &kw)?;
                Ok(Value::Exception(Exception::with_args(c, pos)))
            }
            Value::Method(ref obj, ref name) => {
                no_kwargs_except(name, &kw, &["msg"])?;
                self.call_method(ctx, obj, name, pos, kw)
            }
            Value::Func(_) => {
                Err(exc(ExcClass::RuntimeError, "internal error: a user function was called on the synchronous path"))
            }
            other => Err(exc(ExcClass::TypeError, format!("'{}' object is not callable", other.type_name()))),
        }
    }

    fn call_method(
        &self,
        _ctx: &mut Ctx,
        obj: &Value,
        name: &str,
        pos: Vec<Value>,
        kw: Vec<(Name, Value)>,
    ) -> Res<Value> {
        if let Value::EventLoop = obj {
            arity(name, &pos, 0, 0)?;
            return Ok(Value::Float(self.now()));
        }
        let fut: FutId = match obj {
            Value::Task(f) | Value::Future(f) => *f,
            _ => return Err(exc(ExcClass::TypeError, "not a method")),
        };
        let mut rt = self.rt.borrow_mut();
        match name {
            "done" => {
                arity(name, &pos, 0, 0)?;
                Ok(Value::Bool(rt.is_done(fut)))
            }
            "cancelled" => {
                arity(name, &pos, 0, 0)?;
                Ok(Value::Bool(rt.is_cancelled(fut)))
            }
            "result" => {
                arity(name, &pos, 0, 0)?;
                Ok(rt.result_of(fut)?)
            }
            "exception" => {
                arity(name, &pos, 0, 0)?;
                Ok(rt.exception_of(fut)?)
            }
            "get_name" => {
                arity(name, &pos, 0, 0)?;
                let task = rt.task_of(fut).unwrap_or(0);
                Ok(Value::Str(rt.tasks[task as usize].name.clone()))
            }
            "cancel" => {
                arity(name, &pos, 0, 1)?;
                let msg = pos.into_iter().chain(kw.into_iter().map(|(_, v)| v)).next();
                let msg = match msg {
                    None | Some(Value::None) => None,
                    Some(v) => Some(Rc::from(v.to_str())),
                };
                Ok(Value::Bool(rt.cancel_future(fut, msg)))
            }
            _ => Err(exc(ExcClass::AttributeError, format!("no method {name}"))),
        }
    }

    fn call_builtin(&self, ctx: &mut Ctx, b: Builtin, pos: Vec<Value>, kw: Vec<(Name, Value)>) -> Res<Value> {
        let name = b.name();
        match b {
            Builtin::Print => {
                let mut sep = " ".to_string();
                let mut end = "\n".to_string();
                for (k, v) in &kw {
                    let slot = match &**k {
                        "sep" => &mut sep,
                        "end" => &mut end,
                        "flush" => continue,
                        other => {
                            return Err(exc(
                                ExcClass::TypeError,
                                format!("'{other}' is an invalid keyword argument for print()"),
                            ));
                        }
                    };
                    match v {
                        Value::None => {}
                        Value::Str(s) => *slot = s.to_string(),
                        other => {
                            return Err(exc(
                                ExcClass::TypeError,
                                format!("{k} must be None or a string, not {}", other.type_name()),
                            ));
                        }
                    }
                }
                let parts: Vec<String> = pos.iter().map(|v| self.to_str(v)).collect();
                let mut text = parts.join(&sep);
                text.push_str(&end);
                self.print(ctx, text)?;
                Ok(Value::None)
            }
            Builtin::Len => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 1, 1)?;
                Ok(Value::Int(pos[0].len()?))
            }
            Builtin::Str => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 0, 1)?;
                Ok(Value::Str(pos.first().map(|v| self.to_str(v)).unwrap_or_default().into()))
            }
            Builtin::Repr => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 1, 1)?;
                Ok(Value::Str(self.repr(&pos[0]).into()))
            }
            Builtin::Bool => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 0, 1)?;
                Ok(Value::Bool(pos.first().is_some_and(Value::truthy)))
            }
            Builtin::Int => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 0, 1)?;
                Ok(to_int(pos.first().unwrap_or(&Value::Int(0)))?)
            }
            Builtin::Float => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 0, 1)?;
                Ok(to_float(pos.first().unwrap_or(&Value::Float(0.0)))?)
            }
            Builtin::Range => {
                no_kwargs(name, &kw)?;
                if pos.is_empty() {
                    return Err(exc(ExcClass::TypeError, "range expected at least 1 argument, got 0"));
                }
                if pos.len() > 3 {
                    return Err(exc(
                        ExcClass::TypeError,
                        format!("range expected at most 3 arguments, got {}", pos.len()),
                    ));
                }
                let ints: Result<Vec<i64>, Exc> = pos.iter().map(as_index).collect();
                let ints = ints?;
                let (a, b, s) = match ints.as_slice() {
                    [b] => (0, *b, 1),
                    [a, b] => (*a, *b, 1),
                    [a, b, s] => (*a, *b, *s),
                    _ => (0, 0, 1),
                };
                if s == 0 {
                    return Err(exc(ExcClass::ValueError, "range() arg 3 must not be zero"));
                }
                Ok(Value::Range(a, b, s))
            }
            Builtin::Min | Builtin::Max => {
                no_kwargs(name, &kw)?;
                let items = if pos.len() == 1 { self.items_of(&pos[0])? } else { pos };
                if items.is_empty() {
                    return Err(exc(ExcClass::ValueError, format!("{name}() arg is an empty sequence")));
                }
                let mut best = items[0].clone();
                for item in &items[1..] {
                    let ord = crate::value::compare(item, &best)?.ok_or_else(|| {
                        Exception::new(
                            ExcClass::TypeError,
                            format!(
                                "'{}' not supported between instances of '{}' and '{}'",
                                if b == Builtin::Min { "<" } else { ">" },
                                item.type_name(),
                                best.type_name()
                            ),
                        )
                    })?;
                    let better = if b == Builtin::Min { ord.is_lt() } else { ord.is_gt() };
                    if better {
                        best = item.clone();
                    }
                }
                Ok(best)
            }
            Builtin::Sum => {
                arity(name, &pos, 1, 2)?;
                let mut start = pos.get(1).cloned().unwrap_or(Value::Int(0));
                for (k, v) in kw {
                    if &*k == "start" {
                        start = v;
                    } else {
                        return Err(exc(
                            ExcClass::TypeError,
                            format!("'{k}' is an invalid keyword argument for sum()"),
                        ));
                    }
                }
                if matches!(start, Value::Str(_)) {
                    return Err(exc(ExcClass::TypeError, "sum() can't sum strings [use ''.join(seq) instead]"));
                }
                let mut acc = start;
                for item in self.items_of(&pos[0])? {
                    acc = crate::value::binary_op(crate::ast::BinOp::Add, &acc, &item)?;
                }
                Ok(acc)
            }
            Builtin::Abs => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 1, 1)?;
                match &pos[0] {
                    Value::Int(i) => Ok(Value::Int(i.checked_abs().ok_or_else(|| {
                        Exception::new(ExcClass::OverflowError, "integer overflow (Loopscope's int is 64-bit)")
                    })?)),
                    Value::Bool(b) => Ok(Value::Int(*b as i64)),
                    Value::Float(f) => Ok(Value::Float(f.abs())),
                    other => {
                        Err(exc(ExcClass::TypeError, format!("bad operand type for abs(): '{}'", other.type_name())))
                    }
                }
            }
            Builtin::Round => {
                arity(name, &pos, 1, 2)?;
                let nd = kw.iter().find(|(k, _)| &**k == "ndigits").map(|(_, v)| v).or(pos.get(1));
                Ok(round(&pos[0], nd)?)
            }
            Builtin::List => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 0, 1)?;
                let items = match pos.first() {
                    Some(v) => self.items_of(v)?,
                    None => vec![],
                };
                Ok(Value::List(Rc::new(RefCell::new(items))))
            }
            Builtin::Tuple => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 0, 1)?;
                let items = match pos.first() {
                    Some(v) => self.items_of(v)?,
                    None => vec![],
                };
                Ok(Value::Tuple(items.into()))
            }
            Builtin::Isinstance => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 2, 2)?;
                Ok(Value::Bool(isinstance(&pos[0], &pos[1])?))
            }
            Builtin::TimeTime => {
                arity("time", &pos, 0, 0)?;
                Ok(Value::Float(self.now()))
            }
            Builtin::TimeSleep => {
                no_kwargs(name, &kw)?;
                arity(name, &pos, 1, 1)?;
                self.time_sleep(ctx, &pos[0])?;
                Ok(Value::None)
            }
            Builtin::AsyncioSleep => {
                arity(name, &pos, 1, 2)?;
                let mut args = pos.into_iter();
                let delay = args.next().unwrap_or(Value::Int(0));
                let mut result = args.next().unwrap_or(Value::None);
                for (k, v) in kw {
                    match &*k {
                        "result" => result = v,
                        other => {
                            return Err(exc(
                                ExcClass::TypeError,
                                format!("sleep() got an unexpected keyword argument '{other}'"),
                            ));
                        }
                    }
                }
                if delay.as_f64().is_none() {
                    {
                        return Err(exc(
                            ExcClass::TypeError,
                            format!("'<=' not supported between instances of '{}' and 'int'", delay.type_name()),
                        ));
                    }
                };
                Ok(Value::Coroutine(Coroutine::new("sleep", CoroBody::Sleep { delay, result })))
            }
            Builtin::AsyncioWaitFor => {
                let mut aw = pos.first().cloned();
                let mut timeout = pos.get(1).cloned();
                for (k, v) in kw {
                    match &*k {
                        "timeout" => timeout = Some(v),
                        "fut" => aw = Some(v),
                        other => {
                            return Err(exc(
                                ExcClass::TypeError,
                                format!("wait_for() got an unexpected keyword argument '{other}'"),
                            ));
                        }
                    }
                }
                let (Some(aw), Some(timeout)) = (aw, timeout) else {
                    return Err(exc(
                        ExcClass::TypeError,
                        "wait_for() missing 1 required positional argument: 'timeout'",
                    ));
                };
                Ok(Value::Coroutine(Coroutine::new("wait_for", CoroBody::WaitFor { aw, timeout })))
            }
            Builtin::AsyncioCreateTask | Builtin::AsyncioEnsureFuture => {
                arity(name, &pos, 1, 1)?;
                let mut task_name = None;
                for (k, v) in kw {
                    match &*k {
                        "name" if b == Builtin::AsyncioCreateTask => {
                            if !matches!(v, Value::None) {
                                task_name = Some(Rc::from(self.to_str(&v)));
                            }
                        }
                        other => {
                            return Err(exc(
                                ExcClass::TypeError,
                                format!("{name}() got an unexpected keyword argument '{other}'"),
                            ));
                        }
                    }
                }
                let arg = pos.into_iter().next().unwrap_or(Value::None);
                if b == Builtin::AsyncioEnsureFuture && matches!(arg, Value::Task(_) | Value::Future(_)) {
                    return Ok(arg);
                }
                let fut = self.ensure_future(ctx, arg, task_name)?;
                Ok(Value::Task(fut))
            }
            Builtin::AsyncioGather => {
                let mut return_exceptions = false;
                for (k, v) in kw {
                    match &*k {
                        "return_exceptions" => return_exceptions = v.truthy(),
                        other => {
                            return Err(exc(
                                ExcClass::TypeError,
                                format!("gather() got an unexpected keyword argument '{other}'"),
                            ));
                        }
                    }
                }
                self.require_loop()?;
                let mut children = Vec::with_capacity(pos.len());
                let mut seen: Vec<(Value, FutId)> = Vec::new();
                for arg in pos {
                    let fut = match &arg {
                        Value::Task(f) | Value::Future(f) => *f,
                        Value::Coroutine(c) => {
                            match seen.iter().find(|(v, _)| matches!(v, Value::Coroutine(o) if Rc::ptr_eq(o, c))) {
                                Some((_, f)) => *f,
                                None => {
                                    let f = self.ensure_future(ctx, arg.clone(), None)?;
                                    seen.push((arg.clone(), f));
                                    f
                                }
                            }
                        }
                        other => {
                            return Err(exc(
                                ExcClass::TypeError,
                                format!(
                                    "An asyncio.Future, a coroutine or an awaitable is required, got {}",
                                    self.repr(other)
                                ),
                            ));
                        }
                    };
                    children.push(fut);
                }
                let outer = self.rt.borrow_mut().gather(children, return_exceptions);
                Ok(Value::Future(outer))
            }
            Builtin::AsyncioGetEventLoop => {
                arity(name, &pos, 0, 0)?;
                Ok(Value::EventLoop)
            }
            Builtin::AsyncioRun => {
                Err(exc(ExcClass::RuntimeError, "asyncio.run() must be called directly (as asyncio.run(main()))"))
            }
        }
    }

    fn require_loop(&self) -> Res<()> {
        if self.loop_running.get() { Ok(()) } else { Err(exc(ExcClass::RuntimeError, "no running event loop")) }
    }

    /// `ensure_future(coro)`: wraps a coroutine in a new task (a child of the current one).
    pub fn ensure_future(&self, ctx: &Ctx, arg: Value, name: Option<Rc<str>>) -> Res<FutId> {
        self.require_loop()?;
        match arg {
            Value::Coroutine(ref c) => {
                let c = c.clone();
                let mut rt = self.rt.borrow_mut();
                if rt.live_tasks > self.limits.max_tasks {
                    drop(rt);
                    return Err(self
                        .halt_with(format!("LimitError: task limit of {} live tasks reached", self.limits.max_tasks)));
                }
                let task = rt.new_task(c, ctx.task, name);
                Ok(rt.tasks[task as usize].fut)
            }
            Value::Task(f) | Value::Future(f) => Ok(f),
            other => Err(exc(ExcClass::TypeError, format!("a coroutine was expected, got {}", self.repr(&other)))),
        }
    }

    /// Items of an iterable for a builtin, charging one step per item.
    fn items_of(&self, v: &Value) -> Res<Vec<Value>> {
        let n = v.len().unwrap_or(0).max(0) as u64;
        self.charge(n)?;
        if n as usize > MAX_SEQUENCE {
            return Err(exc(ExcClass::OverflowError, "sequence is too long for Loopscope"));
        }
        Ok(v.iterate()?)
    }

    /// `time.sleep(secs)`: holds the loop and moves the virtual clock forward.
    fn time_sleep(&self, ctx: &Ctx, secs: &Value) -> Res<()> {
        let s = match secs {
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => secs.as_f64().unwrap_or(0.0),
            other => {
                return Err(exc(
                    ExcClass::TypeError,
                    format!("'{}' object cannot be interpreted as an integer", other.type_name()),
                ));
            }
        };
        if s.is_nan() {
            return Err(exc(ExcClass::ValueError, "Invalid value NaN (not a number)"));
        }
        if s < 0.0 {
            return Err(exc(ExcClass::ValueError, "sleep length must be non-negative"));
        }
        if s.is_infinite() {
            return Err(exc(ExcClass::OverflowError, "timestamp too large to convert to C _PyTime_t"));
        }
        let mut rt = self.rt.borrow_mut();
        let when = rt.now + s;
        if when > self.limits.max_time {
            drop(rt);
            return Err(
                self.halt_with(format!("LimitError: virtual time limit of {:.0} s reached", self.limits.max_time))
            );
        }
        if let Some(task) = ctx.task {
            rt.record(EventKind::Blocked { task, secs: s });
        }
        rt.now = rt.now.max(when);
        Ok(())
    }
}

fn no_kwargs(name: &str, kw: &[(Name, Value)]) -> Res<()> {
    match kw.first() {
        None => Ok(()),
        Some(_) => Err(exc(ExcClass::TypeError, format!("{name}() takes no keyword arguments"))),
    }
}

fn no_kwargs_except(name: &str, kw: &[(Name, Value)], allowed: &[&str]) -> Res<()> {
    for (k, _) in kw {
        if !allowed.contains(&&**k) {
            return Err(exc(ExcClass::TypeError, format!("{name}() got an unexpected keyword argument '{k}'")));
        }
    }
    Ok(())
}

fn arity(name: &str, pos: &[Value], min: usize, max: usize) -> Res<()> {
    let n = pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(exc(ExcClass::TypeError, msg))
}

fn as_index(v: &Value) -> Result<i64, Exc> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(Exception::new(
            ExcClass::TypeError,
            format!("'{}' object cannot be interpreted as an integer", other.type_name()),
        )),
    }
}

fn to_int(v: &Value) -> Result<Value, Exc> {
    match v {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(Exception::new(ExcClass::ValueError, "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(Exception::new(ExcClass::OverflowError, "cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() >= 9.223_372_036_854_776e18 {
                return Err(Exception::new(ExcClass::OverflowError, "integer overflow (Loopscope's int is 64-bit)"));
            }
            Ok(Value::Int(t as i64))
        }
        Value::Str(s) => {
            let t = s.trim();
            let cleaned: String = t.chars().filter(|c| *c != '_').collect();
            let ok_underscores = !t.starts_with('_') && !t.ends_with('_') && !t.contains("__");
            match cleaned.parse::<i64>() {
                Ok(i) if ok_underscores && !cleaned.is_empty() => Ok(Value::Int(i)),
                _ => Err(Exception::new(
                    ExcClass::ValueError,
                    format!("invalid literal for int() with base 10: {}", crate::value::str_repr(s)),
                )),
            }
        }
        other => Err(Exception::new(
            ExcClass::TypeError,
            format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.type_name()
            ),
        )),
    }
}

fn to_float(v: &Value) -> Result<Value, Exc> {
    match v {
        Value::Float(f) => Ok(Value::Float(*f)),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::Str(s) => {
            let t = s.trim();
            let lower = t.to_ascii_lowercase();
            let unsigned = lower.trim_start_matches(['+', '-']);
            let parsed = match unsigned {
                "inf" | "infinity" | "nan" => lower.parse::<f64>().ok(),
                _ if t.contains("__") || t.starts_with('_') || t.ends_with('_') => None,
                _ => t.replace('_', "").parse::<f64>().ok(),
            };
            parsed.map(Value::Float).ok_or_else(|| {
                Exception::new(
                    ExcClass::ValueError,
                    format!("could not convert string to float: {}", crate::value::str_repr(s)),
                )
            })
        }
        other => Err(Exception::new(
            ExcClass::TypeError,
            format!("float() argument must be a string or a real number, not '{}'", other.type_name()),
        )),
    }
}

fn isinstance(v: &Value, class: &Value) -> Result<bool, Exc> {
    match class {
        Value::ExcClass(c) => Ok(matches!(v, Value::Exception(e) if e.is(*c))),
        Value::Builtin(b) => Ok(match b {
            Builtin::Int => matches!(v, Value::Int(_) | Value::Bool(_)),
            Builtin::Float => matches!(v, Value::Float(_)),
            Builtin::Str => matches!(v, Value::Str(_)),
            Builtin::Bool => matches!(v, Value::Bool(_)),
            Builtin::List => matches!(v, Value::List(_)),
            Builtin::Tuple => matches!(v, Value::Tuple(_)),
            Builtin::Range => matches!(v, Value::Range(..)),
            _ => false,
        }),
        Value::Tuple(items) => {
            for i in items.iter() {
                if isinstance(v, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            Err(Exception::new(ExcClass::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}
