//! The editor's toolbar: Run (`#run`), Stop (`#stop`), the pace (`#pace`) and the status
//! (`#status`, with live pacing's punctuality for the benchmarks).

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::model::{Pace, Phase};

#[derive(Clone)]
pub struct Callbacks {
    pub on_run: Callback<MouseEvent>,
    pub on_stop: Callback<MouseEvent>,
    /// The pace selector's new value.
    pub on_pace: Callback<String>,
}

/// What the benchmarks and tests read off `#status`: the last finished run's timings
/// (`data-engine-ms`: inside the engine's polls alone; `data-trace-ms`: from Run to the
/// trace being complete) and the engine's live Python objects (`data-live-objects`).
#[derive(Clone, Copy, Default)]
pub struct Probes {
    pub engine_ms: Option<f64>,
    pub trace_ms: Option<f64>,
    pub live_objects: usize,
}

pub fn controls(
    phase: Phase,
    pace: Pace,
    status: String,
    lateness: Option<loopscope_engine::trace::Lateness>,
    probes: Probes,
    cb: Callbacks,
) -> Html {
    let running = phase == Phase::Running;
    let on_pace = cb.on_pace.reform(|e: Event| {
        e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default()
    });
    let pace_value = pace.value();
    let pace_options = std::iter::once(("instant", "Instant".to_owned()))
        .chain(Pace::SPEEDS.iter().map(|(v, _)| (*v, format!("Live {v}×"))))
        .map(|(v, text)| html! { <option value={v} selected={v == pace_value}>{ text }</option> });
    html! {
        <div class="toolbar">
            <button id="run" class="btn primary" onclick={cb.on_run} title="Run (Ctrl+Enter)">
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2.5v11l9-5.5z"/></svg>
                { "Run" }
                <kbd>{ "Ctrl ↵" }</kbd>
            </button>
            <button id="stop" class={classes!("btn", (!running).then_some("quiet"))} onclick={cb.on_stop} aria-disabled={if running { "false" } else { "true" }}>
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><rect x="3.5" y="3.5" width="9" height="9" rx="1"/></svg>
                { "Stop" }
            </button>
            <label class="pace">
                <span>{ "Pace" }</span>
                <select id="pace" onchange={on_pace} aria-label="Pace: instant, or live at a speed">
                    { for pace_options }
                </select>
            </label>
            <div id="status" data-state={phase.state()} role="status" aria-live="polite"
                data-lateness-p50={lateness.map(|l| format!("{:.2}", l.p50_ms))}
                data-lateness-p99={lateness.map(|l| format!("{:.2}", l.p99_ms))}
                data-drift-ms={lateness.map(|l| format!("{:.2}", l.drift_ms))}
                data-engine-ms={probes.engine_ms.map(|ms| format!("{ms:.2}"))}
                data-trace-ms={probes.trace_ms.map(|ms| format!("{ms:.2}"))}
                data-live-objects={probes.live_objects.to_string()}>
                <span class="dot" aria-hidden="true"></span>
                <span class="status-text">{ status }</span>
            </div>
        </div>
    }
}
