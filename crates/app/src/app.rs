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

use crate::durations::{DurationEdit, DurationsPanel};
use crate::editor::{Editor, Mark};
use crate::export;
use crate::gantt::{Gantt, legend};
use crate::host::{self, BrowserHost, Pace, now_ms};
use crate::loop_panel::loop_panel;
use crate::model::{Phase, Snap, Snapshot, secs};
use crate::output::Output;
use crate::presets::{self, PRESETS};
use crate::scrub::{ScrubView, Scrubber};
use crate::share;
use crate::summary::Summary;

/// Delay between the last keystroke and the engine's check of the source.
const CHECK_DELAY_MS: u32 = 300;
/// Delay between the last duration edit and the re-run.
const RERUN_DELAY_MS: u32 = 250;

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
    /// A duration field's new value (the durations panel).
    Duration(DurationEdit),
    /// Debounced re-run (instant) after edit number `n`, made in the durations panel.
    Rerun(u64),
    /// Debounced update of the address bar, number `n`.
    SyncAddress(u64),
    /// The fragment changed by navigation (a link pasted in the address bar, back/forward).
    HashChanged(String),
    Share,
    /// The clipboard took the link (or refused it).
    Copied(String, bool),
    CloseShare,
    CloseNotice,
    Export(export::Kind),
    /// Move the scrubbing playhead (issue 7).
    Scrub(loopscope_engine::loopview::Seek),
}

struct Active {
    id: u64,
    handle: RunHandle,
    host: Rc<BrowserHost>,
    /// The source it runs.
    source: AttrValue,
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
    /// The source the durations panel lists (the current one, once checked).
    dur_source: AttrValue,
    on_duration: Callback<DurationEdit>,
    rerun_timer: Option<Timeout>,
    /// The last run started (its trace is what the exports save).
    last_run: Option<RunHandle>,
    /// The address bar, the opened link's notice and the last Share.
    link: share::LinkState,
    /// The playhead of the last finished run, and what the views show there (issue 7).
    scrub: Option<Scrubber>,
    scrub_view: Option<ScrubView>,
    on_scrub: Callback<loopscope_engine::loopview::Seek>,
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
        let (handle, fut) = loopscope_engine::start(&self.source, Limits::browser(), dyn_host);
        self.last_run = Some(handle.clone());
        let link = ctx.link().clone();
        wasm_bindgen_futures::spawn_local(async move {
            // One macrotask first, so that the page shows `running` before anything else.
            host::macrotask().await;
            fut.await;
            link.send_message(Msg::Finished(id));
        });
        self.active = Some(Active { id, handle, host, source: self.source.clone() });
        self.scrub = None;
        self.scrub_view = None;
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
        let rec = crate::model::Recorded { run: id, handle: active.handle.clone() };
        self.scrub = Scrubber::new(rec, active.source.clone());
        self.scrub_view = self.scrub.as_mut().map(Scrubber::view);
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

/// The first problem marks the editor; its message lists every one (a refused program
/// names all its unsupported constructs at once).
fn diagnostic_mark(source: &str) -> Option<Mark> {
    let ds = loopscope_engine::check(source).err()?;
    let first = ds.first()?;
    let message = ds.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n");
    Some(Mark { line: first.line, col: Some(first.col), message })
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
        // The link opened (SPEC section 7): its scenario, run at once; or the default one.
        let opening = share::open(&share::current_hash());
        let (source, preset) =
            opening.scenario.unwrap_or_else(|| (presets::default_source().to_owned(), Some(presets::DEFAULT)));
        let source = AttrValue::from(source);
        if opening.run {
            ctx.link().send_message(Msg::Run);
        }
        let link = share::LinkState {
            keep_address: opening.notice.is_some(),
            notice: opening.notice,
            listener: Some(share::HashListener::new(ctx.link().callback(Msg::HashChanged))),
            ..share::LinkState::default()
        };
        App {
            source: source.clone(),
            pace: opening.pace.unwrap_or(Pace::Instant),
            preset,
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
            dur_source: source,
            on_duration: ctx.link().callback(Msg::Duration),
            rerun_timer: None,
            last_run: None,
            link,
            scrub: None,
            scrub_view: None,
            on_scrub: ctx.link().callback(Msg::Scrub),
        }
    }

    fn destroy(&mut self, _ctx: &Context<Self>) {
        self.stop_active();
        self.link.listener = None;
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
                self.edited(ctx);
                true
            }
            Msg::Check(n) => {
                if n != self.edits {
                    return false;
                }
                self.check_timer = None;
                let diag = diagnostic_mark(&self.source);
                let changed = diag != self.diag || self.dur_source != self.source;
                self.diag = diag;
                self.dur_source = self.source.clone();
                changed
            }
            Msg::Run => {
                self.check_timer = None;
                self.diag = None;
                self.dur_source = self.source.clone();
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
                    if !self.link.keep_address {
                        self.schedule_sync(ctx);
                    }
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
                self.dur_source = self.source.clone();
                self.edited(ctx);
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
            Msg::Scrub(seek) => {
                let Some(scrub) = self.scrub.as_mut().filter(|_| self.phase != Phase::Running) else {
                    return false;
                };
                if !scrub.seek(seek) {
                    return false;
                }
                self.scrub_view = Some(scrub.view());
                true
            }
            Msg::Duration(edit) => self.edit_duration(ctx, edit),
            Msg::Rerun(n) => {
                if n != self.edits {
                    return false;
                }
                self.rerun_timer = None;
                // Duration edits re-run at instant pace, whatever the pace selector says.
                let pace = std::mem::replace(&mut self.pace, Pace::Instant);
                self.diag = None;
                self.start_run(ctx);
                self.pace = pace;
                true
            }
            Msg::SyncAddress(n) => {
                if n == self.link.sync_gen {
                    self.link.sync_timer = None;
                    share::replace_hash(&self.address_hash());
                }
                false
            }
            Msg::HashChanged(hash) => self.open_link(ctx, &hash),
            Msg::Share => {
                self.link.sync_timer = None;
                self.link.keep_address = false;
                let hash = self.address_hash();
                share::replace_hash(&hash);
                let url = share::page_url(&hash);
                self.link.shared = Some(share::Shared { url: url.clone(), copied: None });
                let link = ctx.link().clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = share::copy(&url).await;
                    link.send_message(Msg::Copied(url, ok));
                });
                true
            }
            Msg::Copied(url, ok) => match &mut self.link.shared {
                Some(shared) if shared.url == url => {
                    shared.copied = Some(ok);
                    if !ok {
                        Timeout::new(0, share::select_fallback).forget();
                    }
                    true
                }
                _ => false,
            },
            Msg::CloseShare => self.link.shared.take().is_some(),
            Msg::CloseNotice => self.link.notice.take().is_some(),
            Msg::Export(kind) => {
                let base = match self.preset {
                    Some(id) => format!("loopscope-{id}"),
                    None => "loopscope".to_owned(),
                };
                match kind {
                    export::Kind::Trace => {
                        if let Some(run) = &self.last_run {
                            let json = loopscope_engine::chrome::to_chrome_json(&run.trace());
                            export::download_text(kind, &base, "application/json", &json);
                        }
                    }
                    export::Kind::Svg => export::download_svg(&base),
                    export::Kind::Png => wasm_bindgen_futures::spawn_local(export::download_png(base)),
                    export::Kind::Text => {
                        let text = export::output_text(self.snap.lines.iter().map(|l| l.text.as_str()));
                        export::download_text(kind, &base, "text/plain;charset=utf-8", &text);
                    }
                }
                false
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
        let lateness = self.snap.0.lateness;
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
                    <button id="share" class="btn share-btn" type="button" onclick={link.callback(|_: MouseEvent| Msg::Share)}
                        title="Copy a link that opens this exact scenario">
                        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M6.6 9.4a.75.75 0 0 1 0-1.06l3.3-3.3a2.25 2.25 0 0 1 3.18 3.18l-1.5 1.5-1.06-1.06 1.5-1.5a.75.75 0 0 0-1.06-1.06l-3.3 3.3a.75.75 0 0 1-1.06 0zm2.8-2.8a.75.75 0 0 1 0 1.06l-3.3 3.3a2.25 2.25 0 0 1-3.18-3.18l1.5-1.5 1.06 1.06-1.5 1.5a.75.75 0 0 0 1.06 1.06l3.3-3.3a.75.75 0 0 1 1.06 0z"/></svg>
                        { "Share" }
                    </button>
                </header>
                { share::notice(self.link.notice.as_deref(), link.callback(|_: MouseEvent| Msg::CloseNotice)) }
                { share::share_box(self.link.shared.as_ref(), link.callback(|_: MouseEvent| Msg::CloseShare)) }

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
                            <div id="status" data-state={self.phase.state()} role="status" aria-live="polite"
                                data-lateness-p50={lateness.map(|l| format!("{:.2}", l.p50_ms))}
                                data-lateness-p99={lateness.map(|l| format!("{:.2}", l.p99_ms))}
                                data-drift-ms={lateness.map(|l| format!("{:.2}", l.drift_ms))}
                                data-live-objects={loopscope_engine::live_objects().to_string()}>
                                <span class="dot" aria-hidden="true"></span>
                                <span class="status-text">{ self.status_text() }</span>
                            </div>
                        </div>
                        <Editor value={self.source.clone()} mark={self.mark()} {on_input} stands={self.stands()} />
                        <DurationsPanel source={self.dur_source.clone()} on_edit={self.on_duration.clone()} />
                        { limits_line() }
                    </section>

                    <section class="panel output-panel" aria-labelledby="output-h">
                        <div class="panel-head">
                            <h2 id="output-h" class="section-title">{ "Output" }</h2>
                            <span class="hint">{ "virtual time · task · text" }</span>
                        </div>
                        <Output snap={self.snap.clone()} selected={self.selected} on_select={on_select.clone()} fresh={self.run_id == 0}
                            later={self.cut().map(|c| c.lines)} />
                    </section>
                </main>

                <Summary snap={self.snap.clone()} phase={self.phase} />

                <section class="panel gantt-panel" aria-labelledby="gantt-h">
                    <div class="panel-head">
                        <h2 id="gantt-h" class="section-title">{ "Tasks over time" }</h2>
                        { legend() }
                    </div>
                    <Gantt snap={self.snap.clone()} selected={self.selected} {on_select} cut={self.cut().cloned()}
                        on_scrub={self.scrub.as_ref().filter(|_| !running).map(|_| self.on_scrub.clone())}
                        record={self.last_run.clone().map(|handle| crate::model::Recorded { run: self.run_id, handle })} />
                    { loop_panel(self.scrub_view.as_ref().map(|v| &*v.panel), running, &self.on_scrub) }
                    { export::toolbar(self.snap.run != 0, link.callback(Msg::Export)) }
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

// ----- issue 7: scrubbing -----

impl App {
    /// Where the playhead is, when it is not at the end.
    fn cut(&self) -> Option<&crate::scrub::Cut> {
        self.scrub_view.as_ref().and_then(|v| v.at.as_ref())
    }

    /// The lines where tasks stand at the playhead, while the editor holds the run's source.
    fn stands(&self) -> Rc<Vec<crate::scrub::StandMark>> {
        match (&self.scrub, &self.scrub_view) {
            (Some(scrub), Some(view)) if *scrub.source() == *self.source => view.stands.clone(),
            _ => Rc::default(),
        }
    }
}

// ----- issue 5: the durations panel, the share link, the exports -----

impl App {
    /// After an edit by the user: the address bar follows it (a bad link's address was kept
    /// until now, so that it could be reported).
    fn edited(&mut self, ctx: &Context<Self>) {
        self.link.keep_address = false;
        self.schedule_sync(ctx);
    }

    fn schedule_sync(&mut self, ctx: &Context<Self>) {
        self.link.sync_gen += 1;
        let n = self.link.sync_gen;
        let link = ctx.link().clone();
        self.link.sync_timer = Some(Timeout::new(share::SYNC_DELAY_MS, move || link.send_message(Msg::SyncAddress(n))));
    }

    /// The share link's fragment for what the page shows.
    fn address_hash(&self) -> String {
        let existing = loopscope_share::Fragment::parse(&share::current_hash());
        share::link_hash(&existing, &self.source, self.preset, self.pace)
    }

    /// Rewrites exactly the duration's span, then re-runs after a pause.
    fn edit_duration(&mut self, ctx: &Context<Self>, edit: DurationEdit) -> bool {
        // The panel lists the durations of `dur_source`: a stale edit is dropped.
        if self.dur_source != self.source {
            return false;
        }
        let source = loopscope_engine::edit::durations::rewrite(&self.source, &edit.duration, &edit.text);
        if *source == *self.source {
            return false;
        }
        self.source = AttrValue::from(source);
        self.dur_source = self.source.clone();
        // Back to a preset's own numbers: it is that preset again (and its link says so).
        self.preset = PRESETS.iter().find(|p| *p.source == *self.source).map(|p| p.id);
        self.run_mark = None;
        self.diag = None;
        self.check_timer = None;
        self.edits += 1;
        let n = self.edits;
        let link = ctx.link().clone();
        self.rerun_timer = Some(Timeout::new(RERUN_DELAY_MS, move || link.send_message(Msg::Rerun(n))));
        self.edited(ctx);
        true
    }

    /// A link opened in the running page (the fragment changed by navigation).
    fn open_link(&mut self, ctx: &Context<Self>, hash: &str) -> bool {
        let opening = share::open(hash);
        if let Some(pace) = opening.pace {
            self.pace = pace;
        }
        let Some((source, preset)) = opening.scenario else {
            return true;
        };
        self.link.keep_address = opening.notice.is_some();
        self.link.notice = opening.notice;
        self.link.sync_timer = None;
        self.source = AttrValue::from(source);
        self.dur_source = self.source.clone();
        self.preset = preset;
        self.edits += 1;
        self.diag = None;
        self.run_mark = None;
        self.check_timer = None;
        self.rerun_timer = None;
        // The output must be the editor's program's: run it (the default one after a bad link).
        self.start_run(ctx);
        true
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
    let l = Limits::browser();
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
