//! Loopscope's engine: runs a scenario written in Python's asyncio exactly as CPython 3.11
//! would, on a virtual clock, and records its [`Trace`].
//!
//! Pure Rust: no wasm, no DOM, no yew (ARCHITECTURE.md, invariant 1). The host (browser
//! or native) supplies pacing through [`Host`] and spawns the run future itself.

pub mod edit;
mod fxhash;
pub mod host;
pub mod limits;
pub mod native;
pub mod syntax;
pub mod trace;
pub mod views;

#[allow(dead_code)]
mod asyncio;
#[allow(dead_code)]
mod compile;
mod refuse;
#[allow(dead_code)]
mod vm;

pub use views::{chrome, loop_states, loopview, timeline};

/// The exact algorithms behind `random` and `time.strftime` & co., for their tests.
#[doc(hidden)]
pub use vm::stdlib::{clock as clock_core, random_gen as random_core};

/// Python's text forms of numbers (`repr(float)`...).
pub mod format {
    pub use crate::vm::format::spec::float_repr;
}

pub use host::{Host, InstantHost, LocalBoxFuture};
pub use limits::Limits;
pub use syntax::Diagnostic;
pub use trace::{Event, EventKind, Outcome, OutputLine, Suspend, TaskEnd, TaskId, TaskInfo, Trace};

use std::cell::{Cell, Ref, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// Parses a scenario: its syntax tree, or CPython's syntax error alone, or every construct
/// Loopscope refuses (see [`syntax::parse`]) and every name it lacks (rule zero of SPEC
/// section 1), together in source order.
pub fn check(source: &str) -> Result<syntax::Module, Vec<Diagnostic>> {
    let (module, refused) = syntax::parse_with_refusals(source)?;
    let refused = refuse::merge(refused, refuse::refusals(&module, source));
    if refused.is_empty() { Ok(module) } else { Err(refused) }
}

/// The names the static refusals find present (`true`) or lacking (`false`) in the VM,
/// as (owner, name, present): owner is a module path (`asyncio.events`), `builtins` or
/// `loop`. For the tests that check each against a real run.
#[doc(hidden)]
pub fn refusal_names() -> Vec<(String, String, bool)> {
    refuse::lacking::rows()
}

/// Python objects alive on this thread (the tests check that a run leaves none).
pub fn live_objects() -> usize {
    vm::heap::live_objects()
}

/// Runs the interpreter's hottest paths briefly: loops, calls, a task switch. For hosts
/// that compile code in tiers, like the browser's WebAssembly (a baseline compiler at
/// once, the optimising one in the background for the functions that have run enough),
/// so that the dispatch loop is optimised before the first real run: otherwise that run
/// spends its first few hundred milliseconds, seconds on a loaded machine, in baseline
/// code (10 million steps take 4 times as long), which the one-second promise of the step
/// limit cannot afford (SPEC section 3). A few milliseconds; no trace is kept.
pub fn warm_up() {
    const PROGRAM: &str = "import asyncio\n\ndef f(n):\n    return n + 1\n\nasync def main():\n    i = 0\n    while i < 20000:\n        i = f(i)\n    for _ in range(20000):\n        pass\n    await asyncio.sleep(0)\n\nasyncio.run(main())\n";
    let _ = native::run_here(PROGRAM, Limits::default());
}

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
    /// [`Outcome::Stopped`] and drops every task.
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
    let heap = vm::heap::RunHeap::new(limits.max_memory);
    let run_heap = heap.clone();
    let fut = async move {
        let outcome = run_program(source, limits, host, trace.clone(), stop, run_heap).await;
        trace.borrow_mut().outcome = Some(outcome);
    };
    (handle, Box::pin(OnHeap { heap, inner: Box::pin(fut), released: false }))
}

/// The run future, polled with its run's heap current (objects made during a poll are
/// the run's), and emptied of every object the run made once it is over.
struct OnHeap {
    heap: Rc<vm::heap::RunHeap>,
    inner: LocalBoxFuture<()>,
    released: bool,
}

impl Future for OnHeap {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let heap = self.heap.clone();
        let _current = heap.enter();
        let r = self.inner.as_mut().poll(cx);
        if r.is_ready() && !self.released {
            self.released = true;
            heap.release();
        }
        r
    }
}

impl Drop for OnHeap {
    fn drop(&mut self) {
        // A run dropped before its end (the page's Stop, a new run): its objects go too.
        if !self.released {
            let heap = self.heap.clone();
            let _current = heap.enter();
            self.inner = Box::pin(std::future::ready(()));
            heap.release();
        }
    }
}

/// Parses, checks and compiles a scenario: every reason it cannot run, before running.
pub fn prepare(source: &str, limits: &Limits) -> Result<compile::code::Program, Vec<Diagnostic>> {
    if source.len() > limits.max_source {
        return Err(vec![Diagnostic::new(
            "LimitError",
            format!("source size limit of {} bytes reached", limits.max_source),
            syntax::Span::default(),
            "",
        )]);
    }
    if source.contains('\0') {
        // CPython 3.11 refuses the whole source, without a position.
        let mut d = Diagnostic::syntax("source code string cannot contain null bytes", syntax::Span::default(), source);
        (d.line, d.col) = (0, 0);
        return Err(vec![d]);
    }
    let module = check(source)?;
    compile::compile(&module, source).map_err(|e| {
        vec![Diagnostic::new("SyntaxError", e.message, syntax::Span { start: e.span.start, end: e.span.end }, source)]
    })
}

/// A listing of the compiled code of `source`.
pub fn disassemble(source: &str) -> Result<String, Vec<Diagnostic>> {
    let program = prepare(source, &Limits::default())?;
    Ok(compile::dis::disassemble(&program.module))
}

/// The VM's view of the host: whether it needs a turn.
struct HostPace(Rc<dyn Host>);

impl vm::Pace for HostPace {
    fn should_yield(&self) -> bool {
        self.0.should_yield()
    }
}

async fn run_program(
    source: Rc<str>,
    limits: Limits,
    host: Rc<dyn Host>,
    trace: Rc<RefCell<Trace>>,
    stop: Rc<Cell<bool>>,
    heap: Rc<vm::heap::RunHeap>,
) -> Outcome {
    let program = match prepare(&source, &limits) {
        Ok(p) => p,
        Err(mut ds) => {
            let d = ds.swap_remove(0);
            let message = if d.kind == "LimitError" { format!("LimitError: {}", d.message) } else { d.to_string() };
            return Outcome::Error {
                message,
                t: 0.0,
                line: (d.line > 0).then_some(d.line),
                col: (d.line > 0).then_some(d.col),
            };
        }
    };
    let pace = Rc::new(HostPace(host.clone()));
    let mut machine = vm::Vm::new(&program, source, limits, pace, stop.clone(), trace, heap);
    asyncio::install(&mut machine);
    let main = vm::load::load(&program.module, 0);
    let driver = asyncio::driver::Driver { vm: Rc::new(RefCell::new(machine)), host, stop };
    driver.run_module(main).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn warming_up_leaves_nothing_behind() {
        let before = super::live_objects();
        super::warm_up();
        assert_eq!(super::live_objects(), before);
    }
}
