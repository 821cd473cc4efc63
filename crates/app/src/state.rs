//! The page's state, the actions that change it and the reducer, in the manner of yew's
//! function_todomvc example: [`State::reduce`] is a plain function of the state, an
//! [`Action`] and the wall clock. It never touches the browser: what must happen outside
//! (start or stop a run, wait, write the address bar, copy, download) it returns as
//! [`Effect`]s, which the root component (`app.rs`) carries out with `crate::services`.
//! Everything from the outside comes back as an action, with the values the browser gave
//! (the current fragment, the live clock), so the reducer is tested natively.
//!
//! A run is identified by a number; everything a run sends back carries it, so nothing
//! from an old run is drawn once a new one started. Debounced actions carry the number of
//! the timer that sent them: only the pending one is obeyed, so a timer that should have
//! been cancelled does nothing.

use std::rc::Rc;

use loopscope_engine::loopview::Seek;
use loopscope_engine::{Outcome, RunHandle};
use loopscope_share::Fragment;
use yew::AttrValue;

use crate::link::{self, Opening};
use crate::model::{
    DurationEdit, ExportKind, LINES_PER_FRAME, MAX_SHOWN, Mark, Pace, Phase, Recorded, Snap, Snapshot, output_text,
    secs,
};
use crate::presets::{self, PRESETS};
use crate::scrub::{Cut, ScrubView, Scrubber, StandMark};

/// Delay between the last keystroke and the engine's check of the source.
pub const CHECK_DELAY_MS: u32 = 300;
/// Delay between the last duration edit and the re-run.
pub const RERUN_DELAY_MS: u32 = 250;
/// Delay between the last edit and the address bar's update.
pub const SYNC_DELAY_MS: u32 = 400;
/// A view that took this long to build is rebuilt after `REFRESH_BACKOFF` times as long.
const REFRESH_BACKOFF: f64 = 3.0;
/// ... but at least every this many milliseconds.
const REFRESH_MAX_WAIT_MS: f64 = 500.0;

/// What happens to the page.
#[derive(Debug, Clone)]
pub enum Action {
    /// The editor's new text.
    Edit(String),
    /// Debounced check of the source, by the check timer `n`.
    Check(u64),
    Run,
    Stop,
    /// The pace selector's value.
    Pace(String),
    Preset(&'static str),
    /// An animation frame; `playhead` is the virtual time a live run's clock has reached.
    Frame {
        playhead: Option<f64>,
    },
    /// Run `id`'s future has returned.
    Finished(u64),
    Select(Option<usize>),
    /// A duration field's new value (the durations panel).
    Duration(DurationEdit),
    /// Debounced re-run (instant) after a duration edit, by the timer `n`.
    Rerun(u64),
    /// Debounced update of the address bar by the timer `n`; `hash` is the current one.
    SyncAddress {
        n: u64,
        hash: String,
    },
    /// The fragment changed by navigation (a link pasted in the address bar, back/forward).
    HashChanged(String),
    /// The Share button; `hash` is the current fragment, `base` the address without it.
    Share {
        hash: String,
        base: String,
    },
    /// The clipboard took the link (or refused it).
    Copied {
        url: String,
        ok: bool,
    },
    CloseShare,
    CloseNotice,
    Export(ExportKind),
    /// Move the scrubbing playhead.
    Scrub(Seek),
}

/// The debounce timers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timer {
    Check,
    Rerun,
    SyncAddress,
}

/// What the root must do outside the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Start run `id` and hand its handle to [`State::started`].
    StartRun {
        id: u64,
        source: AttrValue,
        pace: Pace,
    },
    /// Stop the current run (its future still returns, with [`Action::Finished`]).
    StopRun,
    /// Send [`Action::Frame`] at the next animation frame.
    RequestFrame,
    /// Send `timer`'s action with number `n` after `ms` milliseconds (replacing the
    /// pending one).
    Schedule {
        timer: Timer,
        n: u64,
        ms: u32,
    },
    /// Put this fragment in the address bar (no history entry).
    ReplaceHash(String),
    /// Copy the link, then send [`Action::Copied`].
    Copy(String),
    /// Focus and select the link's field (the clipboard refused it).
    SelectFallback,
    Download(Download),
}

/// A file to save.
#[derive(Debug, Clone, PartialEq)]
pub enum Download {
    Text {
        name: String,
        mime: &'static str,
        text: String,
    },
    /// The Gantt chart as drawn in the page.
    Svg {
        name: String,
    },
    Png {
        name: String,
    },
}

/// The run the page shows while its future is alive.
struct Active {
    id: u64,
    /// Set by [`State::started`] right after the root started it.
    handle: Option<RunHandle>,
    pace: Pace,
    /// The source it runs.
    source: AttrValue,
}

/// The link state of the page: the notice about the opened link, whether the address bar
/// must stay as it was (a bad link, until the user edits), the pending update and the
/// last Share.
#[derive(Debug, Default)]
pub struct LinkState {
    pub notice: Option<String>,
    pub keep_address: bool,
    sync_gen: u64,
    pending_sync: Option<u64>,
    pub shared: Option<Shared>,
}

/// The result of the last Share.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub url: String,
    /// `None` while copying; then whether the clipboard took it.
    pub copied: Option<bool>,
}

/// Everything the page shows.
pub struct State {
    pub source: AttrValue,
    pub pace: Pace,
    pub preset: Option<&'static str>,
    /// The last run's number (0: none yet).
    pub run_id: u64,
    active: Option<Active>,
    pub snap: Snap,
    pub phase: Phase,
    /// Wall time of the last run's start, and how long it took.
    started_ms: f64,
    elapsed_ms: Option<f64>,
    /// The output line selected (in the output or by its tick in the chart).
    pub selected: Option<usize>,
    /// The engine's diagnostic for the current source (checked as one types).
    diag: Option<Mark>,
    /// Where the last run's error was, while the source is unchanged.
    run_mark: Option<Mark>,
    edits: u64,
    pending_check: Option<u64>,
    pending_rerun: Option<u64>,
    frame_pending: bool,
    /// Adaptive refresh: do not rebuild the views before this wall time.
    next_refresh_ms: f64,
    refresh_started: Option<f64>,
    /// The source the durations panel lists (the current one, once checked).
    pub dur_source: AttrValue,
    /// The last run started (its trace is what the exports save).
    pub last_run: Option<RunHandle>,
    pub link: LinkState,
    /// The playhead of the last finished run, and what the views show there.
    scrub: Option<Scrubber>,
    pub scrub_view: Option<ScrubView>,
    /// Output lines drawn so far (a chunk more per frame).
    pub shown: usize,
}

impl State {
    /// The page as the link it was opened with asks (SPEC section 7). When the link
    /// names a scenario, the root then sends [`Action::Run`].
    pub fn new(opening: Opening) -> State {
        let (source, preset) =
            opening.scenario.unwrap_or_else(|| (presets::default_source().to_owned(), Some(presets::DEFAULT)));
        let source = AttrValue::from(source);
        State {
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
            pending_check: None,
            pending_rerun: None,
            frame_pending: false,
            next_refresh_ms: 0.0,
            refresh_started: None,
            dur_source: source,
            last_run: None,
            link: LinkState { keep_address: opening.notice.is_some(), notice: opening.notice, ..LinkState::default() },
            scrub: None,
            scrub_view: None,
            shown: LINES_PER_FRAME,
        }
    }

    /// Applies `action` at wall time `now` (ms); pushes what must happen outside to `fx`.
    /// Returns whether the page must be drawn again.
    pub fn reduce(&mut self, action: Action, now: f64, fx: &mut Vec<Effect>) -> bool {
        match action {
            Action::Edit(text) => {
                if *self.source == *text {
                    return false;
                }
                self.source = AttrValue::from(text);
                self.preset =
                    presets::find(self.preset.unwrap_or_default()).filter(|p| *p.source == *self.source).map(|p| p.id);
                self.run_mark = None;
                self.edits += 1;
                self.pending_check = Some(self.edits);
                fx.push(Effect::Schedule { timer: Timer::Check, n: self.edits, ms: CHECK_DELAY_MS });
                self.edited(fx);
                true
            }
            Action::Check(n) => {
                if self.pending_check != Some(n) || n != self.edits {
                    return false;
                }
                self.pending_check = None;
                let diag = diagnostic_mark(&self.source);
                let changed = diag != self.diag || self.dur_source != self.source;
                self.diag = diag;
                self.dur_source = self.source.clone();
                changed
            }
            Action::Run => {
                self.pending_check = None;
                self.diag = None;
                self.dur_source = self.source.clone();
                self.start_run(now, self.pace, fx);
                true
            }
            Action::Stop => {
                if self.active.is_none() || self.phase != Phase::Running {
                    return false;
                }
                fx.push(Effect::StopRun);
                if let Some(Active { id, handle: Some(handle), .. }) = &self.active {
                    self.snap = Snap(Rc::new(Snapshot::of(*id, &handle.trace(), None)));
                }
                self.phase = Phase::Stopped;
                self.elapsed_ms = Some(now - self.started_ms);
                self.more_lines(fx);
                true
            }
            Action::Pace(value) => match Pace::parse(&value) {
                Some(pace) if pace != self.pace => {
                    self.pace = pace;
                    if !self.link.keep_address {
                        self.schedule_sync(fx);
                    }
                    true
                }
                _ => false,
            },
            Action::Preset(id) => {
                let Some(p) = presets::find(id) else {
                    return false;
                };
                self.source = AttrValue::from(p.source);
                self.preset = Some(p.id);
                self.edits += 1;
                self.diag = None;
                self.pending_check = None;
                self.dur_source = self.source.clone();
                self.edited(fx);
                self.start_run(now, self.pace, fx);
                true
            }
            Action::Frame { playhead } => {
                self.frame_pending = false;
                let mut changed = false;
                if self.shown < self.lines_to_draw() {
                    self.shown += LINES_PER_FRAME;
                    changed = true;
                }
                if self.active.is_some() && self.phase == Phase::Running {
                    changed |= self.refresh(now, playhead);
                    self.request_frame(fx);
                }
                self.more_lines(fx);
                changed
            }
            Action::Finished(id) => self.finish(id, now, fx),
            Action::Select(line) => {
                if self.selected == line {
                    return false;
                }
                self.selected = line;
                true
            }
            Action::Scrub(seek) => {
                let Some(scrub) = self.scrub.as_mut().filter(|_| self.phase != Phase::Running) else {
                    return false;
                };
                if !scrub.seek(seek) {
                    return false;
                }
                self.scrub_view = Some(scrub.view());
                true
            }
            Action::Duration(edit) => self.edit_duration(edit, fx),
            Action::Rerun(n) => {
                if self.pending_rerun != Some(n) || n != self.edits {
                    return false;
                }
                self.pending_rerun = None;
                self.diag = None;
                // Duration edits re-run at instant pace, whatever the pace selector says.
                self.start_run(now, Pace::Instant, fx);
                true
            }
            Action::SyncAddress { n, hash } => {
                if self.link.pending_sync == Some(n) && n == self.link.sync_gen {
                    self.link.pending_sync = None;
                    fx.push(Effect::ReplaceHash(self.address_hash(&hash)));
                }
                false
            }
            Action::HashChanged(hash) => self.open_link(&hash, now, fx),
            Action::Share { hash, base } => {
                self.link.pending_sync = None;
                self.link.keep_address = false;
                let hash = self.address_hash(&hash);
                let url = base + &hash;
                fx.push(Effect::ReplaceHash(hash));
                fx.push(Effect::Copy(url.clone()));
                self.link.shared = Some(Shared { url, copied: None });
                true
            }
            Action::Copied { url, ok } => match &mut self.link.shared {
                Some(shared) if shared.url == url => {
                    shared.copied = Some(ok);
                    if !ok {
                        fx.push(Effect::SelectFallback);
                    }
                    true
                }
                _ => false,
            },
            Action::CloseShare => self.link.shared.take().is_some(),
            Action::CloseNotice => self.link.notice.take().is_some(),
            Action::Export(kind) => {
                if let Some(download) = self.download(kind) {
                    fx.push(Effect::Download(download));
                }
                false
            }
        }
    }

    /// The root started run `id` (after [`Effect::StartRun`]): its handle.
    pub fn started(&mut self, id: u64, handle: RunHandle) {
        if let Some(active) = self.active.as_mut().filter(|a| a.id == id) {
            active.handle = Some(handle.clone());
            self.last_run = Some(handle);
        }
    }

    /// The page was drawn at wall time `now`: a view that took long to build is rebuilt
    /// less often (adaptive refresh).
    pub fn rendered(&mut self, now: f64) {
        if let Some(started) = self.refresh_started.take() {
            let cost = now - started;
            self.next_refresh_ms = now + (cost * REFRESH_BACKOFF).min(REFRESH_MAX_WAIT_MS);
        }
    }

    /// What `#status` says.
    /// How long the last finished run took, from Run to its trace being complete.
    pub fn elapsed_ms(&self) -> Option<f64> {
        self.elapsed_ms
    }

    pub fn status_text(&self) -> String {
        let t = self.snap.timeline.end;
        let took = |ms: f64| {
            if ms < 1000.0 { format!("{ms:.0} ms") } else { format!("{:.1} s", ms / 1000.0) }
        };
        match self.phase {
            Phase::Idle => "Ready".to_owned(),
            Phase::Running => match self.active.as_ref().map(|a| a.pace) {
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

    /// The editor's mark: the diagnostic as one types, else the last run's error.
    pub fn mark(&self) -> Option<Mark> {
        self.diag.clone().or_else(|| self.run_mark.clone())
    }

    /// Where the playhead is, when it is not at the end.
    pub fn cut(&self) -> Option<&Cut> {
        self.scrub_view.as_ref().and_then(|v| v.at.as_ref())
    }

    /// The lines where tasks stand at the playhead, while the editor holds the run's source.
    pub fn stands(&self) -> Rc<Vec<StandMark>> {
        match (&self.scrub, &self.scrub_view) {
            (Some(scrub), Some(view)) if *scrub.source() == *self.source => view.stands.clone(),
            _ => Rc::default(),
        }
    }

    /// The playhead can be moved (a finished run, and none going).
    pub fn can_scrub(&self) -> bool {
        self.scrub.is_some() && self.phase != Phase::Running
    }

    /// The last run's whole trace, for the chart's explanations.
    pub fn record(&self) -> Option<Recorded> {
        self.last_run.clone().map(|handle| Recorded { run: self.run_id, handle })
    }

    fn start_run(&mut self, now: f64, pace: Pace, fx: &mut Vec<Effect>) {
        if self.active.is_some() {
            fx.push(Effect::StopRun);
        }
        self.run_id += 1;
        let id = self.run_id;
        self.active = Some(Active { id, handle: None, pace, source: self.source.clone() });
        fx.push(Effect::StartRun { id, source: self.source.clone(), pace });
        self.scrub = None;
        self.scrub_view = None;
        self.snap = Snap(Rc::new(Snapshot { run: id, ..Snapshot::default() }));
        self.shown = LINES_PER_FRAME;
        self.phase = Phase::Running;
        self.started_ms = now;
        self.elapsed_ms = None;
        self.selected = None;
        self.run_mark = None;
        self.next_refresh_ms = 0.0;
        self.request_frame(fx);
    }

    fn request_frame(&mut self, fx: &mut Vec<Effect>) {
        if !self.frame_pending {
            self.frame_pending = true;
            fx.push(Effect::RequestFrame);
        }
    }

    /// Lines the output pane will draw in all.
    fn lines_to_draw(&self) -> usize {
        self.snap.lines.len().min(MAX_SHOWN)
    }

    /// Asks for a frame while the output pane has lines left to draw.
    fn more_lines(&mut self, fx: &mut Vec<Effect>) {
        if self.shown < self.lines_to_draw() {
            self.request_frame(fx);
        }
    }

    /// Rebuilds the snapshot from the live trace if it changed. Returns whether it did.
    fn refresh(&mut self, now: f64, playhead: Option<f64>) -> bool {
        let Some(Active { id, handle: Some(handle), .. }) = &self.active else {
            return false;
        };
        if now < self.next_refresh_ms {
            return false;
        }
        let snap = {
            let trace = handle.trace();
            if trace.events.len() == self.snap.events && playhead.is_none() && trace.outcome.is_none() {
                return false;
            }
            Snapshot::of(*id, &trace, playhead)
        };
        self.snap = Snap(Rc::new(snap));
        self.refresh_started = Some(now);
        true
    }

    fn finish(&mut self, id: u64, now: f64, fx: &mut Vec<Effect>) -> bool {
        let Some(active) = self.active.take_if(|a| a.id == id) else {
            return false;
        };
        let Some(handle) = active.handle else {
            return false;
        };
        let snap = Snapshot::of(id, &handle.trace(), None);
        if self.phase == Phase::Running {
            self.phase = match &snap.outcome {
                Some(Outcome::End { .. }) => Phase::Done,
                Some(Outcome::Error { .. }) => Phase::Error,
                Some(Outcome::Stopped { .. }) | None => Phase::Stopped,
            };
            self.elapsed_ms = Some(now - self.started_ms);
        }
        if let Some(Outcome::Error { message, line: Some(line), col, .. }) = &snap.outcome {
            self.run_mark = Some(Mark { line: *line, col: *col, message: message.clone() });
        }
        self.snap = Snap(Rc::new(snap));
        self.scrub = Scrubber::new(Recorded { run: id, handle }, active.source);
        self.scrub_view = self.scrub.as_mut().map(Scrubber::view);
        self.more_lines(fx);
        true
    }

    /// After an edit by the user: the address bar follows it (a bad link's address was
    /// kept until now, so that it could be reported).
    fn edited(&mut self, fx: &mut Vec<Effect>) {
        self.link.keep_address = false;
        self.schedule_sync(fx);
    }

    fn schedule_sync(&mut self, fx: &mut Vec<Effect>) {
        self.link.sync_gen += 1;
        self.link.pending_sync = Some(self.link.sync_gen);
        fx.push(Effect::Schedule { timer: Timer::SyncAddress, n: self.link.sync_gen, ms: SYNC_DELAY_MS });
    }

    /// The share link's fragment for what the page shows, made from the current one.
    fn address_hash(&self, current: &str) -> String {
        link::link_hash(&Fragment::parse(current), &self.source, self.preset, self.pace)
    }

    /// Rewrites exactly the duration's span, then re-runs after a pause.
    fn edit_duration(&mut self, edit: DurationEdit, fx: &mut Vec<Effect>) -> bool {
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
        self.pending_check = None;
        self.edits += 1;
        self.pending_rerun = Some(self.edits);
        fx.push(Effect::Schedule { timer: Timer::Rerun, n: self.edits, ms: RERUN_DELAY_MS });
        self.edited(fx);
        true
    }

    /// A link opened in the running page (the fragment changed by navigation).
    fn open_link(&mut self, hash: &str, now: f64, fx: &mut Vec<Effect>) -> bool {
        let opening = link::open(hash);
        if let Some(pace) = opening.pace {
            self.pace = pace;
        }
        let Some((source, preset)) = opening.scenario else {
            return true;
        };
        self.link.keep_address = opening.notice.is_some();
        self.link.notice = opening.notice;
        self.link.pending_sync = None;
        self.source = AttrValue::from(source);
        self.dur_source = self.source.clone();
        self.preset = preset;
        self.edits += 1;
        self.diag = None;
        self.run_mark = None;
        self.pending_check = None;
        self.pending_rerun = None;
        // The output must be the editor's program's: run it (the default one after a bad link).
        self.start_run(now, self.pace, fx);
        true
    }

    /// The file for a download, named after the preset shown.
    fn download(&self, kind: ExportKind) -> Option<Download> {
        let base = match self.preset {
            Some(id) => format!("loopscope-{id}"),
            None => "loopscope".to_owned(),
        };
        let name = kind.file(&base);
        Some(match kind {
            ExportKind::Trace => {
                let trace = self.last_run.as_ref()?.trace();
                let text = loopscope_engine::chrome::to_chrome_json(&trace);
                Download::Text { name, mime: "application/json", text }
            }
            ExportKind::Svg => Download::Svg { name },
            ExportKind::Png => Download::Png { name },
            ExportKind::Text => {
                let text = output_text(self.snap.lines.iter().map(|l| l.text.as_str()));
                Download::Text { name, mime: "text/plain;charset=utf-8", text }
            }
        })
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

#[cfg(test)]
mod tests {
    use super::*;
    use loopscope_engine::native::Executor;
    use loopscope_engine::{Host, InstantHost, Limits};

    fn page(hash: &str) -> State {
        State::new(link::open(hash))
    }

    fn reduce(s: &mut State, action: Action) -> (bool, Vec<Effect>) {
        let mut fx = Vec::new();
        let render = s.reduce(action, 0.0, &mut fx);
        (render, fx)
    }

    /// What the root does for [`Effect::StartRun`], with the native executor and no
    /// waiting: runs it to its end and hands its handle to the state.
    fn run_started(s: &mut State, fx: &[Effect]) -> u64 {
        let Some(Effect::StartRun { id, source, .. }) = fx.iter().find(|e| matches!(e, Effect::StartRun { .. })) else {
            panic!("no run started: {fx:?}");
        };
        let host: Rc<dyn Host> = Rc::new(InstantHost);
        let (handle, fut) = loopscope_engine::start(source, Limits::browser(), host);
        let exec = Executor::default();
        exec.spawn(fut);
        assert_eq!(exec.run(), Ok(()));
        s.started(*id, handle);
        *id
    }

    fn scheduled(fx: &[Effect], timer: Timer) -> Option<u64> {
        fx.iter().find_map(|e| match e {
            Effect::Schedule { timer: t, n, .. } if *t == timer => Some(*n),
            _ => None,
        })
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn an_edit_is_checked_after_a_pause_and_only_the_last_check_counts() {
        let mut s = page("");
        assert_eq!(s.preset, Some(presets::DEFAULT));
        let (render, fx) = reduce(&mut s, Action::Edit("x = (\n".into()));
        assert!(render && s.preset.is_none());
        let first = scheduled(&fx, Timer::Check).expect("a check is scheduled");
        assert!(scheduled(&fx, Timer::SyncAddress).is_some(), "the address bar follows the edit");
        let (_, fx) = reduce(&mut s, Action::Edit("x = (\ny = 1\n".into()));
        let second = scheduled(&fx, Timer::Check).expect("a check is scheduled");
        assert!(!reduce(&mut s, Action::Check(first)).0, "a stale check does nothing");
        assert!(s.mark().is_none());
        assert!(reduce(&mut s, Action::Check(second)).0);
        assert_eq!(s.mark().map(|m| m.line), Some(1));
        assert_eq!(s.dur_source, s.source);
        // Running drops the pending check and the diagnostic: the run reports its error.
        let (_, fx) = reduce(&mut s, Action::Edit("print(1)\n".into()));
        let third = scheduled(&fx, Timer::Check).expect("a check is scheduled");
        reduce(&mut s, Action::Run);
        assert!(!reduce(&mut s, Action::Check(third)).0);
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn a_run_goes_and_ends_and_an_older_run_is_never_shown() {
        let mut s = page("");
        let (render, fx) = reduce(&mut s, Action::Run);
        assert!(render && s.phase == Phase::Running && s.phase.state() == "running");
        assert!(fx.contains(&Effect::RequestFrame));
        assert!(!fx.contains(&Effect::StopRun), "nothing to stop yet");
        let old = run_started(&mut s, &fx);
        // A second run replaces the first one, which is stopped and whose end is ignored.
        let (_, fx) = reduce(&mut s, Action::Run);
        assert_eq!(fx.first(), Some(&Effect::StopRun));
        let id = run_started(&mut s, &fx);
        assert_ne!(id, old);
        assert!(!reduce(&mut s, Action::Finished(old)).0);
        assert_eq!(s.phase, Phase::Running);
        let mut fx = Vec::new();
        assert!(s.reduce(Action::Finished(id), 42.0, &mut fx));
        assert_eq!(s.phase, Phase::Done);
        assert_eq!(s.snap.run, id);
        assert_eq!(s.snap.lines.len(), 5);
        assert_eq!(s.status_text(), "Done at t = 4.0 s · took 42 ms");
        assert!(s.can_scrub() && s.scrub_view.is_some());
        assert!(reduce(&mut s, Action::Scrub(Seek::Home)).0, "the playhead moves");
        assert!(s.cut().is_some());
        assert!(!reduce(&mut s, Action::Stop).0, "nothing to stop");
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn an_error_marks_the_editor_and_stop_keeps_what_ran() {
        let mut s = page("");
        reduce(&mut s, Action::Edit("print('a')\nprint(1 / 0)\n".into()));
        let (_, fx) = reduce(&mut s, Action::Run);
        let id = run_started(&mut s, &fx);
        reduce(&mut s, Action::Finished(id));
        assert_eq!(s.phase, Phase::Error);
        assert_eq!(s.mark().map(|m| (m.line, m.message)), Some((2, "ZeroDivisionError: division by zero".into())));

        let (_, fx) = reduce(&mut s, Action::Run);
        run_started(&mut s, &fx);
        let (render, fx) = reduce(&mut s, Action::Stop);
        assert!(render && fx == [Effect::StopRun]);
        assert_eq!((s.phase, s.phase.state()), (Phase::Stopped, "idle"));
        assert!(s.status_text().starts_with("Stopped at t = "));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn a_duration_edit_reruns_at_instant_pace_and_a_preset_again_is_that_preset() {
        let mut s = page("#pace=2");
        assert_eq!(s.pace, Pace::Live(2.0));
        let durations = loopscope_engine::edit::durations::durations_in(&s.source).unwrap_or_default();
        // The first one: `asyncio.sleep(1)`.
        let Some(d) = durations.first().cloned() else { panic!("the default preset has durations") };
        let (render, fx) = reduce(&mut s, Action::Duration(DurationEdit { duration: d.clone(), text: "2".into() }));
        assert!(render && s.preset.is_none() && s.source.contains("sleep(2)"));
        let n = scheduled(&fx, Timer::Rerun).expect("a re-run is scheduled");
        let (_, fx) = reduce(&mut s, Action::Rerun(n));
        assert!(fx.iter().any(|e| matches!(e, Effect::StartRun { pace: Pace::Instant, .. })));
        assert_eq!(s.pace, Pace::Live(2.0), "the selector keeps its pace");
        assert!(!reduce(&mut s, Action::Rerun(n)).0, "one re-run per edit");
        // Back to the preset's own number: the default preset again.
        let d = loopscope_engine::edit::durations::durations_in(&s.source).unwrap_or_default().first().cloned();
        let Some(d) = d else { panic!("still a duration") };
        reduce(&mut s, Action::Duration(DurationEdit { duration: d, text: "1".into() }));
        assert_eq!(s.preset, Some(presets::DEFAULT));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn share_writes_the_address_and_copies_it() {
        let mut s = page("");
        let (render, fx) = reduce(&mut s, Action::Share { hash: "#x=1".into(), base: "http://h/p".into() });
        assert!(render);
        let url = "http://h/p#preset=01_seed_simple_count&x=1".to_owned();
        assert_eq!(fx, [Effect::ReplaceHash("#preset=01_seed_simple_count&x=1".into()), Effect::Copy(url.clone())]);
        assert!(!reduce(&mut s, Action::Copied { url: "other".into(), ok: true }).0, "an older copy is ignored");
        let (_, fx) = reduce(&mut s, Action::Copied { url, ok: false });
        assert_eq!(fx, [Effect::SelectFallback]);
        assert_eq!(s.link.shared.as_ref().and_then(|sh| sh.copied), Some(false));
        assert!(reduce(&mut s, Action::CloseShare).0 && s.link.shared.is_none());
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn a_bad_link_keeps_its_address_until_the_user_edits() {
        let mut s = page("#code=%%%");
        assert!(s.link.notice.is_some() && s.link.keep_address);
        let (_, fx) = reduce(&mut s, Action::Pace("5".into()));
        assert_eq!(s.pace, Pace::Live(5.0));
        assert_eq!(scheduled(&fx, Timer::SyncAddress), None);
        let (_, fx) = reduce(&mut s, Action::Edit("print(2)\n".into()));
        let n = scheduled(&fx, Timer::SyncAddress).expect("the address follows the edit");
        let (_, fx) = reduce(&mut s, Action::SyncAddress { n, hash: "#code=%%%".into() });
        assert!(matches!(fx.as_slice(), [Effect::ReplaceHash(h)] if h.starts_with("#code=") && h.ends_with("&pace=5")));
        assert!(reduce(&mut s, Action::CloseNotice).0 && s.link.notice.is_none());
        // A link opened in the page runs its scenario.
        let (_, fx) = reduce(&mut s, Action::HashChanged("#preset=03_seed_gather".into()));
        assert_eq!(s.preset, Some("03_seed_gather"));
        assert!(fx.iter().any(|e| matches!(e, Effect::StartRun { .. })));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn a_long_output_is_drawn_a_chunk_per_frame() {
        let mut s = page("");
        reduce(&mut s, Action::Edit("for i in range(1000):\n    print(i)\n".into()));
        let (_, fx) = reduce(&mut s, Action::Run);
        let id = run_started(&mut s, &fx);
        let (_, fx) = reduce(&mut s, Action::Finished(id));
        assert_eq!(s.snap.lines.len(), 1000);
        assert_eq!(s.shown, LINES_PER_FRAME);
        assert!(fx.is_empty(), "the frame the run asked for is still to come");
        let (render, fx) = reduce(&mut s, Action::Frame { playhead: None });
        assert!(render && s.shown == 2 * LINES_PER_FRAME && fx == [Effect::RequestFrame]);
        let (_, fx) = reduce(&mut s, Action::Frame { playhead: None });
        assert!(s.shown >= 1000 && fx.is_empty());
        assert!(!reduce(&mut s, Action::Frame { playhead: None }).0);
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn downloads_are_named_after_the_preset() {
        let mut s = page("");
        assert!(reduce(&mut s, Action::Export(ExportKind::Trace)).1.is_empty(), "no run, no trace");
        let (_, fx) = reduce(&mut s, Action::Run);
        let id = run_started(&mut s, &fx);
        reduce(&mut s, Action::Finished(id));
        let (_, fx) = reduce(&mut s, Action::Export(ExportKind::Text));
        let [Effect::Download(Download::Text { name, text, .. })] = fx.as_slice() else { panic!("{fx:?}") };
        assert_eq!(name, "loopscope-01_seed_simple_count-output.txt");
        assert!(text.starts_with("simple count 4\n") && text.ends_with("done!\n"));
        let (_, fx) = reduce(&mut s, Action::Export(ExportKind::Trace));
        assert!(matches!(fx.as_slice(), [Effect::Download(Download::Text { mime: "application/json", .. })]));
        let (_, fx) = reduce(&mut s, Action::Export(ExportKind::Png));
        assert_eq!(fx, [Effect::Download(Download::Png { name: "loopscope-01_seed_simple_count-gantt.png".into() })]);
    }
}
