//! The dispatch loop: one `match` over the instructions of the frame on top of a stack.
//! Calls push frames and returns pop them without leaving the loop; exceptions are
//! found in the code's exception table and unwind frame by frame.

use super::Vm;
use super::error::{ErrKind, ExcKind, Halt, PyErr, PyResult};
use super::frame::{Frame, GenMode, Link, Resume, Stack, Waiting};
use super::generator_ops::AgenStart;
use super::object::agen_await::AgenAwaitable;
use super::object::generator::{GenKind, GenState};
use super::object::native::AwaitStep;
use super::object::{PyGen, PyInstance, PyTuple};
use super::signal::Signal;
use super::value::Value;
use crate::compile::code::{NO_REG, Op, Reg};
use std::rc::Rc;

/// How a run of a stack ended.
#[derive(Debug)]
pub enum RunResult {
    /// The bottom frame returned (or a generator run from native code yielded: see
    /// [`RunResult::GenYielded`]).
    Returned(Value),
    /// An exception escaped the bottom frame.
    Raised(Rc<PyInstance>),
    /// A native awaitable yielded this value: the task suspends (see `Stack::waiting`).
    Yielded(Value),
    /// A generator at the bottom of a stack run from native code yielded.
    GenYielded(Value),
    /// The host needs a turn: run the stack again to go on.
    Preempted,
    Halted(Halt),
    /// Module-level code asked the driver to do something (run an event loop).
    Signal(Signal),
}

/// Leaving the instruction loop.
enum Exit {
    Error(PyErr),
    Done(RunResult),
}

impl Vm {
    /// Runs `stack` (resuming it if it was suspended) until it finishes, suspends, or
    /// needs to give the host a turn.
    pub fn run(&mut self, stack: &mut Stack) -> RunResult {
        if let Some(resume) = stack.resume.take()
            && let Err(exit) = self.resume(stack, resume)
        {
            match exit {
                Exit::Done(r) => return r,
                Exit::Error(e) => {
                    if let Some(r) = self.unwind(stack, e) {
                        return r;
                    }
                }
            }
        }
        loop {
            match self.execute(stack) {
                Exit::Done(r) => return r,
                Exit::Error(e) => {
                    if let Some(r) = self.unwind(stack, e) {
                        return r;
                    }
                }
            }
        }
    }

    /// Puts the result of what the stack waited for where it belongs.
    fn resume(&mut self, stack: &mut Stack, resume: Resume) -> Result<(), Exit> {
        let waiting = stack.waiting.take();
        let Some(top) = stack.frames.last() else { return Ok(()) };
        let base = top.base as usize;
        match resume {
            Resume::Throw(exc) => {
                if let Some(Waiting::Native { aw, .. }) = &waiting {
                    aw.obj.await_throw(self, aw);
                }
                let e = match exc {
                    Value::Instance(i) if i.exc.is_some() => PyErr::exc(i),
                    _ => PyErr::new(ExcKind::TypeError, "exceptions must derive from BaseException"),
                };
                Err(Exit::Error(e))
            }
            Resume::Send(v) => match waiting {
                None => Ok(()),
                Some(Waiting::Result { dst }) => {
                    stack.values[base + dst as usize] = v;
                    Ok(())
                }
                Some(Waiting::Native { dst, aw }) => match aw.obj.await_resume(self, &aw, v) {
                    Ok(AwaitStep::Ready(r)) => {
                        stack.values[base + dst as usize] = r;
                        Ok(())
                    }
                    Ok(AwaitStep::Yield(y)) => {
                        stack.waiting = Some(Waiting::Native { dst, aw });
                        Err(Exit::Done(RunResult::Yielded(y)))
                    }
                    Err(e) => Err(Exit::Error(e)),
                },
                Some(Waiting::Gen { dst, generator }) => {
                    self.push_gen(stack, &generator, v, Link::Gen { dst, mode: GenMode::Await }).map_err(Exit::Error)
                }
            },
        }
    }

    /// Pushes the frame of a generator or coroutine, sending `sent` in.
    pub fn push_gen(&mut self, stack: &mut Stack, generator: &Rc<PyGen>, sent: Value, link: Link) -> PyResult<()> {
        match generator.state.get() {
            GenState::Running => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("{} already executing", generator.kind.type_name()),
                ));
            }
            GenState::Finished => {
                return Err(match generator.kind {
                    GenKind::Coroutine => PyErr::new(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"),
                    GenKind::AsyncGenerator => PyErr::new(ExcKind::StopAsyncIteration, ""),
                    GenKind::Generator => PyErr::new(ExcKind::StopIteration, ""),
                });
            }
            GenState::Created if !sent.is_none() => {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    format!(
                        "can't send non-None value to a just-started {}",
                        generator.kind.type_name().replace('_', " ")
                    ),
                ));
            }
            _ => {}
        }
        if stack.frames.len() >= self.limits.max_depth {
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let saved = std::mem::take(&mut *generator.frame.borrow_mut());
        let base = stack.values.len();
        let code = generator.code.clone();
        let nregs = code.code.nregs as usize;
        stack.values.extend(saved.regs);
        stack.set_len(base + nregs);
        let ip = saved.ip;
        if generator.state.get() == GenState::Suspended && ip > 0 {
            // The value sent in is the result of the `yield` it stopped at (or, for a
            // `yield from` it will re-enter, what it passes on).
            match code.code.ops.get(ip as usize - 1) {
                Some(Op::Yield { dst, .. }) => stack.values[base + *dst as usize] = sent,
                _ => {
                    if let Some(Op::YieldFrom { dst, .. }) = code.code.ops.get(ip as usize) {
                        stack.values[base + *dst as usize] = sent;
                    }
                }
            }
        }
        generator.state.set(GenState::Running);
        let mut frame = Frame::new(code, base, link);
        frame.ip = ip;
        frame.exc_info = saved.exc_info;
        frame.generator = Some(generator.clone());
        if stack.frames.capacity() == 0 {
            // A task's first frame: most tasks never hold more than one, and a first
            // push would reserve four (264 bytes per task that 100,000 tasks pay).
            stack.frames.reserve_exact(1);
        }
        stack.frames.push(frame);
        Ok(())
    }

    /// Pops the top frame, keeping the registers of the frame below in place.
    fn pop_frame(&mut self, stack: &mut Stack) -> Option<Frame> {
        let frame = stack.frames.pop()?;
        let keep = match stack.frames.last() {
            Some(below) => below.base as usize + below.code.code.nregs as usize,
            None => 0,
        };
        if stack.values.len() > keep {
            stack.set_len(keep.max(frame.base as usize));
        }
        // The callee's window may have cut the caller's dead temporaries short.
        if stack.values.len() < keep {
            stack.set_len(keep);
        }
        Some(frame)
    }

    /// Saves a generator's frame (just popped) into the generator.
    fn save_gen(&mut self, stack: &mut Stack, frame: Frame) {
        let Some(generator) = frame.generator.clone() else { return };
        let base = frame.base as usize;
        let nregs = frame.code.code.nregs as usize;
        let end = (base + nregs).min(stack.values.len());
        let regs: Vec<Value> = if base <= end { stack.values.drain(base..end).collect() } else { Vec::new() };
        let mut saved = generator.frame.borrow_mut();
        saved.ip = frame.ip;
        saved.regs = regs;
        saved.exc_info = frame.exc_info;
        drop(saved);
        generator.recharge();
        generator.state.set(GenState::Suspended);
    }

    /// Runs instructions until something leaves the loop.
    fn execute(&mut self, stack: &mut Stack) -> Exit {
        'frames: loop {
            let Some(frame) = stack.frames.last() else {
                return Exit::Done(RunResult::Returned(Value::None));
            };
            let lc = frame.code.clone();
            let code = &*lc.code;
            let consts = &lc.consts;
            let base = frame.base as usize;
            let mut ip = frame.ip as usize;
            debug_assert!(stack.values.len() >= base + code.nregs as usize);

            macro_rules! reg {
                ($r:expr) => {
                    stack.values[base + $r as usize]
                };
            }
            // `reg!(r) = v` without the out-of-line drop of a plain old value.
            macro_rules! set {
                ($r:expr, $v:expr) => {{
                    let v = $v;
                    super::value::store(&mut stack.values[base + $r as usize], v);
                }};
            }
            macro_rules! save_ip {
                () => {
                    if let Some(f) = stack.frames.last_mut() {
                        f.ip = ip as u32;
                    }
                };
            }
            macro_rules! fail {
                ($e:expr) => {{
                    let e = $e;
                    save_ip!();
                    return Exit::Error(e);
                }};
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => fail!(e),
                    }
                };
            }

            loop {
                let Some(&op) = code.ops.get(ip) else {
                    fail!(PyErr::halt("RuntimeError: fell off the end of the code (a Loopscope bug)"));
                };
                ip += 1;
                match op {
                    Op::Nop => {}
                    Op::Move { dst, src } => {
                        let v = reg!(src).fast_clone();
                        set!(dst, v);
                    }
                    Op::LoadConst { dst, k } => {
                        let v = consts.get(k as usize).map_or(Value::None, Value::fast_clone);
                        set!(dst, v);
                    }
                    Op::LoadInt { dst, v } => set!(dst, Value::Int(v as i64)),
                    Op::LoadNone { dst } => set!(dst, Value::None),
                    Op::LoadBool { dst, v } => set!(dst, Value::Bool(v)),
                    Op::LoadBuiltin { dst, id } => {
                        let v = tri!(self.builtin_by_id(id));
                        reg!(dst) = v;
                    }
                    Op::CheckBound { reg: r, name } => {
                        if matches!(reg!(r), Value::Unbound) {
                            let name = code.names.get(name as usize).cloned().unwrap_or_else(|| "?".into());
                            fail!(PyErr::new(
                                ExcKind::UnboundLocalError,
                                format!(
                                    "cannot access local variable '{name}' where it is not associated with a value"
                                )
                            ));
                        }
                    }
                    Op::ClearLocal { reg: r } => reg!(r) = Value::Unbound,
                    Op::LoadGlobal { dst, slot } => {
                        let slot = slot + lc.global_base;
                        let v = match self.globals.get(slot as usize) {
                            Some(Value::Unbound) | None => tri!(self.load_builtin_slot(slot)),
                            Some(v) => v.fast_clone(),
                        };
                        set!(dst, v);
                    }
                    Op::StoreGlobal { slot, src } => {
                        let slot = slot + lc.global_base;
                        let v = reg!(src).clone();
                        if let Some(g) = self.globals.get_mut(slot as usize) {
                            *g = v;
                        }
                    }
                    Op::DeleteGlobal { slot } => {
                        let slot = slot + lc.global_base;
                        let name = self.global_names.get(slot as usize).cloned().unwrap_or_else(|| "?".into());
                        match self.globals.get_mut(slot as usize) {
                            Some(g) if !matches!(g, Value::Unbound) => *g = Value::Unbound,
                            _ => fail!(PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))),
                        }
                    }
                    Op::LoadDeref { dst, cell } => {
                        let v = match &reg!(cell) {
                            Value::Cell(c) => c.get(),
                            _ => Value::Unbound,
                        };
                        if matches!(v, Value::Unbound) {
                            fail!(self.unbound_deref(code, cell));
                        }
                        reg!(dst) = v;
                    }
                    Op::StoreDeref { cell, src } => {
                        let v = reg!(src).clone();
                        if let Value::Cell(c) = &reg!(cell) {
                            c.set(v);
                        }
                    }
                    Op::DeleteDeref { cell } => {
                        let bound =
                            matches!(&reg!(cell), Value::Cell(c) if !matches!(*c.value.borrow(), Value::Unbound));
                        if !bound {
                            fail!(self.unbound_deref(code, cell));
                        }
                        if let Value::Cell(c) = &reg!(cell) {
                            c.set(Value::Unbound);
                        }
                    }
                    Op::MakeCell { reg: r } => {
                        let v = std::mem::replace(&mut reg!(r), Value::None);
                        reg!(r) = Value::Cell(super::object::PyCell::new(v));
                    }
                    Op::LoadName { dst, name } => {
                        let v = tri!(self.load_name(stack, code, name));
                        reg!(dst) = v;
                    }
                    Op::StoreName { name, src } => {
                        let v = reg!(src).clone();
                        tri!(self.store_name(stack, code, name, v));
                    }
                    Op::DeleteName { name } => tri!(self.delete_name(stack, code, name)),
                    Op::LoadClassDeref { dst, cell, name } => {
                        let v = tri!(self.load_class_deref(stack, code, cell, name, base));
                        reg!(dst) = v;
                    }
                    Op::LoadAttr { dst, obj, name } => {
                        let o = reg!(obj).clone();
                        let v = tri!(self.get_attr(&o, &code.names[name as usize]));
                        reg!(dst) = v;
                    }
                    Op::StoreAttr { obj, name, src } => {
                        let o = reg!(obj).clone();
                        let v = reg!(src).clone();
                        tri!(self.set_attr(&o, &code.names[name as usize], v));
                    }
                    Op::DeleteAttr { obj, name } => {
                        let o = reg!(obj).clone();
                        tri!(self.del_attr(&o, &code.names[name as usize]));
                    }
                    Op::LoadMethod { dst, obj, name } => {
                        let o = reg!(obj).clone();
                        let (f, s) = tri!(self.load_method(o, &code.names[name as usize]));
                        reg!(dst) = f;
                        reg!(dst + 1) = s;
                    }
                    Op::LoadSuperMethod { dst, name } => {
                        let (f, s) = tri!(self.super_method(stack, &code.names[name as usize]));
                        reg!(dst) = f;
                        reg!(dst + 1) = s;
                    }
                    Op::LoadSuperAttr { dst, name } => {
                        let v = tri!(self.super_attr(stack, &code.names[name as usize]));
                        reg!(dst) = v;
                    }
                    Op::GetItem { dst, obj, key } => {
                        let v = match (&reg!(obj), &reg!(key)) {
                            (Value::List(l), Value::Int(i)) => {
                                let items = l.borrow();
                                let n = items.len() as i64;
                                let i = if *i < 0 { *i + n } else { *i };
                                if i < 0 || i >= n {
                                    drop(items);
                                    fail!(PyErr::new(ExcKind::IndexError, "list index out of range"));
                                }
                                items[i as usize].clone()
                            }
                            (o, k) => {
                                let (o, k) = (o.clone(), k.clone());
                                tri!(self.get_item(&o, &k))
                            }
                        };
                        reg!(dst) = v;
                    }
                    Op::SetItem { obj, key, src } => {
                        let (o, k, v) = (reg!(obj).clone(), reg!(key).clone(), reg!(src).clone());
                        tri!(self.set_item(&o, &k, v));
                    }
                    Op::DeleteItem { obj, key } => {
                        let (o, k) = (reg!(obj).clone(), reg!(key).clone());
                        tri!(self.del_item(&o, &k));
                    }
                    Op::BuildSlice { dst, start } => {
                        let s = super::object::PySlice::new(
                            reg!(start).clone(),
                            reg!(start + 1).clone(),
                            reg!(start + 2).clone(),
                        );
                        reg!(dst) = Value::Slice(s);
                    }
                    Op::Binary { op, dst, a, b } => {
                        let v = match (&reg!(a), &reg!(b)) {
                            (Value::Int(x), Value::Int(y)) => match super::ops::int_fast(op, *x, *y) {
                                Some(v) => v,
                                None => {
                                    let (x, y) = (*x, *y);
                                    tri!(super::ops::int_binary(op, x, y))
                                }
                            },
                            (Value::Float(x), Value::Float(y)) => match super::ops::float_fast(op, *x, *y) {
                                Some(v) => v,
                                None => {
                                    let (x, y) = (*x, *y);
                                    tri!(self.binary(op, &Value::Float(x), &Value::Float(y)))
                                }
                            },
                            (x, y) => {
                                let (x, y) = (x.clone(), y.clone());
                                tri!(self.binary(op, &x, &y))
                            }
                        };
                        set!(dst, v);
                    }
                    Op::Inplace { op, dst, a, b } => {
                        let v = match (&reg!(a), &reg!(b)) {
                            (Value::Int(x), Value::Int(y)) => match super::ops::int_fast(op, *x, *y) {
                                Some(v) => v,
                                None => {
                                    let (x, y) = (*x, *y);
                                    tri!(super::ops::int_binary(op, x, y))
                                }
                            },
                            (x, y) => {
                                let (x, y) = (x.clone(), y.clone());
                                tri!(self.inplace(op, &x, &y))
                            }
                        };
                        set!(dst, v);
                    }
                    Op::Unary { op, dst, src } => {
                        let v = reg!(src).clone();
                        let r = tri!(self.unary(op, &v));
                        reg!(dst) = r;
                    }
                    Op::Compare { op, dst, a, b } => {
                        let v = match (&reg!(a), &reg!(b)) {
                            (Value::Int(x), Value::Int(y))
                                if !matches!(op, crate::syntax::ast::CmpOp::In | crate::syntax::ast::CmpOp::NotIn) =>
                            {
                                Value::Bool(super::ops::cmp_i64(op, *x, *y))
                            }
                            (x, y) => {
                                let (x, y) = (x.clone(), y.clone());
                                tri!(self.compare(op, &x, &y))
                            }
                        };
                        set!(dst, v);
                    }
                    Op::Jump { target } => ip = target as usize,
                    Op::Loop { target } => {
                        ip = target as usize;
                        if tri!(self.step()) {
                            save_ip!();
                            return Exit::Done(RunResult::Preempted);
                        }
                    }
                    Op::JumpIfTrue { cond, target } => {
                        let t = match &reg!(cond) {
                            Value::Bool(b) => *b,
                            v => {
                                let v = v.clone();
                                tri!(self.truthy(&v))
                            }
                        };
                        if t {
                            ip = target as usize;
                        }
                    }
                    Op::JumpIfFalse { cond, target } => {
                        let t = match &reg!(cond) {
                            Value::Bool(b) => *b,
                            v => {
                                let v = v.clone();
                                tri!(self.truthy(&v))
                            }
                        };
                        if !t {
                            ip = target as usize;
                        }
                    }
                    Op::GetIter { dst, src } => {
                        let v = reg!(src).clone();
                        let it = tri!(self.get_iter(&v));
                        reg!(dst) = it;
                    }
                    Op::ForIter { iter, exit } => {
                        let it = reg!(iter).clone();
                        match &it {
                            Value::Iter(i) => match tri!(self.next_builtin(i)) {
                                Some(v) => reg!(iter + 1) = v,
                                None => ip = exit as usize,
                            },
                            // An exhausted generator just ends the loop (`gen_iternext`
                            // returns NULL without an exception).
                            Value::Gen(g) if g.kind == GenKind::Generator && g.state.get() == GenState::Finished => {
                                ip = exit as usize
                            }
                            Value::Gen(g) if g.kind == GenKind::Generator => {
                                save_ip!();
                                let link = Link::Gen { dst: iter + 1, mode: GenMode::ForIter { exit } };
                                tri!(self.push_gen(stack, g, Value::None, link));
                                continue 'frames;
                            }
                            other => match tri!(self.next(other)) {
                                Some(v) => reg!(iter + 1) = v,
                                None => ip = exit as usize,
                            },
                        }
                    }
                    Op::RangeInit { state, argc } => {
                        let args: Vec<Value> = (0..argc as u16).map(|i| reg!(state + 1 + i).clone()).collect();
                        let callee = reg!(state).clone();
                        match super::iter::range_fast(self, &callee, &args) {
                            Some((start, stop, step)) => {
                                reg!(state) = Value::Int(start);
                                reg!(state + 1) = Value::Int(stop);
                                reg!(state + 2) = Value::Int(step);
                            }
                            None => {
                                let r = tri!(self.call_sync(&callee, &args));
                                let it = tri!(self.get_iter(&r));
                                reg!(state) = it;
                                reg!(state + 1) = Value::NoSelf;
                            }
                        }
                    }
                    Op::ForRange { state, exit } => {
                        if let (Value::Int(next), Value::Int(stop), Value::Int(step)) =
                            (&reg!(state), &reg!(state + 1), &reg!(state + 2))
                        {
                            let (next, stop, step) = (*next, *stop, *step);
                            if (step > 0 && next < stop) || (step < 0 && next > stop) {
                                set!(state + 3, Value::Int(next));
                                // Past i64: the loop is over after this item.
                                set!(state, Value::Int(next.checked_add(step).unwrap_or(stop)));
                            } else {
                                ip = exit as usize;
                            }
                        } else {
                            // The fallback of RangeInit: an ordinary iterator.
                            let it = reg!(state).clone();
                            match &it {
                                Value::Gen(g)
                                    if g.kind == GenKind::Generator && g.state.get() == GenState::Finished =>
                                {
                                    ip = exit as usize
                                }
                                Value::Gen(g) if g.kind == GenKind::Generator => {
                                    save_ip!();
                                    let link = Link::Gen { dst: state + 3, mode: GenMode::ForIter { exit } };
                                    tri!(self.push_gen(stack, g, Value::None, link));
                                    continue 'frames;
                                }
                                other => match tri!(self.next(other)) {
                                    Some(v) => reg!(state + 3) = v,
                                    None => ip = exit as usize,
                                },
                            }
                        }
                    }
                    Op::GetAIter { dst, src } => {
                        let v = reg!(src).clone();
                        let it = tri!(self.get_aiter(&v));
                        reg!(dst) = it;
                    }
                    Op::GetANext { dst, aiter } => {
                        let v = reg!(aiter).clone();
                        let aw = tri!(self.get_anext(&v));
                        reg!(dst) = aw;
                    }
                    Op::EndAsyncFor { exc } => {
                        let e = reg!(exc).clone();
                        if !self.is_exc_kind(&e, ExcKind::StopAsyncIteration) {
                            fail!(self.reraise(e));
                        }
                        if let Some(f) = stack.frames.last_mut() {
                            f.exc_info.pop();
                        }
                    }
                    Op::BuildTuple { dst, start, count } => {
                        let items: Vec<Value> = (0..count).map(|i| reg!(start + i).clone()).collect();
                        reg!(dst) = Value::Tuple(PyTuple::new(items));
                    }
                    Op::BuildList { dst, start, count } => {
                        let items: Vec<Value> = (0..count).map(|i| reg!(start + i).clone()).collect();
                        reg!(dst) = Value::List(super::object::PyList::new(items));
                    }
                    Op::BuildSet { dst, start, count } => {
                        let items: Vec<Value> = (0..count).map(|i| reg!(start + i).clone()).collect();
                        let s = tri!(self.new_set(items));
                        reg!(dst) = s;
                    }
                    Op::BuildConstSet { dst, start, count } => {
                        let items: Vec<Value> = (0..count).map(|i| reg!(start + i).clone()).collect();
                        let s = tri!(self.const_set_display(items));
                        reg!(dst) = s;
                    }
                    Op::BuildDict { dst, start, count } => {
                        let items: Vec<(Value, Value)> = (0..count)
                            .map(|i| (reg!(start + 2 * i).clone(), reg!(start + 2 * i + 1).clone()))
                            .collect();
                        let d = tri!(self.new_dict(items));
                        reg!(dst) = d;
                    }
                    Op::ListAppend { list, item } => {
                        let v = reg!(item).clone();
                        if let Value::List(l) = &reg!(list) {
                            l.push(v);
                        }
                    }
                    Op::ListExtend { list, src } => {
                        let (l, s) = (reg!(list).clone(), reg!(src).clone());
                        tri!(self.list_extend(&l, &s));
                    }
                    Op::SetAdd { set, item } => {
                        let (s, v) = (reg!(set).clone(), reg!(item).clone());
                        tri!(self.set_add(&s, v));
                    }
                    Op::SetUpdate { set, src } => {
                        let (s, v) = (reg!(set).clone(), reg!(src).clone());
                        tri!(self.set_update(&s, &v));
                    }
                    Op::DictInsert { dict, key, value } => {
                        let (d, k, v) = (reg!(dict).clone(), reg!(key).clone(), reg!(value).clone());
                        tri!(self.dict_set(&d, k, v));
                    }
                    Op::DictUpdate { dict, src } => {
                        let (d, s) = (reg!(dict).clone(), reg!(src).clone());
                        tri!(self.dict_update(&d, &s, None));
                    }
                    Op::DictMerge { dict, src, func } => {
                        let (d, s, f) = (reg!(dict).clone(), reg!(src).clone(), reg!(func).clone());
                        tri!(self.dict_update(&d, &s, Some(&f)));
                    }
                    Op::ListToTuple { dst, src } => {
                        let v = match &reg!(src) {
                            Value::List(l) => Value::Tuple(PyTuple::new(l.snapshot())),
                            other => other.clone(),
                        };
                        reg!(dst) = v;
                    }
                    Op::FormatValue { dst, src, spec, conv } => {
                        let v = reg!(src).clone();
                        let s = if spec == NO_REG { None } else { Some(reg!(spec).clone()) };
                        let r = tri!(self.format_value(&v, conv, s.as_ref()));
                        reg!(dst) = r;
                    }
                    Op::BuildString { dst, start, count } => {
                        let mut out = String::new();
                        for i in 0..count {
                            if let Value::Str(s) = &reg!(start + i) {
                                out.push_str(s.as_str());
                            }
                        }
                        tri!(self.reserve(out.len()));
                        reg!(dst) = Value::str(out);
                    }
                    Op::Unpack { src, dst, count } => {
                        let v = reg!(src).clone();
                        let items = tri!(self.unpack(&v, count as usize));
                        for (i, item) in items.into_iter().enumerate() {
                            reg!(dst + i as Reg) = item;
                        }
                    }
                    Op::UnpackEx { src, dst, before, after } => {
                        let v = reg!(src).clone();
                        let items = tri!(self.unpack_ex(&v, before as usize, after as usize));
                        for (i, item) in items.into_iter().enumerate() {
                            reg!(dst + i as Reg) = item;
                        }
                    }
                    Op::Call { func, argc } => {
                        save_ip!();
                        // The common call: a plain function given exactly its positional
                        // parameters. The arguments already sit where its parameters go;
                        // push its frame here (what `call_op` does, minus the general
                        // binding and a clone of the callee).
                        if stack.frames.len() < self.limits.max_depth
                            && let Some(callee) = super::call::simple_call(&reg!(func), argc)
                        {
                            tri!(self.step());
                            let new_base = base + func as usize + 1;
                            stack.set_len(new_base + argc as usize);
                            stack.set_len(new_base + callee.code.nregs as usize);
                            stack.frames.push(Frame::new(callee, new_base, Link::Call { dst: func }));
                            continue 'frames;
                        }
                        match self.call_op(stack, base, func, argc, &[], false) {
                            Ok(true) => continue 'frames,
                            Ok(false) => {}
                            Err(e) => return self.call_failed(stack, base, func, e),
                        }
                    }
                    Op::CallKw { func, argc, names } => {
                        save_ip!();
                        let kw = match consts.get(names as usize) {
                            Some(Value::Tuple(t)) => t.clone(),
                            _ => PyTuple::empty(),
                        };
                        let kwnames: Vec<crate::syntax::ast::Name> =
                            kw.items().iter().filter_map(|v| v.as_str().map(Into::into)).collect();
                        match self.call_op(stack, base, func, argc, &kwnames, false) {
                            Ok(true) => continue 'frames,
                            Ok(false) => {}
                            Err(e) => return self.call_failed(stack, base, func, e),
                        }
                    }
                    Op::CallMethod { func, argc } => {
                        save_ip!();
                        match self.call_op(stack, base, func, argc, &[], true) {
                            Ok(true) => continue 'frames,
                            Ok(false) => {}
                            Err(e) => return self.call_failed(stack, base, func, e),
                        }
                    }
                    Op::CallMethodKw { func, argc, names } => {
                        save_ip!();
                        let kw = match consts.get(names as usize) {
                            Some(Value::Tuple(t)) => t.clone(),
                            _ => PyTuple::empty(),
                        };
                        let kwnames: Vec<crate::syntax::ast::Name> =
                            kw.items().iter().filter_map(|v| v.as_str().map(Into::into)).collect();
                        match self.call_op(stack, base, func, argc, &kwnames, true) {
                            Ok(true) => continue 'frames,
                            Ok(false) => {}
                            Err(e) => return self.call_failed(stack, base, func, e),
                        }
                    }
                    Op::CallEx { func, args, kwargs } => {
                        save_ip!();
                        match self.call_ex_op(stack, base, func, args, kwargs) {
                            Ok(true) => continue 'frames,
                            Ok(false) => {}
                            Err(e) => return self.call_failed(stack, base, func, e),
                        }
                    }
                    Op::MakeFunction { dst, code: k, extra } => {
                        let f = tri!(self.make_function(
                            consts.get(k as usize),
                            [
                                reg!(extra).clone(),
                                reg!(extra + 1).clone(),
                                reg!(extra + 2).clone(),
                                reg!(extra + 3).clone()
                            ]
                        ));
                        reg!(dst) = f;
                    }
                    Op::MakeClass { dst, body, bases } => {
                        save_ip!();
                        let (b, bs) = (reg!(body).clone(), reg!(bases).clone());
                        tri!(self.start_class(stack, dst, b, bs));
                        continue 'frames;
                    }
                    Op::Return { src } => {
                        let v = std::mem::replace(&mut reg!(src), Value::None);
                        save_ip!();
                        match self.return_value(stack, v) {
                            Ok(None) => continue 'frames,
                            Ok(Some(r)) => return Exit::Done(r),
                            Err(e) => return Exit::Error(e),
                        }
                    }
                    Op::Yield { value, .. } => {
                        let v = reg!(value).clone();
                        save_ip!();
                        match self.yield_value(stack, v) {
                            Ok(None) => continue 'frames,
                            Ok(Some(r)) => return Exit::Done(r),
                            Err(e) => return Exit::Error(e),
                        }
                    }
                    Op::YieldFrom { dst, iter } => {
                        let it = reg!(iter).clone();
                        let sent = std::mem::replace(&mut reg!(dst), Value::None);
                        save_ip!();
                        match &it {
                            // `yield from` an exhausted generator: its value is None.
                            Value::Gen(g) if g.kind == GenKind::Generator && g.state.get() == GenState::Finished => {
                                reg!(dst) = Value::None
                            }
                            Value::Gen(g) if g.kind != GenKind::AsyncGenerator => {
                                tri!(self.push_gen(stack, g, sent, Link::Gen { dst, mode: GenMode::YieldFrom }));
                                continue 'frames;
                            }
                            other => {
                                // Any other iterator: one item per yield.
                                match tri!(self.next(other)) {
                                    Some(v) => {
                                        // Re-enter this `yield from` when resumed.
                                        if let Some(f) = stack.frames.last_mut() {
                                            f.ip = (ip - 1) as u32;
                                        }
                                        match self.yield_value(stack, v) {
                                            Ok(None) => continue 'frames,
                                            Ok(Some(r)) => return Exit::Done(r),
                                            Err(e) => return Exit::Error(e),
                                        }
                                    }
                                    None => reg!(dst) = Value::None,
                                }
                            }
                        }
                    }
                    Op::GetYieldFromIter { dst, src } => {
                        let v = reg!(src).clone();
                        let it = match &v {
                            Value::Gen(_) => v,
                            other => tri!(self.get_iter(other)),
                        };
                        reg!(dst) = it;
                    }
                    Op::GetAwaitable { dst, src } => {
                        let v = reg!(src).clone();
                        let aw = tri!(self.get_awaitable(&v));
                        reg!(dst) = aw;
                    }
                    Op::Await { dst, aw } => {
                        let a = reg!(aw).clone();
                        save_ip!();
                        match &a {
                            Value::Gen(g) => {
                                let mode = match g.kind {
                                    GenKind::Coroutine => {
                                        if g.state.get() != GenState::Created {
                                            fail!(self.await_reused(g));
                                        }
                                        g.awaited.set(true);
                                        None
                                    }
                                    // `GetANext` of an async generator: up to its next yield.
                                    GenKind::AsyncGenerator => Some(GenMode::AsyncNext),
                                    GenKind::Generator => Some(GenMode::Await),
                                };
                                let link = match mode {
                                    None => Link::Call { dst },
                                    Some(mode) => Link::Gen { dst, mode },
                                };
                                tri!(self.push_gen(stack, g, Value::None, link));
                                continue 'frames;
                            }
                            Value::Native(n) if n.downcast::<AgenAwaitable>().is_some() => {
                                let step = n.downcast::<AgenAwaitable>().map(|a| self.agen_await_start(stack, a, dst));
                                match step {
                                    Some(Ok(AgenStart::Ready(v))) => reg!(dst) = v,
                                    Some(Ok(AgenStart::Pushed)) => continue 'frames,
                                    // Raised where the (pushed) generator stands; this
                                    // frame's ip is saved already.
                                    Some(Ok(AgenStart::Throw(e))) => return Exit::Error(e),
                                    Some(Err(e)) => fail!(e),
                                    None => {}
                                }
                            }
                            Value::Native(n) => match n.obj.await_start(self, n) {
                                Some(Ok(AwaitStep::Ready(v))) => reg!(dst) = v,
                                Some(Ok(AwaitStep::Yield(y))) => {
                                    stack.waiting = Some(Waiting::Native { dst, aw: n.clone() });
                                    return Exit::Done(RunResult::Yielded(y));
                                }
                                Some(Err(e)) => fail!(e),
                                None => fail!(super::error::type_error(format!(
                                    "object {} can't be used in 'await' expression",
                                    n.type_name()
                                ))),
                            },
                            other => {
                                let t = self.type_name_of(other);
                                fail!(super::error::type_error(format!(
                                    "object {t} can't be used in 'await' expression"
                                )))
                            }
                        }
                    }
                    Op::Raise { exc, cause } => {
                        let e = reg!(exc).clone();
                        let c = if cause == NO_REG { None } else { Some(reg!(cause).clone()) };
                        fail!(self.raise_value(e, c));
                    }
                    Op::Reraise { exc } => {
                        let e = reg!(exc).clone();
                        fail!(self.reraise(e));
                    }
                    Op::RaiseActive => {
                        let e = stack.handled().cloned();
                        match e {
                            Some(e) => fail!(self.reraise(e)),
                            None => fail!(PyErr::new(ExcKind::RuntimeError, "No active exception to reraise")),
                        }
                    }
                    Op::PushExcInfo { exc } => {
                        let e = reg!(exc).clone();
                        if let Some(f) = stack.frames.last_mut() {
                            f.exc_info.push(e);
                        }
                    }
                    Op::PopExcInfo => {
                        if let Some(f) = stack.frames.last_mut() {
                            f.exc_info.pop();
                        }
                    }
                    Op::ExcMatch { dst, exc, class } => {
                        let (e, c) = (reg!(exc).clone(), reg!(class).clone());
                        let m = tri!(self.exc_match(&e, &c));
                        reg!(dst) = Value::Bool(m);
                    }
                    Op::ExcStarMatch { dst, exc, class } => {
                        let (e, c) = (reg!(exc).clone(), reg!(class).clone());
                        let (matched, rest) = tri!(self.exc_star_match(&e, &c));
                        reg!(dst) = matched;
                        reg!(exc) = rest;
                    }
                    Op::ExcStarReraise { orig, rest, raised } => {
                        let (o, r, x) = (reg!(orig).clone(), reg!(rest).clone(), reg!(raised).clone());
                        if let Some(e) = tri!(self.exc_star_reraise(&o, &r, &x)) {
                            fail!(e);
                        }
                    }
                    Op::WithEnter { ctx, is_async } => {
                        let c = reg!(ctx).clone();
                        let (exit, enter) = tri!(self.with_enter(&c, is_async));
                        reg!(ctx + 1) = exit;
                        reg!(ctx + 2) = enter;
                    }
                    Op::ExitArgs { dst, exc } => {
                        if exc == NO_REG {
                            for i in 0..3 {
                                reg!(dst + i) = Value::None;
                            }
                        } else {
                            let e = reg!(exc).clone();
                            reg!(dst) = Value::Class(self.type_of(&e));
                            reg!(dst + 1) = e;
                            reg!(dst + 2) = Value::None;
                        }
                    }
                    Op::ImportName { dst, name } => {
                        let m = tri!(self.import(&code.names[name as usize]));
                        reg!(dst) = m;
                    }
                    Op::ImportFrom { dst, module, name } => {
                        let m = reg!(module).clone();
                        let v = tri!(self.import_from(&m, &code.names[name as usize]));
                        reg!(dst) = v;
                    }
                }
            }
        }
    }

    /// An error from a call: a driver request suspends the stack (its result will go
    /// to the call's register); anything else unwinds.
    fn call_failed(&mut self, stack: &mut Stack, _base: usize, func: Reg, e: PyErr) -> Exit {
        if let ErrKind::Signal(_) = &*e.0 {
            let ErrKind::Signal(signal) = *e.0 else { unreachable!() };
            stack.waiting = Some(Waiting::Result { dst: func });
            return Exit::Done(RunResult::Signal(signal));
        }
        Exit::Error(e)
    }

    /// `return v` from the top frame. `Some` when the stack's run is over.
    fn return_value(&mut self, stack: &mut Stack, v: Value) -> PyResult<Option<RunResult>> {
        let Some(frame) = self.pop_frame(stack) else { return Ok(Some(RunResult::Returned(v))) };
        if let Some(g) = &frame.generator {
            g.state.set(GenState::Finished);
            let saved = std::mem::take(&mut *g.frame.borrow_mut());
            super::heap::drop_values(saved.regs);
        }
        let below_base = stack.frames.last().map(|f| f.base as usize).unwrap_or(0);
        match frame.link {
            Link::Root => Ok(Some(RunResult::Returned(v))),
            Link::Call { dst } => {
                super::value::store(&mut stack.values[below_base + dst as usize], v);
                Ok(None)
            }
            Link::Init { dst, instance } => {
                if !v.is_none() {
                    let t = self.type_name_of(&v);
                    return Err(super::error::type_error(format!("__init__() should return None, not '{t}'")));
                }
                stack.values[below_base + dst as usize] = Value::Instance(instance);
                Ok(None)
            }
            Link::Gen { dst, mode } => match mode {
                GenMode::ForIter { exit } => {
                    if let Some(f) = stack.frames.last_mut() {
                        f.ip = exit;
                    }
                    drop(v);
                    Ok(None)
                }
                GenMode::YieldFrom | GenMode::Await => {
                    stack.values[below_base + dst as usize] = v;
                    Ok(None)
                }
                GenMode::AsyncNext => Err(PyErr::new(ExcKind::StopAsyncIteration, "")),
                GenMode::AsyncClose => {
                    stack.values[below_base + dst as usize] = Value::None;
                    Ok(None)
                }
                // A generator run from native code ended: its value is the result.
                GenMode::Native => Ok(Some(RunResult::Returned(v))),
            },
            Link::ClassBody { dst, ref bases } => {
                let class = self.finish_class(&frame, bases.clone())?;
                stack.values[below_base + dst as usize] = class;
                Ok(None)
            }
        }
    }

    /// A `yield` of the top (generator) frame, passed down through `yield from`s.
    fn yield_value(&mut self, stack: &mut Stack, v: Value) -> PyResult<Option<RunResult>> {
        loop {
            let Some(frame) = stack.frames.last() else { return Ok(Some(RunResult::GenYielded(v))) };
            let link = frame.link.clone();
            let Some(frame) = self.pop_frame_keep(stack) else { return Ok(Some(RunResult::GenYielded(v))) };
            let generator = frame.generator.clone();
            self.save_gen(stack, frame);
            let below_base = stack.frames.last().map(|f| f.base as usize).unwrap_or(0);
            match link {
                Link::Gen { dst, mode } => match mode {
                    GenMode::ForIter { .. } | GenMode::AsyncNext => {
                        stack.values[below_base + dst as usize] = v;
                        return Ok(None);
                    }
                    GenMode::AsyncClose => {
                        return Err(PyErr::new(ExcKind::RuntimeError, "async generator ignored GeneratorExit"));
                    }
                    GenMode::YieldFrom => {
                        // The frame below yields the same value: it re-enters its
                        // `yield from` when resumed.
                        if let Some(f) = stack.frames.last_mut() {
                            f.ip = f.ip.saturating_sub(1);
                        }
                        continue;
                    }
                    GenMode::Native => return Ok(Some(RunResult::GenYielded(v))),
                    GenMode::Await => {
                        // A generator-based awaitable yielded to the task: the task
                        // resumes it where it stopped.
                        if let Some(generator) = generator {
                            stack.waiting = Some(Waiting::Gen { dst, generator });
                        }
                        return Ok(Some(RunResult::Yielded(v)));
                    }
                },
                Link::Root => return Ok(Some(RunResult::GenYielded(v))),
                _ => return Err(PyErr::halt("RuntimeError: yield outside a generator frame (a Loopscope bug)")),
            }
        }
    }

    /// Pops the top frame without dropping its registers (a generator saves them).
    fn pop_frame_keep(&mut self, stack: &mut Stack) -> Option<Frame> {
        stack.frames.pop()
    }

    /// Handles an error at the top frame: finds its handler, or pops frames until one
    /// is found. `Some` when the error leaves the stack.
    fn unwind(&mut self, stack: &mut Stack, err: PyErr) -> Option<RunResult> {
        let exc = match self.materialize(err) {
            Ok(e) => e,
            Err(other) => {
                return Some(match *other.0 {
                    ErrKind::Halt(h) => RunResult::Halted(h),
                    ErrKind::Signal(s) => RunResult::Signal(s),
                    _ => RunResult::Halted(Halt::Error("RuntimeError: unexpected error (a Loopscope bug)".into())),
                });
            }
        };
        // Where it was raised, and what was being handled then.
        if let (Some(state), Some(frame)) = (&exc.exc, stack.frames.last()) {
            if state.at.get().is_none() {
                let at = frame.ip.saturating_sub(1) as usize;
                if let Some(span) = frame.code.code.spans.get(at) {
                    state.at.set(Some(self.position(span.start)));
                }
            }
            if let Some(handled) = stack.handled()
                && !matches!(handled, Value::Instance(h) if Rc::ptr_eq(h, &exc))
                && state.context.borrow().is_none()
            {
                *state.context.borrow_mut() = handled.clone();
            }
        }
        let mut exc = exc;
        loop {
            let Some(frame) = stack.frames.last_mut() else { return Some(RunResult::Raised(exc)) };
            let at = frame.ip.saturating_sub(1);
            if let Some(entry) = frame.code.code.handler(at).copied() {
                frame.exc_info.truncate(entry.depth as usize);
                frame.ip = entry.target;
                let base = frame.base as usize;
                stack.values[base + entry.exc as usize] = Value::Instance(exc);
                return None;
            }
            let frame = self.pop_frame(stack)?;
            if let Some(g) = &frame.generator {
                g.state.set(GenState::Finished);
                let saved = std::mem::take(&mut *g.frame.borrow_mut());
                super::heap::drop_values(saved.regs);
                // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
                if g.kind != GenKind::Coroutine && self.instance_is(&exc, ExcKind::StopIteration) {
                    let e = self.new_exception(
                        ExcKind::RuntimeError,
                        vec![Value::str(format!("{} raised StopIteration", g.kind.type_name()))],
                    );
                    if let Some(s) = &e.exc {
                        *s.cause.borrow_mut() = Value::Instance(exc.clone());
                        s.at.set(exc.exc.as_ref().and_then(|x| x.at.get()));
                    }
                    exc = e;
                }
            }
            match frame.link {
                Link::Root => return Some(RunResult::Raised(exc)),
                Link::Init { instance, .. } => drop(instance),
                // `aclose()` is done when the generator lets GeneratorExit (or
                // StopAsyncIteration) out: the await gives None.
                Link::Gen { dst, mode: GenMode::AsyncClose }
                    if self.instance_is(&exc, ExcKind::GeneratorExit)
                        || self.instance_is(&exc, ExcKind::StopAsyncIteration) =>
                {
                    let base = stack.frames.last().map(|f| f.base as usize).unwrap_or(0);
                    if let Some(slot) = stack.values.get_mut(base + dst as usize) {
                        *slot = Value::None;
                    }
                    return None;
                }
                _ => {}
            }
        }
    }

    fn await_reused(&self, g: &PyGen) -> PyErr {
        match g.state.get() {
            GenState::Finished => PyErr::new(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"),
            _ => PyErr::new(ExcKind::RuntimeError, "coroutine is being awaited already"),
        }
    }

    /// `StopIteration(value)`.
    pub fn stop_iteration(&self, v: Value) -> PyErr {
        let args = if v.is_none() { vec![] } else { vec![v] };
        PyErr::exc(self.new_exception(ExcKind::StopIteration, args))
    }

    /// Whether an exception instance is of a builtin kind (or a subclass).
    pub fn instance_is(&self, e: &Rc<PyInstance>, kind: ExcKind) -> bool {
        e.class.is_subclass(self.types.exc(kind))
    }

    pub fn is_exc_kind(&self, v: &Value, kind: ExcKind) -> bool {
        matches!(v, Value::Instance(i) if self.instance_is(i, kind))
    }

    fn unbound_deref(&self, code: &crate::compile::code::Code, cell: Reg) -> PyErr {
        let name = code.reg_name(cell).cloned().unwrap_or_else(|| "?".into());
        let is_free = code.freevars.iter().any(|(r, _)| *r == cell);
        if is_free {
            PyErr::new(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        } else {
            PyErr::new(
                ExcKind::UnboundLocalError,
                format!("cannot access local variable '{name}' where it is not associated with a value"),
            )
        }
    }
}
