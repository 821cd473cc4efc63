//! `asyncio.sleep(delay, result)`: a native coroutine written as CPython's is (a bare
//! yield for `delay <= 0`; otherwise a future completed by a timer, the timer cancelled
//! however the wait ends).

use super::event_loop::{LoopObj, TimerAction};
use super::future::{self, Fut, Role, as_fut};
use crate::compile::code::{Code, CodeKind, Op};
use crate::trace::{Suspend, TimerKind};
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult};
use crate::vm::frame::{Frame, Link, Stack};
use crate::vm::object::LoadedCode;
use crate::vm::object::function::BuiltinFn;
use crate::vm::object::native::{AwaitStep, NativeBox, NativeObject};
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug)]
pub struct SleepCoro {
    pub delay: Value,
    pub result: RefCell<Value>,
    /// 0: not started; 1: yielded once (`sleep(0)`); 2: waiting on its future; 3: done.
    state: Cell<u8>,
    fut: RefCell<Option<Rc<NativeBox>>>,
    timer: Cell<Option<u64>>,
}

impl SleepCoro {
    pub fn boxed(delay: Value, result: Value) -> Rc<NativeBox> {
        NativeBox::new(
            SleepCoro {
                delay,
                result: RefCell::new(result),
                state: Cell::new(0),
                fut: RefCell::new(None),
                timer: Cell::new(None),
            },
            64,
        )
    }

    fn delay(&self) -> f64 {
        match &self.delay {
            Value::Int(i) => *i as f64,
            Value::Bool(b) => *b as i64 as f64,
            Value::Float(f) => *f,
            Value::BigInt(b) => crate::vm::object::int::big_to_f64(&b.v).unwrap_or(f64::INFINITY),
            _ => 0.0,
        }
    }

    fn cancel_timer(&self, vm: &mut Vm) {
        if let Some(seq) = self.timer.take()
            && let Some(fut) = self.fut.borrow().as_ref()
            && let Some(lp) = as_fut(fut).and_then(|f| f.loop_.borrow().clone())
            && let Some(l) = lp.downcast::<LoopObj>()
        {
            l.cancel_timer(vm, seq);
        }
    }
}

impl NativeObject for SleepCoro {
    fn type_name(&self) -> &'static str {
        "coroutine"
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFn> {
        super::methods::SLEEP_CORO.iter().copied().find(|m| m.name == name)
    }

    fn repr(&self, vm: &mut Vm, me: &Rc<NativeBox>) -> PyResult<String> {
        Ok(format!("<coroutine object sleep at {}>", vm.address_text(&Value::Native(me.clone()))))
    }

    fn await_start(&self, vm: &mut Vm, _me: &Rc<NativeBox>) -> Option<PyResult<AwaitStep>> {
        Some(self.start(vm))
    }

    fn await_resume(&self, vm: &mut Vm, _me: &Rc<NativeBox>, _sent: Value) -> PyResult<AwaitStep> {
        match self.state.get() {
            1 => {
                self.state.set(3);
                Ok(AwaitStep::Ready(self.result.borrow().clone()))
            }
            2 => {
                self.cancel_timer(vm);
                self.state.set(3);
                let fut = self.fut.borrow_mut().take();
                match fut.as_ref().and_then(|f| as_fut(f)) {
                    Some(f) => future::result(vm, f).map(AwaitStep::Ready),
                    None => Ok(AwaitStep::Ready(Value::None)),
                }
            }
            _ => Err(PyErr::new(ExcKind::RuntimeError, "cannot reuse already awaited coroutine")),
        }
    }

    fn await_throw(&self, vm: &mut Vm, _me: &Rc<NativeBox>) {
        // The `finally: h.cancel()` of CPython's `sleep`.
        self.cancel_timer(vm);
        self.state.set(3);
        let _ = self.fut.borrow_mut().take();
    }

    fn clear_refs(&self) {
        let _ = self.fut.borrow_mut().take();
        let _ = self.result.replace(Value::None);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl SleepCoro {
    fn start(&self, vm: &mut Vm) -> PyResult<AwaitStep> {
        if self.state.get() != 0 {
            return Err(PyErr::new(ExcKind::RuntimeError, "cannot reuse already awaited coroutine"));
        }
        let delay = self.delay();
        if delay <= 0.0 {
            self.state.set(1);
            return Ok(AwaitStep::Yield(Value::None));
        }
        let lp = super::running_loop(vm)?;
        let Some(l) = lp.downcast::<LoopObj>() else {
            return Err(PyErr::new(ExcKind::RuntimeError, "no running event loop"));
        };
        let until = vm.now + delay;
        let fut = Fut::new(Some(lp.clone()), Role::Plain);
        *fut.reason.borrow_mut() = Some(Suspend::Sleep { until });
        let fut = fut.boxed();
        let seq = l.call_at(
            vm,
            until,
            TimerAction::SleepDone(fut.clone(), self.result.borrow().clone()),
            vm.task,
            TimerKind::SleepWake,
        );
        self.timer.set(Some(seq));
        *self.fut.borrow_mut() = Some(fut.clone());
        self.state.set(2);
        Ok(AwaitStep::Yield(Value::Native(fut)))
    }
}

/// Whether a value is a coroutine made natively (`asyncio.sleep()`).
pub fn is_native_coroutine(v: &Value) -> bool {
    matches!(v, Value::Native(n) if n.downcast::<SleepCoro>().is_some())
}

/// The Gantt label of a native coroutine: `sleep(1)`.
pub fn native_label(vm: &mut Vm, v: &Value) -> Option<String> {
    let Value::Native(n) = v else { return None };
    let s = n.downcast::<SleepCoro>()?;
    let d = s.delay.clone();
    Some(format!("sleep({})", vm.repr(&d).unwrap_or_default()))
}

/// A task whose coroutine is a native one: a two-instruction frame that awaits it.
pub fn push_native_coroutine(vm: &mut Vm, stack: &mut Stack, coro: &Value) -> PyResult<()> {
    thread_local! {
        static CODE: Rc<Code> = Rc::new(Code {
            name: "sleep".into(),
            qualname: "sleep".into(),
            kind: CodeKind::Function,
            flags: crate::compile::code::CodeFlags { is_async: true, is_generator: false },
            params: Default::default(),
            ops: vec![Op::Await { dst: 0, aw: 1 }, Op::Return { src: 0 }],
            spans: vec![Default::default(), Default::default()],
            consts: Vec::new(),
            names: Vec::new(),
            nregs: 2,
            local_names: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            exc_table: Vec::new(),
            span: Default::default(),
            class_cell: None,
            has_docstring: false,
        });
    }
    let _ = vm;
    let code = CODE.with(|c| c.clone());
    let base = stack.values.len();
    stack.values.push(Value::None);
    stack.values.push(coro.clone());
    stack.frames.push(Frame::new(Rc::new(LoadedCode { code, consts: Box::new([]), global_base: 0 }), base, Link::Root));
    Ok(())
}
