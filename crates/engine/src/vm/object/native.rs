//! Objects of the libraries built on the VM (asyncio's futures, tasks, loop, handles):
//! the VM reaches them only through [`NativeObject`], so the VM knows nothing of
//! asyncio.

use super::BuiltinFn;
use crate::vm::Vm;
use crate::vm::error::PyResult;
use crate::vm::heap::{self, Charge, Clear};
use crate::vm::value::Value;
use std::any::Any;
use std::rc::Rc;

/// What awaiting an object did: finished with a value, or yielded a value to the task
/// that runs it (asyncio's futures yield themselves; `sleep(0)` yields None).
#[derive(Debug)]
pub enum AwaitStep {
    Ready(Value),
    Yield(Value),
}

pub trait NativeObject: Any + std::fmt::Debug {
    /// `type(obj).__name__`.
    fn type_name(&self) -> &'static str;

    /// A method (called with the object as its first argument), by name.
    fn method(&self, _name: &str) -> Option<&'static BuiltinFn> {
        None
    }

    /// A plain attribute (not a method), by name.
    fn attr(&self, _vm: &mut Vm, _me: &Rc<NativeBox>, _name: &str) -> Option<PyResult<Value>> {
        None
    }

    fn repr(&self, vm: &mut Vm, me: &Rc<NativeBox>) -> PyResult<String>;

    /// `await obj`: the first step.
    fn await_start(&self, _vm: &mut Vm, _me: &Rc<NativeBox>) -> Option<PyResult<AwaitStep>> {
        None
    }

    /// The step after a yield, with the value the task was resumed with.
    fn await_resume(&self, _vm: &mut Vm, _me: &Rc<NativeBox>, _sent: Value) -> PyResult<AwaitStep> {
        Ok(AwaitStep::Ready(Value::None))
    }

    /// An exception is thrown into the task while it waits on this object: the
    /// object's cleanup (a `finally` of CPython's Python code). The exception goes on.
    fn await_throw(&self, _vm: &mut Vm, _me: &Rc<NativeBox>) {}

    /// Empties what the object holds (to break cycles when the run ends).
    fn clear_refs(&self) {}

    fn as_any(&self) -> &dyn Any;
}

pub struct NativeBox {
    pub obj: Box<dyn NativeObject>,
    _charge: Charge,
}

impl std::fmt::Debug for NativeBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.obj.fmt(f)
    }
}

impl NativeBox {
    pub fn new(obj: impl NativeObject, size: usize) -> Rc<NativeBox> {
        let n = Rc::new(NativeBox {
            obj: Box::new(obj),
            _charge: Charge::new(std::mem::size_of::<NativeBox>() + 16 + size),
        });
        heap::track(&n);
        n
    }

    pub fn type_name(&self) -> &'static str {
        self.obj.type_name()
    }

    pub fn downcast<T: NativeObject>(&self) -> Option<&T> {
        self.obj.as_any().downcast_ref::<T>()
    }
}

impl Clear for NativeBox {
    fn clear_refs(&self) {
        self.obj.clear_refs();
    }
}
