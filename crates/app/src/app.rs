//! The page: its state, the messages that change it (the reducer) and its layout.
//!
//! A run is the engine's run future spawned with `wasm_bindgen_futures::spawn_local`,
//! paced by a [`BrowserHost`]. Every run gets an id; everything a run sends back carries
//! it, so nothing from an old run is drawn once a new one started. While a run goes, the
//! page re-reads its live trace at animation frames (less often when the trace is big).

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use loopscope_engine::{Host, Limits, Outcome, RunHandle};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use crate::editor::{Editor, Mark};
use crate::gantt::{Gantt, legend};
use crate::host::{self, BrowserHost, Pace, now_ms};
use crate::model::{Phase, Snap, Snapshot, secs};
use crate::output::Output;
use crate::presets::{self, PRESETS};
use crate::summary::Summary;

/// Delay between the last keystroke and the engine's check of the source.
const CHECK_DELAY_MS: u32 = 300;

pub enum Msg {
    Edit(String),
    Run,
    Stop,
    Pace(String),
    Preset(&'static str),
    /// Animation frame while a run goes.
    Frame,
    /// Run `id`'s future has returned.
    Finished(u64),
    Select(Option<usize>),
    /// Debounced check of the source after edit number `n`.
    Check(u64),
}

struct Active {
    id: u64,
    handle: RunHandle,
    host: Rc<BrowserHost>,
}

pub struct App {
    source: AttrValue,
    pace: Pace,
    preset: Option<&'static str>,
    run_id: u64,
    /// The run whose trace is shown, while its future is alive.
    active: Option<Active>,
    snap: Snap,
    phase: Phase,
    /// Wall time of the last run's start, and how long it took.
    started_ms: f64,
    elapsed_ms: Option<f64>,
    selected: Option<usize>,
    /// The engine's diagnostic for the current source (checked as one types).
    diag: Option<Mark>,
    /// Where the last run's error was, while the source is unchanged.
    run_mark: Option<Mark>,
    edits: u64,
    check_timer: Option<Timeout>,
    frame_pending: bool,
    /// Adaptive refresh: do not rebuild the views before this wall time.
    next_refresh_ms: f64,
    refresh_started: Option<f64>,
    keydown: Option<Closure<dyn Fn(KeyboardEvent)>>,
    /// Made once, so that the children's props stay equal between renders.
    on_input: Callback<String>,
    on_select: Callback<Option<usize>>,
}

impl App {
    fn stop_active(&mut self) {
        if let Some(active) = &self.active {
            active.handle.stop();
            active.host.stop();
        }
    }

    fn start_run(&mut self, ctx: &Context<Self>) {
        self.stop_active();
        self.active = None;
        self.run_id += 1;
        let id = self.run_id;
        let host = Rc::new(BrowserHost::new(self.pace));
        let dyn_host: Rc<dyn Host> = host.clone();
        let (handle, fut) = loopscope_engine::start(&self.source, Limits::default(), dyn_host);
        let link = ctx.link().clone();
        wasm_bindgen_futures::spawn_local(async move {
            // One macrotask first, so that the page shows `running` before anything else.
            host::macrotask().await;
            fut.await;
            link.send_message(Msg::Finished(id));
        });
        self.active = Some(Active { id, handle, host });
        self.snap = Snap(Rc::new(Snapshot { run: id, ..Snapshot::default() }));
        self.phase = Phase::Running;
        self.started_ms = now_ms();
        self.elapsed_ms = None;
        self.selected = None;
        self.run_mark = None;
        self.next_refresh_ms = 0.0;
        self.request_frame(ctx);
    }

    fn request_frame(&mut self, ctx: &Context<Self>) {
        if self.frame_pending {
            return;
        }
        self.frame_pending = true;
        let link = ctx.link().clone();
        wasm_bindgen_futures::spawn_local(async move {
            host::next_frame().await;
            link.send_message(Msg::Frame);
        });
    }

    /// Rebuilds the snapshot from the live trace if it changed. Returns whether it did.
    fn refresh(&mut self) -> bool {
        let Some(active) = &self.active else {
            return false;
        };
        let now = now_ms();
        if now < self.next_refresh_ms {
            return false;
        }
        let playhead = active.host.live_now();
        let snap = {
            let trace = active.handle.trace();
            if trace.events.len() == self.snap.events && playhead.is_none() && trace.outcome.is_none() {
                return false;
            }
            Snapshot::of(active.id, &trace, playhead)
        };
        self.snap = Snap(Rc::new(snap));
        self.refresh_started = Some(now);
        true
    }

    fn finish(&mut self, id: u64) -> bool {
        let Some(active) = self.active.take_if(|a| a.id == id) else {
            return false;
        };
        let snap = Snapshot::of(id, &active.handle.trace(), None);
        if self.phase == Phase::Running {
            self.phase = match &snap.outcome {
                Some(Outcome::End { .. }) => Phase::Done,
                Some(Outcome::Error { .. }) => Phase::Error,
                Some(Outcome::Stopped { .. }) | None => Phase::Stopped,
            };
            self.elapsed_ms = Some(now_ms() - self.started_ms);
        }
        if let Some(Outcome::Error { message, line: Some(line), col, .. }) = &snap.outcome {
            self.run_mark = Some(Mark { line: *line, col: *col, message: message.clone() });
        }
        self.snap = Snap(Rc::new(snap));
        true
    }

    fn status_text(&self) -> String {
        let t = self.snap.timeline.end;
        let took = |ms: f64| {
            if ms < 1000.0 { format!("{ms:.0} ms") } else { format!("{:.1} s", ms / 1000.0) }
        };
        match self.phase {
            Phase::Idle => "Ready".to_owned(),
            Phase::Running => match self.active.as_ref().map(|a| a.host.pace()) {
                Some(Pace::Live(speed)) => format!("Live {speed}× · t = {} s", secs(self.snap.playhead.unwrap_or(t))),
                _ => "Running…".to_owned(),
            },
            Phase::Done => match self.elapsed_ms {
                Some(ms) => format!("Done at t = {} s · took {}", secs(t), took(ms)),
                None => format!("Done at t = {} s", secs(t)),
            },
            Phase::Error => format!("Error at t = {} s", secs(t)),
            Phase::Stopped => format!("Stopped at t = {} s", secs(t)),
        }
    }

    fn mark(&self) -> Option<Mark> {
        self.diag.clone().or_else(|| self.run_mark.clone())
    }
}

fn diagnostic_mark(source: &str) -> Option<Mark> {
    loopscope_engine::check(source).err().map(|d| Mark { line: d.line, col: Some(d.col), message: d.to_string() })
}

impl Component for App {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        let link = ctx.link().clone();
        let keydown = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                link.send_message(Msg::Run);
            }
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ = doc.add_event_listener_with_callback("keydown", keydown.as_ref().unchecked_ref());
        }
        App {
            source: AttrValue::from(presets::default_source()),
            pace: Pace::Instant,
            preset: Some(presets::DEFAULT),
            run_id: 0,
            active: None,
            snap: Snap::default(),
            phase: Phase::Idle,
            started_ms: 0.0,
            elapsed_ms: None,
            selected: None,
            diag: None,
            run_mark: None,
            edits: 0,
            check_timer: None,
            frame_pending: false,
            next_refresh_ms: 0.0,
            refresh_started: None,
            keydown: Some(keydown),
            on_input: ctx.link().callback(Msg::Edit),
            on_select: ctx.link().callback(Msg::Select),
        }
    }

    fn destroy(&mut self, _ctx: &Context<Self>) {
        self.stop_active();
        if let (Some(doc), Some(cb)) = (web_sys::window().and_then(|w| w.document()), self.keydown.take()) {
            let _ = doc.remove_event_listener_with_callback("keydown", cb.as_ref().unchecked_ref());
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Edit(text) => {
                if *self.source == *text {
                    return false;
                }
                self.source = AttrValue::from(text);
                self.preset =
                    presets::find(self.preset.unwrap_or_default()).filter(|p| *p.source == *self.source).map(|p| p.id);
                self.run_mark = None;
                self.edits += 1;
                let n = self.edits;
                let link = ctx.link().clone();
                self.check_timer = Some(Timeout::new(CHECK_DELAY_MS, move || link.send_message(Msg::Check(n))));
                true
            }
            Msg::Check(n) => {
                if n != self.edits {
                    return false;
                }
                self.check_timer = None;
                let diag = diagnostic_mark(&self.source);
                let changed = diag != self.diag;
                self.diag = diag;
                changed
            }
            Msg::Run => {
                self.check_timer = None;
                self.diag = None;
                self.start_run(ctx);
                true
            }
            Msg::Stop => {
                if self.active.is_none() || self.phase != Phase::Running {
                    return false;
                }
                self.stop_active();
                if let Some(active) = &self.active {
                    let snap = Snapshot::of(active.id, &active.handle.trace(), None);
                    self.snap = Snap(Rc::new(snap));
                }
                self.phase = Phase::Stopped;
                self.elapsed_ms = Some(now_ms() - self.started_ms);
                true
            }
            Msg::Pace(value) => match Pace::parse(&value) {
                Some(pace) if pace != self.pace => {
                    self.pace = pace;
                    true
                }
                _ => false,
            },
            Msg::Preset(id) => {
                let Some(p) = presets::find(id) else {
                    return false;
                };
                self.source = AttrValue::from(p.source);
                self.preset = Some(p.id);
                self.edits += 1;
                self.diag = None;
                self.check_timer = None;
                self.start_run(ctx);
                true
            }
            Msg::Frame => {
                self.frame_pending = false;
                if self.active.is_none() || self.phase != Phase::Running {
                    return false;
                }
                let changed = self.refresh();
                self.request_frame(ctx);
                changed
            }
            Msg::Finished(id) => self.finish(id),
            Msg::Select(line) => {
                if self.selected == line {
                    return false;
                }
                self.selected = line;
                true
            }
        }
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first_render: bool) {
        // Adaptive refresh: a view that took long to build is rebuilt less often.
        if let Some(started) = self.refresh_started.take() {
            let cost = now_ms() - started;
            self.next_refresh_ms = now_ms() + (cost * 3.0).min(500.0);
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let running = self.phase == Phase::Running;
        let presets = PRESETS.iter().map(|p| {
            let id = p.id;
            let onclick = link.callback(move |_: MouseEvent| Msg::Preset(id));
            let current = self.preset == Some(id);
            html! {
                <li>
                    <button
                        class={classes!("preset", current.then_some("current"))}
                        data-preset={id}
                        aria-pressed={if current { "true" } else { "false" }}
                        title={format!("Load and run: {}", p.blurb)}
                        {onclick}
                    >
                        <span class="p-title">{ p.title }</span>
                        <span class="p-blurb">{ p.blurb }</span>
                    </button>
                </li>
            }
        });
        let on_run = link.callback(|_: MouseEvent| Msg::Run);
        let on_stop = link.callback(|_: MouseEvent| Msg::Stop);
        let on_pace = link.callback(|e: Event| {
            let value =
                e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value()).unwrap_or_default();
            Msg::Pace(value)
        });
        let on_input = self.on_input.clone();
        let on_select = self.on_select.clone();
        let pace_value = self.pace.value();
        let pace_options = std::iter::once(("instant", "Instant".to_owned()))
            .chain(Pace::SPEEDS.iter().map(|(v, _)| (*v, format!("Live {v}×"))))
            .map(|(v, text)| html! { <option value={v} selected={v == pace_value}>{ text }</option> });

        html! {
            <div class="app">
                <header class="top">
                    <div class="brand">
                        { logo() }
                        <div>
                            <h1>{ "Loopscope" }</h1>
                            <p class="tagline">{ "Watch Python's asyncio event loop run your tasks, step by step." }</p>
                        </div>
                    </div>
                </header>
                <div id="notice" role="status"></div>

                <section class="gallery" aria-labelledby="presets-h">
                    <h2 id="presets-h" class="section-title">{ "Examples" }</h2>
                    <ul id="presets">{ for presets }</ul>
                </section>

                <main class="work">
                    <section class="panel editor-panel" aria-label="Scenario">
                        <div class="toolbar">
                            <button id="run" class="btn primary" onclick={on_run} title="Run (Ctrl+Enter)">
                                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 2.5v11l9-5.5z"/></svg>
                                { "Run" }
                                <kbd>{ "Ctrl ↵" }</kbd>
                            </button>
                            <button id="stop" class={classes!("btn", (!running).then_some("quiet"))} onclick={on_stop} aria-disabled={if running { "false" } else { "true" }}>
                                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><rect x="3.5" y="3.5" width="9" height="9" rx="1"/></svg>
                                { "Stop" }
                            </button>
                            <label class="pace">
                                <span>{ "Pace" }</span>
                                <select id="pace" onchange={on_pace} aria-label="Pace: instant, or live at a speed">
                                    { for pace_options }
                                </select>
                            </label>
                            <div id="status" data-state={self.phase.state()} role="status" aria-live="polite">
                                <span class="dot" aria-hidden="true"></span>
                                <span class="status-text">{ self.status_text() }</span>
                            </div>
                        </div>
                        <Editor value={self.source.clone()} mark={self.mark()} {on_input} />
                        { limits_line() }
                    </section>

                    <section class="panel output-panel" aria-labelledby="output-h">
                        <div class="panel-head">
                            <h2 id="output-h" class="section-title">{ "Output" }</h2>
                            <span class="hint">{ "virtual time · task · text" }</span>
                        </div>
                        <Output snap={self.snap.clone()} selected={self.selected} on_select={on_select.clone()} fresh={self.run_id == 0} />
                    </section>
                </main>

                <Summary snap={self.snap.clone()} phase={self.phase} />

                <section class="panel gantt-panel" aria-labelledby="gantt-h">
                    <div class="panel-head">
                        <h2 id="gantt-h" class="section-title">{ "Tasks over time" }</h2>
                        { legend() }
                    </div>
                    <Gantt snap={self.snap.clone()} selected={self.selected} {on_select} />
                    <details class="explain" open={true}>
                        <summary>{ "What am I looking at?" }</summary>
                        <p>
                            { "Each row is one asyncio task, indented under the task that created it; the first row is " }
                            <code>{ "main()" }</code>
                            { ". Time runs left to right in " }<em>{ "virtual" }</em>
                            { " seconds: sleeps take no real time, so a 10 s program finishes at once (choose a Live pace to watch it unfold)." }
                        </p>
                        <p>
                            { "A task only runs in short steps between two " }<code>{ "await" }</code>
                            { "s, drawn as thin dark marks: a step takes no virtual time. In between it is sleeping, waiting for other tasks, or ready and queued behind the others. Only one task runs at a time, yet the sleeps overlap: that is why the total time is shorter than the sum of the sleeps. A " }
                            <code>{ "time.sleep" }</code>
                            { " blocks the whole loop (red): nobody else can run." }
                        </p>
                        <p>{ "Dots are printed lines: click one to find it in the output, or click a line of output to find its dot." }</p>
                    </details>
                </section>

                <footer class="foot">
                    <p>{ "Loopscope runs your program in this page, in WebAssembly, with the same scheduling as CPython 3.11's asyncio. Nothing is sent anywhere." }</p>
                </footer>
            </div>
        }
    }
}

/// `12345678` as `12,345,678`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The run's limits (SPEC section 3), shown under the editor.
fn limits_line() -> Html {
    let l = Limits::default();
    let hours = l.max_time / 3600.0;
    html! {
        <p class="limits">
            { "Limits: " }
            { format!("{} steps · {} tasks · {} h of virtual time · {} lines · call depth {}",
                grouped(l.max_steps), grouped(l.max_tasks as u64), secs(hours).trim_end_matches(".0"),
                grouped(l.max_lines as u64), grouped(l.max_depth as u64)) }
        </p>
    }
}

fn logo() -> Html {
    html! {
        <svg class="logo" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="16" cy="16" r="12.5" class="logo-ring" />
            <rect x="9" y="10" width="9" height="3" rx="1.5" class="logo-a" />
            <rect x="13" y="15" width="11" height="3" rx="1.5" class="logo-b" />
            <rect x="8" y="20" width="7" height="3" rx="1.5" class="logo-c" />
        </svg>
    }
}
