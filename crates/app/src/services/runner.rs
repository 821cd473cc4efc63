//! Runs in the page: the engine's run future spawned with `spawn_local`, paced by a
//! [`BrowserHost`], and the animation frames the page re-reads a live trace at.

use std::cell::Cell;
use std::rc::Rc;

use loopscope_engine::{Host, Limits, RunHandle};
use yew::{AttrValue, Callback};

use crate::model::Pace;
use crate::services::host::{self, BrowserHost};

/// A run going in the page.
pub struct Running {
    pub id: u64,
    pub handle: RunHandle,
    host: Rc<BrowserHost>,
    /// Milliseconds spent inside polls of the run future: the engine's own time, without
    /// the frames drawn while an instant run gives the page its turns (the benchmark's
    /// "engine alone").
    engine_ms: Rc<Cell<f64>>,
}

impl Running {
    /// Stops the run: the engine notices its flag at its next check, and a pending live
    /// wait wakes at once.
    pub fn stop(&self) {
        self.handle.stop();
        self.host.stop();
    }

    /// Virtual time that the wall clock has reached (live pace only).
    pub fn live_now(&self) -> Option<f64> {
        self.host.live_now()
    }

    /// The engine's own time so far (see `engine_ms`).
    pub fn engine_ms(&self) -> f64 {
        self.engine_ms.get()
    }
}

/// Starts run `id` of `source`; `on_finished` gets `id` when its future has returned.
pub fn start(id: u64, source: &AttrValue, pace: Pace, on_finished: Callback<u64>) -> Running {
    let host = Rc::new(BrowserHost::new(pace));
    let dyn_host: Rc<dyn Host> = host.clone();
    let (handle, mut fut) = loopscope_engine::start(source, Limits::browser(), dyn_host);
    let engine_ms = Rc::new(Cell::new(0.0));
    let spent = engine_ms.clone();
    wasm_bindgen_futures::spawn_local(async move {
        // One macrotask first, so that the page shows `running` before anything else.
        host::macrotask().await;
        std::future::poll_fn(|cx| {
            let t0 = host::now_ms();
            let r = fut.as_mut().poll(cx);
            spent.set(spent.get() + (host::now_ms() - t0));
            r
        })
        .await;
        on_finished.emit(id);
    });
    Running { id, handle, host, engine_ms }
}

/// Calls back at the next animation frame.
pub fn next_frame(callback: Callback<()>) {
    wasm_bindgen_futures::spawn_local(async move {
        host::next_frame().await;
        callback.emit(());
    });
}

/// Calls back once the page has been painted and the browser has had a turn.
pub fn after_paint(callback: Callback<()>) {
    wasm_bindgen_futures::spawn_local(async move {
        host::next_frame().await;
        host::macrotask().await;
        callback.emit(());
    });
}

/// Gets the browser to optimise the interpreter before the first run
/// (`loopscope_engine::warm_up`). Never while a run is going.
pub fn warm_up() {
    loopscope_engine::warm_up();
}
