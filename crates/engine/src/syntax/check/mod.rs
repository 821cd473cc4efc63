//! The SyntaxErrors CPython raises after parsing, while compiling, in its order: first
//! those of its `__future__` pass (`future.rs`), then those of its symbol table
//! (`symtable.rs`: duplicate parameters, `global`/`nonlocal` misuse, `:=` and `yield` in
//! comprehensions...), then those of its code generator (`codegen.rs`: `await`/`return`/
//! `yield`/`break`/`continue` out of place, starred expressions where they cannot be,
//! too many nested blocks, a repeated keyword argument...). The first error found is
//! CPython's. Messages and positions are CPython 3.11's.

mod codegen;
mod future;
mod scope;
mod symtable;

use super::ast::Module;
use super::diag::Diagnostic;

/// Runs the three passes; the first error found is CPython's.
pub fn check(source: &str, module: &Module) -> Result<(), Diagnostic> {
    let features = future::check(source, module)?;
    symtable::check(source, module, &features)?;
    codegen::check(source, module, &features)
}
