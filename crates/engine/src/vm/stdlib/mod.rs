//! The modules a program may import besides asyncio: `time` (on the virtual clock),
//! `random` (CPython's exact generator), `typing` and `__future__` (names only).

pub mod clock;
pub mod random;
pub mod random_gen;
pub mod time;
pub mod typing;

use super::Vm;

/// Makes the modules importable.
pub fn register(vm: &mut Vm) {
    vm.module_makers.insert("time", time::make);
    vm.module_makers.insert("random", random::make);
    vm.module_makers.insert("typing", typing::make);
    vm.module_makers.insert("__future__", typing::make_future);
}
