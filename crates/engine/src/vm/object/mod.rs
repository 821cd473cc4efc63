//! The objects values point to, one module per kind. Each embeds a `heap::Charge` (its
//! size, counted against the run's budget) and, if it can hold other values, registers
//! with the run's heap so that cycles are broken when the run ends.

pub mod agen_await;
pub mod class;
pub mod dict;
pub mod exception;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod native;
pub mod range;
pub mod set;
pub mod special;
pub mod str;
pub mod tuple;

pub use class::{PyClass, PyInstance};
pub use dict::PyDict;
pub use function::{BoundMethod, BuiltinFn, LoadedCode, PyCell, PyFunction};
pub use generator::PyGen;
pub use int::BigInt;
pub use iter::PyIter;
pub use list::PyList;
pub use module::PyModule;
pub use native::NativeBox;
pub use range::{PyRange, PySlice};
pub use set::PySet;
pub use special::Special;
pub use str::PyStr;
pub use tuple::PyTuple;
