//! Loopscope's engine: runs a scenario written in a subset of Python's asyncio exactly as
//! CPython 3.11 would, on a virtual clock, and records its [`Trace`].
//!
//! Pure Rust: no wasm, no DOM, no yew (ARCHITECTURE.md, invariant 1). The host (browser
//! or native) supplies pacing through [`Host`] and spawns the run future itself.

mod aio;
mod analysis;
pub mod ast;
mod builtins;
pub mod check;
pub mod chrome;
pub mod diag;
pub mod durations;
pub mod format;
mod fxhash;
pub mod highlight;
pub mod host;
mod interp;
pub mod lexer;
pub mod limits;
pub mod loop_states;
pub mod loopview;
pub mod native;
pub mod parser;
#[path = "vm/stdlib/random.rs"]
pub mod random_core;
mod runtime;
pub mod timeline;
pub mod trace;
mod value;

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

    pub(crate) fn trace_mut(&self) -> std::cell::RefMut<'_, Trace> {
        self.trace.borrow_mut()
    }
}

/// Prepares a run of `source`: returns its handle and the run future, which the host
/// spawns (`wasm_bindgen_futures::spawn_local` in the browser, [`native::Executor`]
/// natively). Nothing happens until the future is polled.
pub fn start(source: &str, limits: Limits, host: Rc<dyn Host>) -> (RunHandle, LocalBoxFuture<()>) {
    let handle = RunHandle::default();
    let trace = handle.trace.clone();
    let stop = handle.stop.clone();
    let source: Rc<str> = source.into();
    let limits = limits.clamped();
    let fut = async move {
        let outcome = run_program(source, limits, host, trace.clone(), stop).await;
        trace.borrow_mut().outcome = Some(outcome);
    };
    (handle, Box::pin(fut))
}

/// Parses, checks and prepares a scenario for running.
pub fn prepare(source: &str, limits: &Limits) -> Result<ast::Module, Diagnostic> {
    if source.len() > limits.max_source {
        return Err(Diagnostic::new(
            "LimitError",
            format!("source size limit of {} bytes reached", limits.max_source),
            ast::Span::default(),
            "",
        ));
    }
    if source.contains('\0') {
        // CPython 3.11 refuses the whole source, without a position.
        let mut d = Diagnostic::syntax("source code string cannot contain null bytes", ast::Span::default(), source);
        (d.line, d.col) = (0, 0);
        return Err(d);
    }
    let mut module = check(source)?;
    analysis::prepare(&mut module, source)?;
    Ok(module)
}

async fn run_program(
    source: Rc<str>,
    limits: Limits,
    host: Rc<dyn Host>,
    trace: Rc<RefCell<Trace>>,
    stop: Rc<Cell<bool>>,
) -> Outcome {
    let module = match prepare(&source, &limits) {
        Ok(m) => m,
        Err(d) => {
            let message = if d.kind == "LimitError" { format!("LimitError: {}", d.message) } else { d.to_string() };
            return Outcome::Error {
                message,
                t: 0.0,
                line: (d.line > 0).then_some(d.line),
                col: (d.line > 0).then_some(d.col),
            };
        }
    };
    let interp = interp::Interp::new(source, limits, host, trace, stop);
    let mut ctx = interp::Ctx { task: None, depth: 0, handling: Vec::new(), at: 0 };
    let r = interp.exec_block(&mut ctx, &None, &module.body).await;
    let t = interp.now();
    match r {
        Ok(()) | Err(interp::Flow::Return(_) | interp::Flow::Break | interp::Flow::Continue) => Outcome::End { t },
        Err(interp::Flow::Exc(e)) => {
            let at = e.at.get();
            Outcome::Error { message: e.describe(), t, line: at.map(|a| a.0), col: at.map(|a| a.1) }
        }
        Err(interp::Flow::Halt) => match interp.halt.borrow().clone() {
            Some(interp::Halt::Stopped) => Outcome::Stopped { t },
            Some(interp::Halt::Error(message)) => Outcome::Error { message, t, line: None, col: None },
            None => Outcome::Error {
                message: "RuntimeError: the run halted without a reason (a Loopscope bug)".into(),
                t,
                line: None,
                col: None,
            },
        },
    }
}
