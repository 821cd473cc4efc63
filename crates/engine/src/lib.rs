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

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;

/// A run in progress (or finished): its live trace and its stop switch. Cheap to clone.
#[derive(Clone, Default)]
pub struct RunHandle {
    trace: Rc<RefCell<Trace>>,
    stop: Rc<Cell<bool>>,
}

impl RunHandle {
    /// The trace so far (complete once [`RunHandle::is_finished`]). Do not hold the borrow
    /// across an `.await`.
    pub fn trace(&self) -> Ref<'_, Trace> {
        self.trace.borrow()
    }

    /// Asks the run to stop: the driver notices at its next handle or step budget, records
    /// [`Outcome::Stopped`] and drops every task future.
    pub fn stop(&self) {
        self.stop.set(true);
    }

    pub fn is_finished(&self) -> bool {
        self.trace.borrow().outcome.is_some()
    }
}

/// Prepares a run of `source`: returns its handle and the run future, which the host
/// spawns (`wasm_bindgen_futures::spawn_local` in the browser, [`native::block_on`]
/// natively). Nothing happens until the future is polled.
pub fn start(source: &str, limits: Limits, host: Rc<dyn Host>) -> (RunHandle, LocalBoxFuture<()>) {
    let handle = RunHandle::default();
    let trace = handle.trace.clone();
    let source = source.to_owned();
    let _ = (limits, host);
    let fut = async move {
        let outcome = match check(&source) {
            Err(d) => Outcome::Error { message: d.to_string(), t: 0.0, line: Some(d.line), col: Some(d.col) },
            Ok(_) => Outcome::Error { message: "RuntimeError: interpreter not written yet".into(), t: 0.0, line: None, col: None },
        };
        trace.borrow_mut().outcome = Some(outcome);
    };
    (handle, Box::pin(fut))
}
