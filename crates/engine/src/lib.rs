//! Loopscope's engine: runs a scenario written in a subset of Python's asyncio exactly as
//! CPython 3.11 would, on a virtual clock, and records its [`Trace`].
//!
//! Pure Rust: no wasm, no DOM, no yew (ARCHITECTURE.md, invariant 1). The host (browser
//! or native) supplies pacing through [`Host`] and spawns the run future itself.

pub mod ast;
pub mod diag;
pub mod highlight;
pub mod host;
pub mod lexer;
pub mod limits;
pub mod parser;
pub mod trace;

pub use diag::Diagnostic;
pub use host::{Host, InstantHost, LocalBoxFuture};
pub use limits::Limits;
pub use trace::{Event, EventKind, Outcome, OutputLine, Suspend, TaskEnd, TaskId, TaskInfo, Trace};

/// Parses a scenario and checks that it stays within the supported subset.
pub fn check(source: &str) -> Result<ast::Module, Diagnostic> {
    parser::parse(source)
}
