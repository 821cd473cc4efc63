//! Loopscope's engine: runs a scenario written in a subset of Python's asyncio exactly as
//! CPython 3.11 would, on a virtual clock, and records its [`Trace`].
//!
//! Pure Rust: no wasm, no DOM, no yew (ARCHITECTURE.md, invariant 1). The host (browser
//! or native) supplies pacing through [`Host`] and spawns the run future itself.

// The interpreter that ran on the old tree (`aio`, `analysis`, `builtins`, `interp`,
// `runtime`, `value`, `native`, and the views of its traces: `timeline`, `loopview`,
// `loop_states`, `chrome`) is being replaced by the
// bytecode VM; until it lands, this crate builds the front end and what does not depend
// on the interpreter.
pub mod edit;
pub mod format;
pub mod host;
pub mod limits;
pub mod syntax;
pub mod trace;

/// The one constant `format` takes from the old interpreter's value module, until the
/// VM's own lands.
mod value {
    pub const MAX_SEQUENCE: usize = 10_000_000;
}

pub use host::{Host, InstantHost, LocalBoxFuture};
pub use limits::Limits;
pub use syntax::Diagnostic;
pub use trace::{Event, EventKind, Outcome, OutputLine, Suspend, TaskEnd, TaskId, TaskInfo, Trace};

/// Parses a scenario: its syntax tree, or CPython's syntax error alone, or every construct
/// Loopscope refuses (see [`syntax::parse`]).
pub fn check(source: &str) -> Result<syntax::Module, Vec<Diagnostic>> {
    syntax::parse(source)
}
