//! `send`, `throw` and `close` of generators and coroutines, called from Python code
//! (`gen.throw(...)`, a book's `coro.send(None)`), each on a nested stack.
//!
//! A generator's frame is saved in the generator between steps; a `yield from` chain
//! is saved link by link, so `throw` walks down it to the innermost generator as
//! CPython delegates. A coroutine driven by hand waits on native awaitables (a
//! `sleep(0)`, a future) with its awaited coroutines on one stack, which it keeps.

use super::Vm;
use super::error::{ErrKind, ExcKind, PyErr, PyResult, not_supported, type_error};
use super::frame::{GenMode, Link, Resume, Stack};
use super::interp::RunResult;
use super::iter::GenStep;
use super::object::PyGen;
use super::object::agen_await::{AgenAwaitable, AgenOp};
use super::object::generator::{GenKind, GenState};
use super::value::Value;
use crate::compile::code::{Op, Reg};
use std::rc::Rc;

impl Vm {
    /// `gen.send(value)` / `coro.send(value)`.
    pub fn gen_send_any(&mut self, g: &Rc<PyGen>, sent: Value) -> PyResult<GenStep> {
        match g.kind {
            GenKind::Generator => self.gen_resume(g, sent, None),
            GenKind::Coroutine => {
                let driven = g.driven.borrow_mut().take();
                let mut stack = match driven {
                    Some(stack) => {
                        let mut stack = *stack;
                        stack.resume = Some(Resume::Send(sent));
                        stack
                    }
                    None => {
                        let mut stack = Stack::new();
                        self.push_gen(&mut stack, g, sent, Link::Root)?;
                        g.awaited.set(true);
                        stack
                    }
                };
                self.drive(g, &mut stack)
            }
            GenKind::AsyncGenerator => Err(not_supported("'async_generator.asend()'")),
        }
    }

    /// `gen.throw(exc)`: raises `exc` where the generator stands.
    pub fn gen_throw(&mut self, g: &Rc<PyGen>, exc: Rc<super::object::PyInstance>) -> PyResult<GenStep> {
        if g.kind == GenKind::AsyncGenerator {
            return Err(not_supported("'async_generator.athrow()'"));
        }
        let driven = g.driven.borrow_mut().take();
        if let Some(stack) = driven {
            let mut stack = *stack;
            stack.resume = Some(Resume::Throw(Value::Instance(exc)));
            return self.drive(g, &mut stack);
        }
        match g.state.get() {
            GenState::Running => {
                return Err(PyErr::new(ExcKind::ValueError, format!("{} already executing", g.kind.type_name())));
            }
            GenState::Created | GenState::Finished => {
                // Nothing runs: the generator is over and the exception comes out.
                finish(g);
                return Err(PyErr::exc(exc));
            }
            GenState::Suspended => {}
        }
        let mut exc = exc;
        // Stopped in a `yield from`: the innermost generator gets the exception first.
        if let Some((dst, inner)) = delegate_of(g) {
            let outcome = if self.instance_is(&exc, ExcKind::GeneratorExit) {
                self.gen_close(&inner).map(|_| None)
            } else {
                match self.gen_throw(&inner, exc.clone()) {
                    Ok(GenStep::Yielded(y)) => return Ok(GenStep::Yielded(y)),
                    Ok(GenStep::Returned(v)) => Ok(Some(v)),
                    Err(e) => Err(e),
                }
            };
            // Past the `yield from`: its value, or its exception raised there.
            g.frame.borrow_mut().ip += 1;
            match outcome {
                Ok(Some(v)) => {
                    let mut stack = Stack::new();
                    self.push_gen(&mut stack, g, Value::None, Link::Gen { dst: 0, mode: GenMode::Native })?;
                    if let Some(top) = stack.frames.last() {
                        let at = top.base as usize + dst as usize;
                        if let Some(slot) = stack.values.get_mut(at) {
                            *slot = v;
                        }
                    }
                    return self.drive(g, &mut stack);
                }
                Ok(None) => {}
                Err(e) => exc = self.materialize(e)?,
            }
        }
        let mut stack = Stack::new();
        self.push_gen(&mut stack, g, Value::None, Link::Gen { dst: 0, mode: GenMode::Native })?;
        stack.resume = Some(Resume::Throw(Value::Instance(exc)));
        self.drive(g, &mut stack)
    }

    /// `gen.close()`: `GeneratorExit` where it stands; it must not yield again.
    pub fn gen_close(&mut self, g: &Rc<PyGen>) -> PyResult<()> {
        let driven = g.driven.borrow().is_some();
        match g.state.get() {
            GenState::Created | GenState::Finished if !driven => {
                finish(g);
                return Ok(());
            }
            _ => {}
        }
        let exit = self.new_exception(ExcKind::GeneratorExit, vec![]);
        match self.gen_throw(g, exit) {
            Ok(GenStep::Yielded(_)) => {
                Err(PyErr::new(ExcKind::RuntimeError, format!("{} ignored GeneratorExit", g.kind.type_name())))
            }
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(e) => {
                if let ErrKind::Exc(x) = &*e.0
                    && (self.instance_is(x, ExcKind::GeneratorExit) || self.instance_is(x, ExcKind::StopIteration))
                {
                    return Ok(());
                }
                if e.is_new(ExcKind::GeneratorExit) || e.is_new(ExcKind::StopIteration) {
                    return Ok(());
                }
                Err(e)
            }
        }
    }

    /// The exception `throw(type, value)` / `throw(instance)` raises.
    pub fn throw_args(&mut self, typ: &Value, value: Option<&Value>) -> PyResult<Rc<super::object::PyInstance>> {
        match (typ, value) {
            (Value::Instance(i), None | Some(Value::None)) if i.exc.is_some() => Ok(i.clone()),
            (Value::Instance(i), Some(_)) if i.exc.is_some() => {
                Err(type_error("instance exception may not have a separate value"))
            }
            (Value::Class(c), v) if c.is_exception() => {
                if let Some(Value::Instance(i)) = v
                    && i.exc.is_some()
                    && i.class.is_subclass(c)
                {
                    return Ok(i.clone());
                }
                let args: Vec<Value> = match v {
                    None | Some(Value::None) => vec![],
                    Some(Value::Tuple(t)) => t.items().to_vec(),
                    Some(other) => vec![other.clone()],
                };
                let made = self.call_sync(typ, &args)?;
                self.exception_from(made)
            }
            (other, _) => Err(type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                self.type_name_of(other)
            ))),
        }
    }

    /// Runs a generator's nested stack to its next yield, return or exception.
    fn drive(&mut self, g: &Rc<PyGen>, stack: &mut Stack) -> PyResult<GenStep> {
        self.native_depth += 1;
        let r = loop {
            match self.run(stack) {
                RunResult::Preempted => continue,
                other => break other,
            }
        };
        self.native_depth -= 1;
        match r {
            RunResult::GenYielded(v) => Ok(GenStep::Yielded(v)),
            RunResult::Yielded(v) => {
                // A hand-driven coroutine waits on a native awaitable: keep its stack.
                *g.driven.borrow_mut() = Some(Box::new(std::mem::take(stack)));
                Ok(GenStep::Yielded(v))
            }
            RunResult::Returned(v) => Ok(GenStep::Returned(v)),
            // A generator run natively ends with its StopIteration (see `gen_resume`).
            RunResult::Raised(e) if g.kind == GenKind::Generator && self.instance_is(&e, ExcKind::StopIteration) => {
                let v = e.exc.as_ref().and_then(|s| s.args().items().first().cloned()).unwrap_or(Value::None);
                Ok(GenStep::Returned(v))
            }
            RunResult::Raised(e) => Err(PyErr::exc(e)),
            RunResult::Halted(h) => Err(PyErr(Box::new(ErrKind::Halt(h)))),
            RunResult::Signal(s) => Err(PyErr(Box::new(ErrKind::Signal(s)))),
            RunResult::Preempted => Err(PyErr::halt("RuntimeError: preempted generator (a Loopscope bug)")),
        }
    }
}

/// The generator a suspended generator delegates to with `yield from`, and the
/// register its value goes to.
fn delegate_of(g: &Rc<PyGen>) -> Option<(Reg, Rc<PyGen>)> {
    let frame = g.frame.borrow();
    let Some(Op::YieldFrom { dst, iter }) = g.code.code.ops.get(frame.ip as usize) else { return None };
    match frame.regs.get(*iter as usize) {
        Some(Value::Gen(inner))
            if inner.kind != GenKind::AsyncGenerator && inner.state.get() == GenState::Suspended =>
        {
            Some((*dst, inner.clone()))
        }
        _ => None,
    }
}

/// Marks a generator over, dropping its frame.
fn finish(g: &Rc<PyGen>) {
    g.state.set(GenState::Finished);
    let old = std::mem::take(&mut *g.frame.borrow_mut());
    super::heap::drop_values(old.regs.into_iter().chain(old.exc_info));
}

/// What awaiting an async generator's method awaitable did first.
pub enum AgenStart {
    /// Done without running the generator (`aclose()`/`athrow()` of a finished one).
    Ready(Value),
    /// The generator's frame is on the stack, to run.
    Pushed,
    /// The generator's frame is on the stack: raise this where it stands.
    Throw(PyErr),
}

impl Vm {
    /// The first step of `await agen.__anext__()` / `asend(v)` / `athrow(exc)` /
    /// `aclose()` on the awaiting stack (CPython's `async_gen_asend_send` and
    /// `async_gen_athrow_send`); the result goes to `dst` of the awaiting frame.
    pub fn agen_await_start(&mut self, stack: &mut Stack, a: &AgenAwaitable, dst: Reg) -> PyResult<AgenStart> {
        let (g, op) = a.take()?;
        let close = matches!(op, AgenOp::Close);
        let throw = match op {
            AgenOp::Send(v) => {
                self.push_gen(stack, &g, v, Link::Gen { dst, mode: GenMode::AsyncNext })?;
                return Ok(AgenStart::Pushed);
            }
            AgenOp::Throw(exc) => exc,
            AgenOp::Close => self.new_exception(ExcKind::GeneratorExit, vec![]),
        };
        match g.state.get() {
            // A finished (or closed) generator: nothing to do.
            GenState::Finished => return Ok(AgenStart::Ready(Value::None)),
            // Never started: closing just finishes it; a thrown exception comes out
            // without running any of its code.
            GenState::Created => {
                finish(&g);
                return if close { Ok(AgenStart::Ready(Value::None)) } else { Err(PyErr::exc(throw)) };
            }
            GenState::Running => {
                let what = if close { "aclose()" } else { "athrow()" };
                return Err(PyErr::new(
                    ExcKind::RuntimeError,
                    format!("{what}: asynchronous generator is already running"),
                ));
            }
            GenState::Suspended => {}
        }
        let mode = if close { GenMode::AsyncClose } else { GenMode::AsyncNext };
        self.push_gen(stack, &g, Value::None, Link::Gen { dst, mode })?;
        Ok(AgenStart::Throw(PyErr::exc(throw)))
    }
}
