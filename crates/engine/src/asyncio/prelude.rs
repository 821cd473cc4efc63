//! The Python half of asyncio (`prelude.py`: `wait_for`, queues, locks, `TaskGroup`...),
//! compiled once per thread and run in a run the first time the program asks the
//! `asyncio` module for one of its names. Its globals get slots after the program's.

use crate::compile::code::Program;
use crate::vm::Vm;
use crate::vm::error::{PyErr, PyResult};
use crate::vm::frame::{Frame, Link, Stack};
use crate::vm::object::PyModule;
use crate::vm::value::Value;
use std::rc::Rc;

const SOURCE: &str = include_str!("prelude.py");

thread_local! {
    static PROGRAM: Option<Rc<Program>> = compile();
}

fn compile() -> Option<Rc<Program>> {
    let module = crate::syntax::parse(SOURCE).ok()?;
    crate::compile::compile(&module, SOURCE).ok().map(Rc::new)
}

/// Runs the prelude and adds its public names to the `asyncio` module.
pub fn load(vm: &mut Vm, module: &Rc<PyModule>) -> PyResult<()> {
    let Some(program) = PROGRAM.with(|p| p.clone()) else {
        return Err(PyErr::halt("RuntimeError: asyncio's Python half does not compile (a Loopscope bug)"));
    };
    let base = vm.add_globals(&program.globals);
    if let Some(s) = super::state(vm) {
        s.prims.prelude_base.set(Some(base));
    }
    let code = crate::vm::load::load(&program.module, base);
    let mut stack = Stack::new();
    stack.values.resize(code.code.nregs as usize, Value::Unbound);
    stack.frames.push(Frame::new(code, 0, Link::Root));
    vm.native_depth += 1;
    let r = vm.run_nested(&mut stack);
    vm.native_depth -= 1;
    r?;
    for (i, name) in program.globals.iter().enumerate() {
        if name.starts_with('_') {
            continue;
        }
        let v = vm.globals.get(base as usize + i).cloned().unwrap_or(Value::Unbound);
        if !matches!(v, Value::Unbound) && module.attrs.borrow().get(name).is_none() {
            module.attrs.borrow_mut().set(name.clone(), v);
        }
    }
    Ok(())
}
