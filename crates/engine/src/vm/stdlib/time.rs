//! `time` on the virtual clock: `sleep` blocks the whole loop (and advances the clock),
//! `time`/`monotonic`/`perf_counter` read it.

use crate::trace::EventKind;
use crate::vm::Vm;
use crate::vm::builtins::{arity, function};
use crate::vm::error::{PyErr, PyResult, overflow_error, type_error, value_error};
use crate::vm::object::PyModule;
use crate::vm::object::class::AttrMap;
use crate::vm::object::function::{Args, BuiltinFn};
use crate::vm::value::Value;
use std::rc::Rc;

static FUNCTIONS: &[BuiltinFn] = &[
    function("sleep", sleep),
    function("time", now),
    function("monotonic", now),
    function("perf_counter", now),
    function("time_ns", now_ns),
    function("monotonic_ns", now_ns),
    function("perf_counter_ns", now_ns),
];

pub fn make(_vm: &mut Vm) -> Rc<PyModule> {
    let mut attrs = AttrMap::default();
    for f in FUNCTIONS {
        attrs.set(f.name.into(), Value::Builtin(f));
    }
    PyModule::new("time", attrs)
}

fn now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("time", &args, 0, 0)?;
    Ok(Value::Float(vm.now))
}

fn now_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("time_ns", &args, 0, 0)?;
    Ok(crate::vm::object::int::from_f64((vm.now * 1e9).round())?)
}

/// `time.sleep(secs)`: holds the loop; no other task runs meanwhile.
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity("sleep", &args, 1, 1)?;
    let s = match &args.pos[0] {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        Value::BigInt(b) => crate::vm::object::int::big_to_f64(&b.v).unwrap_or(f64::INFINITY),
        other => {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name_of(other))));
        }
    };
    if s.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if s.is_infinite() {
        return Err(overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    let when = vm.now + s;
    if when > vm.limits.max_time {
        return Err(PyErr::halt(format!("LimitError: virtual time limit of {:.0} s reached", vm.limits.max_time)));
    }
    if let Some(task) = vm.task {
        vm.record(EventKind::Blocked { task, secs: s });
    }
    vm.now = vm.now.max(when);
    Ok(Value::None)
}
