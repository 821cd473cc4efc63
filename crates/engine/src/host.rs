//! What the engine needs from the place it runs in: pacing and yielding.
//!
//! The run future (the loop's driver) is started by its host: the browser spawns it with
//! `wasm_bindgen_futures::spawn_local` and paces live runs with `gloo-timers`; natively
//! [`crate::native`] drives it on a minimal single-threaded executor. The engine only
//! sees this trait, so the very same code runs in both.

use std::future::Future;
use std::pin::Pin;

/// A boxed, single-threaded future, as hosts return them.
pub type LocalBoxFuture<T> = Pin<Box<dyn Future<Output = T>>>;

pub trait Host {
    /// Called when nothing is ready and the clock is about to jump to virtual time `t`.
    /// Live pacing returns a future that resolves at the absolute wall deadline of `t`
    /// (start + t / speed); instant pacing returns `None` (no wait).
    fn reach(&self, t: f64) -> Option<LocalBoxFuture<()>>;

    /// Cheap check, called between loop handles and every few thousand interpreter steps:
    /// has the driver kept the thread long enough that the host needs a turn?
    fn should_yield(&self) -> bool;

    /// A future that gives the host's event loop a turn (a macrotask in the browser).
    fn yield_now(&self) -> LocalBoxFuture<()>;

    /// Wall-clock milliseconds since the run started (0 where nobody cares).
    fn wall_ms(&self) -> f64;

    /// The wall-clock millisecond at which live pacing plans to reach virtual time `t`
    /// (start + t / speed); `None` for instant pacing. The trace keeps the lateness.
    fn planned_ms(&self, _t: f64) -> Option<f64> {
        None
    }
}

/// Runs as fast as possible and never waits: the native host, and the basis of tests.
#[derive(Debug, Default, Clone, Copy)]
pub struct InstantHost;

impl Host for InstantHost {
    fn reach(&self, _t: f64) -> Option<LocalBoxFuture<()>> {
        None
    }

    fn should_yield(&self) -> bool {
        false
    }

    fn yield_now(&self) -> LocalBoxFuture<()> {
        Box::pin(std::future::ready(()))
    }

    fn wall_ms(&self) -> f64 {
        0.0
    }
}
