//! The browser host of a run (SPEC section 5): how the engine's loop driver paces itself
//! and gives the page a turn.
//!
//! - **instant** pace never waits for virtual time, but yields to a macrotask (a
//!   `MessageChannel` message: a 0 ms timeout is clamped to ~4 ms once nested) whenever
//!   the driver has held the main thread for [`YIELD_EVERY_MS`];
//! - **live** pace waits with `gloo-timers` until the absolute wall deadline
//!   `start + t / speed`, so lateness never accumulates.
//!
//! Stopping a run also wakes a pending live wait at once.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use gloo_timers::future::TimeoutFuture;
use loopscope_engine::{Host, LocalBoxFuture};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

pub use crate::model::Pace;

/// Longest stretch the driver may keep the main thread (ms).
pub const YIELD_EVERY_MS: f64 = 8.0;

/// `performance.now()` in milliseconds (0 where there is no window).
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Resolves in a fresh macrotask: a message posted through a `MessageChannel`.
pub fn macrotask() -> LocalBoxFuture<()> {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        // No MessageChannel: a (clamped) timeout still yields.
        return Box::pin(TimeoutFuture::new(0));
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        channel.port1().set_onmessage(Some(&resolve));
        if channel.port2().post_message(&JsValue::NULL).is_err() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    Box::pin(async move {
        let _ = JsFuture::from(promise).await;
        channel.port1().set_onmessage(None);
        channel.port1().close();
        channel.port2().close();
    })
}

/// Resolves at the next animation frame (or after ~16 ms where there is none).
pub fn next_frame() -> LocalBoxFuture<()> {
    let Some(window) = web_sys::window() else {
        return Box::pin(TimeoutFuture::new(16));
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        if window.request_animation_frame(&resolve).is_err() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    Box::pin(async move {
        let _ = JsFuture::from(promise).await;
    })
}

/// A switch that a stopped run flips, waking whoever waits on it.
#[derive(Default)]
struct StopSignal {
    stopped: Cell<bool>,
    wakers: RefCell<Vec<std::task::Waker>>,
}

impl StopSignal {
    fn fire(&self) {
        self.stopped.set(true);
        for waker in self.wakers.borrow_mut().drain(..) {
            waker.wake();
        }
    }
}

/// Waits for `inner` unless the run is stopped first.
struct UnlessStopped {
    inner: LocalBoxFuture<()>,
    signal: Rc<StopSignal>,
}

impl Future for UnlessStopped {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.signal.stopped.get() {
            return Poll::Ready(());
        }
        if self.inner.as_mut().poll(cx).is_ready() {
            return Poll::Ready(());
        }
        self.signal.wakers.borrow_mut().push(cx.waker().clone());
        Poll::Pending
    }
}

/// The host of one run in the page.
pub struct BrowserHost {
    pace: Pace,
    /// `performance.now()` when the run started.
    start_ms: f64,
    /// When the driver last gave the browser a turn.
    last_yield: Rc<Cell<f64>>,
    signal: Rc<StopSignal>,
}

impl BrowserHost {
    pub fn new(pace: Pace) -> BrowserHost {
        let start_ms = now_ms();
        BrowserHost { pace, start_ms, last_yield: Rc::new(Cell::new(start_ms)), signal: Rc::default() }
    }

    pub fn pace(&self) -> Pace {
        self.pace
    }

    /// Wakes a pending live wait at once (the engine then notices its stop flag).
    pub fn stop(&self) {
        self.signal.fire();
    }

    /// Virtual time that the wall clock has reached in a live run.
    pub fn live_now(&self) -> Option<f64> {
        self.pace.speed().map(|speed| self.wall_ms() / 1000.0 * speed)
    }

    /// Wall milliseconds (since the run started) at which virtual time `t` is due.
    pub fn deadline_ms(&self, t: f64) -> Option<f64> {
        self.pace.speed().map(|speed| t * 1000.0 / speed)
    }
}

impl Host for BrowserHost {
    fn reach(&self, t: f64) -> Option<LocalBoxFuture<()>> {
        let deadline = self.start_ms + self.deadline_ms(t)?;
        let wait = deadline - now_ms();
        if wait.is_nan() || wait <= 0.0 || self.signal.stopped.get() {
            return None;
        }
        // A timer wait is a turn for the browser too.
        let last_yield = self.last_yield.clone();
        let millis = wait.ceil().min(i32::MAX as f64) as u32;
        let inner: LocalBoxFuture<()> = Box::pin(async move {
            TimeoutFuture::new(millis).await;
            last_yield.set(now_ms());
        });
        Some(Box::pin(UnlessStopped { inner, signal: self.signal.clone() }))
    }

    fn should_yield(&self) -> bool {
        now_ms() - self.last_yield.get() >= YIELD_EVERY_MS
    }

    fn yield_now(&self) -> LocalBoxFuture<()> {
        let last_yield = self.last_yield.clone();
        Box::pin(async move {
            macrotask().await;
            last_yield.set(now_ms());
        })
    }

    fn wall_ms(&self) -> f64 {
        now_ms() - self.start_ms
    }

    fn planned_ms(&self, t: f64) -> Option<f64> {
        self.deadline_ms(t)
    }
}
