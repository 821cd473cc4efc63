//! The compiler: checked syntax tree to code objects.
pub mod code;
pub mod codegen;
pub mod dis;
pub mod scope;

pub use codegen::compile;
