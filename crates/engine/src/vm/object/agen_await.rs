//! The awaitables an async generator's methods return: `__anext__()` and `asend(v)` give
//! an `async_generator_asend`, `athrow(exc)` and `aclose()` an `async_generator_athrow`.
//! Awaiting one resumes the generator on the awaiting task's own stack (the dispatch
//! loop's `Await`, `Vm::agen_await_start`), so the generator may itself await.

use super::PyInstance;
use super::generator::PyGen;
use super::native::{NativeBox, NativeObject};
use crate::vm::Vm;
use crate::vm::error::{ExcKind, PyErr, PyResult};
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// What awaiting does to the generator.
#[derive(Debug, Clone)]
pub enum AgenOp {
    /// Resume it with this value (`__anext__()`: None).
    Send(Value),
    /// Raise this exception where it stands (`athrow`).
    Throw(Rc<PyInstance>),
    /// `aclose()`: GeneratorExit where it stands; it must not yield again.
    Close,
}

#[derive(Debug)]
pub struct AgenAwaitable {
    /// The generator and the operation until it is awaited (an awaitable runs once).
    pending: RefCell<Option<(Rc<PyGen>, AgenOp)>>,
    athrow: bool,
}

impl AgenAwaitable {
    pub fn boxed(generator: Rc<PyGen>, op: AgenOp) -> Rc<NativeBox> {
        let athrow = !matches!(op, AgenOp::Send(_));
        NativeBox::new(AgenAwaitable { pending: RefCell::new(Some((generator, op))), athrow }, 48)
    }

    /// The generator and the operation, the first time it is awaited.
    pub fn take(&self) -> PyResult<(Rc<PyGen>, AgenOp)> {
        self.pending.borrow_mut().take().ok_or_else(|| {
            let what = if self.athrow { "aclose()/athrow()" } else { "__anext__()/asend()" };
            PyErr::new(ExcKind::RuntimeError, format!("cannot reuse already awaited {what}"))
        })
    }
}

impl NativeObject for AgenAwaitable {
    fn type_name(&self) -> &'static str {
        if self.athrow { "async_generator_athrow" } else { "async_generator_asend" }
    }

    fn repr(&self, vm: &mut Vm, me: &Rc<NativeBox>) -> PyResult<String> {
        Ok(format!("<{} object at {}>", self.type_name(), vm.address_text(&Value::Native(me.clone()))))
    }

    fn clear_refs(&self) {
        let _ = self.pending.borrow_mut().take();
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
