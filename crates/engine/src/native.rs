//! The native host: a minimal single-threaded executor that drives the very same run
//! future the browser spawns with `wasm_bindgen_futures::spawn_local`.

use crate::host::{InstantHost, LocalBoxFuture};
use crate::limits::Limits;
use crate::trace::Trace;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, Wake, Waker};

/// Stack for native runs: a scenario may nest calls up to the recursion limit, and each
/// level is a few nested polls deep.
const RUN_STACK_BYTES: usize = 256 * 1024 * 1024;

/// A FIFO executor of local futures: `spawn` queues, `run` polls until all are done.
#[derive(Default)]
pub struct Executor {
    queue: RefCell<VecDeque<(LocalBoxFuture<()>, Arc<Flag>)>>,
}

#[derive(Default)]
struct Flag(AtomicBool);

impl Wake for Flag {
    fn wake(self: Arc<Self>) {
        self.0.store(true, Ordering::SeqCst);
    }
}

impl Executor {
    pub fn spawn(&self, fut: LocalBoxFuture<()>) {
        self.queue.borrow_mut().push_back((fut, Arc::new(Flag(AtomicBool::new(true)))));
    }

    /// Polls the spawned futures, round robin, until every one has finished. A future
    /// that is pending without having been woken would never finish: that is reported
    /// as an error instead of spinning forever.
    pub fn run(&self) -> Result<(), &'static str> {
        let mut idle_rounds = 0;
        loop {
            let next = self.queue.borrow_mut().pop_front();
            let Some((mut fut, flag)) = next else { return Ok(()) };
            if !flag.0.swap(false, Ordering::SeqCst) {
                self.queue.borrow_mut().push_back((fut, flag));
                idle_rounds += 1;
                if idle_rounds > self.queue.borrow().len() + 1 {
                    return Err("a future is pending and nothing will wake it");
                }
                continue;
            }
            idle_rounds = 0;
            let waker = Waker::from(flag.clone());
            if fut.as_mut().poll(&mut Context::from_waker(&waker)) == Poll::Pending {
                self.queue.borrow_mut().push_back((fut, flag));
            }
        }
    }
}

/// Runs a scenario to its end on the native executor and returns its trace.
pub fn run(source: &str, limits: Limits) -> Trace {
    let source = source.to_owned();
    let worker = std::thread::Builder::new()
        .name("loopscope-run".into())
        .stack_size(RUN_STACK_BYTES)
        .spawn(move || run_here(&source, limits));
    match worker.map(|h| h.join()) {
        Ok(Ok(trace)) => trace,
        _ => Trace {
            outcome: Some(crate::trace::Outcome::Error {
                message: "RuntimeError: the run crashed (this is a Loopscope bug)".into(),
                t: 0.0,
                line: None,
                col: None,
            }),
            ..Trace::default()
        },
    }
}

/// Runs a scenario on the current thread (whose stack must be large enough).
pub fn run_here(source: &str, limits: Limits) -> Trace {
    let (handle, fut) = crate::start(source, limits, Rc::new(InstantHost));
    let exec = Executor::default();
    exec.spawn(fut);
    if let Err(why) = exec.run() {
        let mut t = handle.trace_mut();
        if t.outcome.is_none() {
            t.outcome = Some(crate::trace::Outcome::Error {
                message: format!("RuntimeError: {why}"),
                t: 0.0,
                line: None,
                col: None,
            });
        }
    }
    // The run is over: move the trace out instead of copying it (a copy of a big trace
    // doubled the peak memory of a run and the pages the kernel had to clear).
    std::mem::take(&mut *handle.trace_mut())
}
