//! The root component: it holds the page's [`State`], turns what happens (clicks,
//! timers, frames, a finished run) into [`Action`]s for the reducer, carries out the
//! [`Effect`]s it returns with `crate::services`, and lays the views of
//! `crate::components` out. It is the only place where the state, the views and the
//! services meet.

use gloo_timers::callback::Timeout;
use loopscope_engine::loopview::Seek;
use yew::prelude::*;

use crate::components::controls::{self, controls};
use crate::components::durations::DurationsPanel;
use crate::components::editor::Editor;
use crate::components::exports;
use crate::components::gallery::gallery;
use crate::components::gantt::{Gantt, explain, legend};
use crate::components::header::header;
use crate::components::limits::limits_line;
use crate::components::loop_panel::loop_panel;
use crate::components::output::Output;
use crate::components::share;
use crate::components::summary::Summary;
use crate::link;
use crate::model::Phase;
use crate::services::host::now_ms;
use crate::services::keys::RunShortcut;
use crate::services::runner::{self, Running};
use crate::services::{clipboard, downloads, url};
use crate::state::{Action, Download, Effect, State, Timer};

/// The page.
pub struct App {
    state: State,
    /// The run going, while its future is alive.
    running: Option<Running>,
    /// The last finished run's engine time (`Running::engine_ms`), for the benchmarks.
    engine_ms: Option<f64>,
    /// The pending debounce timers (dropping one cancels it).
    check_timer: Option<Timeout>,
    rerun_timer: Option<Timeout>,
    sync_timer: Option<Timeout>,
    _shortcut: RunShortcut,
    _hash_listener: url::HashListener,
    /// Made once, so that the children's props stay equal between renders.
    on_input: Callback<String>,
    on_select: Callback<Option<usize>>,
    on_duration: Callback<crate::model::DurationEdit>,
    on_scrub: Callback<Seek>,
    on_preset: Callback<&'static str>,
}

impl App {
    /// Carries out the reducer's effects.
    fn apply(&mut self, ctx: &Context<Self>, effects: Vec<Effect>) {
        let link = ctx.link();
        for effect in effects {
            match effect {
                Effect::StartRun { id, source, pace } => {
                    let run = runner::start(id, &source, pace, link.callback(Action::Finished));
                    self.engine_ms = None;
                    self.state.started(id, run.handle.clone());
                    self.running = Some(run);
                }
                Effect::StopRun => {
                    if let Some(run) = &self.running {
                        run.stop();
                    }
                }
                Effect::RequestFrame => runner::next_frame(link.callback(|()| Msg::Frame)),
                Effect::Schedule { timer, n, ms } => {
                    let action = match timer {
                        Timer::Check => Msg::Act(Action::Check(n)),
                        Timer::Rerun => Msg::Act(Action::Rerun(n)),
                        Timer::SyncAddress => Msg::SyncAddress(n),
                    };
                    let link = link.clone();
                    let timeout = Some(Timeout::new(ms, move || link.send_message(action)));
                    match timer {
                        Timer::Check => self.check_timer = timeout,
                        Timer::Rerun => self.rerun_timer = timeout,
                        Timer::SyncAddress => self.sync_timer = timeout,
                    }
                }
                Effect::ReplaceHash(hash) => url::replace_hash(&hash),
                Effect::Copy(text) => {
                    let link = link.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let ok = clipboard::copy(&text).await;
                        link.send_message(Action::Copied { url: text, ok });
                    });
                }
                // After the field is drawn.
                Effect::SelectFallback => {
                    Timeout::new(0, clipboard::select_fallback).forget();
                }
                Effect::Download(Download::Text { name, mime, text }) => downloads::text(&name, mime, &text),
                Effect::Download(Download::Svg { name }) => downloads::svg(&name),
                Effect::Download(Download::Png { name }) => wasm_bindgen_futures::spawn_local(downloads::png(name)),
            }
        }
    }
}

/// What the root hears: an action, or a signal it completes with what the browser knows.
pub enum Msg {
    Act(Action),
    /// An animation frame: the live clock is read now.
    Frame,
    /// The address bar's debounce timer `n`: the current fragment is read now.
    SyncAddress(u64),
    Share,
    /// The page has been painted: time to warm the engine up.
    WarmUp,
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Act(action)
    }
}

impl Component for App {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        let link = ctx.link();
        // The link opened (SPEC section 7): its scenario, run at once; or the default one.
        let opening = link::open(&url::current_hash());
        if opening.run {
            link.send_message(Action::Run);
        }
        App {
            state: State::new(opening),
            running: None,
            engine_ms: None,
            check_timer: None,
            rerun_timer: None,
            sync_timer: None,
            _shortcut: RunShortcut::new(link.callback(|()| Action::Run)),
            _hash_listener: url::HashListener::new(link.callback(Action::HashChanged)),
            on_input: link.callback(Action::Edit),
            on_select: link.callback(Action::Select),
            on_duration: link.callback(Action::Duration),
            on_scrub: link.callback(Action::Scrub),
            on_preset: link.callback(Action::Preset),
        }
    }

    fn destroy(&mut self, _ctx: &Context<Self>) {
        if let Some(run) = &self.running {
            run.stop();
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        let action = match msg {
            Msg::Act(action) => action,
            Msg::Frame => Action::Frame { playhead: self.running.as_ref().and_then(Running::live_now) },
            Msg::SyncAddress(n) => Action::SyncAddress { n, hash: url::current_hash() },
            Msg::Share => Action::Share { hash: url::current_hash(), base: url::base_url() },
            Msg::WarmUp => {
                // A run going (a linked scenario runs at once) is its own warm-up.
                if self.running.is_none() {
                    runner::warm_up();
                }
                return false;
            }
        };
        let finished = match action {
            Action::Finished(id) => Some(id),
            _ => None,
        };
        let mut effects = Vec::new();
        let render = self.state.reduce(action, now_ms(), &mut effects);
        if finished.is_some() && self.running.as_ref().map(|r| r.id) == finished {
            self.engine_ms = self.running.take().map(|r| r.engine_ms());
        }
        self.apply(ctx, effects);
        render
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        self.state.rendered(now_ms());
        if first_render {
            runner::after_paint(ctx.link().callback(|()| Msg::WarmUp));
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let s = &self.state;
        let running = s.phase == Phase::Running;
        let probes = controls::Probes {
            engine_ms: self.engine_ms,
            trace_ms: s.elapsed_ms(),
            live_objects: loopscope_engine::live_objects(),
        };
        let callbacks = controls::Callbacks {
            on_run: link.callback(|_: MouseEvent| Action::Run),
            on_stop: link.callback(|_: MouseEvent| Action::Stop),
            on_pace: link.callback(Action::Pace),
        };
        let on_select = self.on_select.clone();
        html! {
            <div class="app">
                { header(link.callback(|_: MouseEvent| Msg::Share)) }
                { share::notice(s.link.notice.as_deref(), link.callback(|_: MouseEvent| Action::CloseNotice)) }
                { share::share_box(s.link.shared.as_ref(), link.callback(|_: MouseEvent| Action::CloseShare)) }

                { gallery(s.preset, &self.on_preset) }

                <main class="work">
                    <section class="panel editor-panel" aria-label="Scenario">
                        { controls(s.phase, s.pace, s.status_text(), s.snap.lateness, probes, callbacks) }
                        <Editor value={s.source.clone()} mark={s.mark()} on_input={self.on_input.clone()} stands={s.stands()} />
                        <DurationsPanel source={s.dur_source.clone()} on_edit={self.on_duration.clone()} />
                        { limits_line() }
                    </section>

                    <section class="panel output-panel" aria-labelledby="output-h">
                        <div class="panel-head">
                            <h2 id="output-h" class="section-title">{ "Output" }</h2>
                            <span class="hint">{ "virtual time · task · text" }</span>
                        </div>
                        <Output snap={s.snap.clone()} selected={s.selected} on_select={on_select.clone()} fresh={s.run_id == 0}
                            shown={s.shown} later={s.cut().map(|c| c.lines)} />
                    </section>
                </main>

                <Summary snap={s.snap.clone()} phase={s.phase} />

                <section class="panel gantt-panel" aria-labelledby="gantt-h">
                    <div class="panel-head">
                        <h2 id="gantt-h" class="section-title">{ "Tasks over time" }</h2>
                        { legend() }
                    </div>
                    <Gantt snap={s.snap.clone()} selected={s.selected} {on_select} cut={s.cut().cloned()}
                        on_scrub={s.can_scrub().then(|| self.on_scrub.clone())}
                        record={s.record()} />
                    { loop_panel(s.scrub_view.as_ref().map(|v| &*v.panel), running, &self.on_scrub) }
                    { exports::toolbar(s.snap.run != 0, link.callback(Action::Export)) }
                    { explain() }
                </section>

                <footer class="foot">
                    <p>{ "Loopscope runs your program in this page, in WebAssembly, with the same scheduling as CPython 3.11's asyncio. Nothing is sent anywhere." }</p>
                </footer>
            </div>
        }
    }
}
