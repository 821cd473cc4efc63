//! The browser host in headless Chromium (`cargo test --target wasm32-unknown-unknown -p
//! loopscope-app`): macrotask yields, live pacing on absolute deadlines, Stop waking a wait,
//! and — through the engine — live and instant runs giving the same trace as the native
//! host and the oracle.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use loopscope_app::services::host::{BrowserHost, Pace, macrotask, now_ms};
use loopscope_engine::{EventKind, Host, InstantHost, Limits, Trace};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEEDS: [(&str, &str, &str); 3] = [
    (
        "01_seed_simple_count",
        include_str!("../presets/01_seed_simple_count.py"),
        include_str!("../../../tests/e2e/fixtures/01_seed_simple_count.jsonl"),
    ),
    (
        "02_seed_create_task",
        include_str!("../presets/02_seed_create_task.py"),
        include_str!("../../../tests/e2e/fixtures/02_seed_create_task.jsonl"),
    ),
    (
        "03_seed_gather",
        include_str!("../presets/03_seed_gather.py"),
        include_str!("../../../tests/e2e/fixtures/03_seed_gather.jsonl"),
    ),
];

async fn run(source: &str, host: Rc<dyn Host>) -> Trace {
    let (handle, fut) = loopscope_engine::start(source, Limits::default(), host);
    fut.await;
    handle.trace().clone()
}

/// The trace without what depends on the wall clock (live pacing records).
fn comparable(trace: &Trace) -> Trace {
    let mut t = trace.clone();
    t.events.retain(|e| !matches!(e.kind, EventKind::Paced { .. }));
    t
}

#[wasm_bindgen_test]
async fn a_macrotask_yield_comes_back_quickly() {
    let t0 = now_ms();
    for _ in 0..20 {
        macrotask().await;
    }
    let per = (now_ms() - t0) / 20.0;
    assert!(per < 4.0, "{per} ms per MessageChannel yield (a clamped timeout would be ~4 ms)");
}

#[wasm_bindgen_test]
async fn instant_host_yields_after_a_budget() {
    let host = BrowserHost::new(Pace::Instant);
    assert!(host.reach(5.0).is_none(), "instant pace never waits");
    assert!(host.planned_ms(5.0).is_none());
    let t0 = now_ms();
    while now_ms() - t0 < 10.0 {}
    assert!(host.should_yield());
    host.yield_now().await;
    assert!(!host.should_yield());
}

#[wasm_bindgen_test]
async fn live_host_waits_until_the_absolute_deadline() {
    let host = BrowserHost::new(Pace::Live(10.0));
    assert_eq!(host.planned_ms(0.5), Some(50.0));
    // Spend some of the time first: the wait is to the absolute deadline, not 50 ms more.
    let t0 = now_ms();
    while now_ms() - t0 < 20.0 {}
    if let Some(wait) = host.reach(0.5) {
        wait.await;
    }
    let at = host.wall_ms();
    assert!((49.0..90.0).contains(&at), "reached t=0.5 at {at} ms, planned 50 ms");
    // A deadline already past does not wait at all.
    assert!(host.reach(0.1).is_none());
}

#[wasm_bindgen_test]
async fn stop_wakes_a_live_wait_at_once() {
    let host = Rc::new(BrowserHost::new(Pace::Live(1.0)));
    let wait = host.reach(60.0).expect("a live wait");
    let stopper = host.clone();
    wasm_bindgen_futures::spawn_local(async move {
        macrotask().await;
        stopper.stop();
    });
    let t0 = now_ms();
    wait.await;
    assert!(now_ms() - t0 < 100.0, "stop ended a one-minute wait");
}

#[wasm_bindgen_test]
async fn live_and_instant_runs_trace_the_same_as_the_native_host() {
    for (name, source, _) in SEEDS {
        let native = run(source, Rc::new(InstantHost)).await;
        let instant = run(source, Rc::new(BrowserHost::new(Pace::Instant))).await;
        let live = run(source, Rc::new(BrowserHost::new(Pace::Live(10.0)))).await;
        assert_eq!(comparable(&instant), comparable(&native), "{name}: instant browser run = native host");
        assert_eq!(comparable(&live), comparable(&native), "{name}: live browser run = native host");
    }
}

#[wasm_bindgen_test]
async fn seeds_print_what_the_oracle_prints() {
    for (name, source, jsonl) in SEEDS {
        let trace = run(source, Rc::new(BrowserHost::new(Pace::Instant))).await;
        let mut want = Vec::new();
        let mut end = None;
        for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("fixture is JSON");
            if let Some(text) = v.get("text").and_then(|t| t.as_str()) {
                want.push((v["t"].as_f64().unwrap_or(f64::NAN), text.to_owned()));
            }
            if let Some(t) = v.get("end").and_then(|t| t.as_f64()) {
                end = Some(t);
            }
        }
        let got: Vec<(f64, String)> = trace.lines().into_iter().map(|l| (l.t, l.text)).collect();
        assert_eq!(got, want, "{name}: printed lines");
        assert_eq!(trace.end_time(), end, "{name}: end time");
    }
}

#[wasm_bindgen_test]
async fn a_live_run_takes_about_total_over_speed() {
    let (_, source, _) = SEEDS[0];
    let host = Rc::new(BrowserHost::new(Pace::Live(10.0)));
    let t0 = now_ms();
    let trace = run(source, host).await;
    let wall = now_ms() - t0;
    let total = trace.end_time().unwrap_or(0.0);
    let planned = total / 10.0 * 1000.0;
    assert!(wall >= planned - 5.0 && wall <= planned + 200.0, "{wall} ms for {planned} ms planned");
    // Lateness is kept for every paced wait.
    let paced = trace.events.iter().filter(|e| matches!(e.kind, EventKind::Paced { .. })).count();
    assert!(paced > 0, "live waits are recorded");
}
