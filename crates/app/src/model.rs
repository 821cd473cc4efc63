//! What the views draw and the page's plain values: a snapshot of a run's trace, taken
//! when the trace changed (or the live clock moved), shared by the output pane, the Gantt
//! chart and the summary; the pace, the editor's mark, a duration edit, the downloads.
//! Pure: no browser API here.

use loopscope_engine::timeline::Timeline;
use loopscope_engine::{Outcome, OutputLine, RunHandle, Trace};
use std::cell::Ref;
use std::rc::Rc;

/// The page's phase, as `#status[data-state]` shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Idle,
    Running,
    Done,
    Error,
    /// Stopped by the user: `data-state="idle"`.
    Stopped,
}

impl Phase {
    pub fn state(self) -> &'static str {
        match self {
            Phase::Idle | Phase::Stopped => "idle",
            Phase::Running => "running",
            Phase::Done => "done",
            Phase::Error => "error",
        }
    }
}

/// The pace chosen in `#pace`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pace {
    Instant,
    /// Virtual seconds per wall second.
    Live(f64),
}

impl Pace {
    /// The speeds offered by the pace selector.
    pub const SPEEDS: [(&'static str, f64); 6] =
        [("0.25", 0.25), ("0.5", 0.5), ("1", 1.0), ("2", 2.0), ("5", 5.0), ("10", 10.0)];

    /// `instant` or one of [`Pace::SPEEDS`]; anything else is `None`.
    pub fn parse(value: &str) -> Option<Pace> {
        if value == "instant" {
            return Some(Pace::Instant);
        }
        Pace::SPEEDS.iter().find(|(name, _)| *name == value).map(|&(_, speed)| Pace::Live(speed))
    }

    /// The value of the `#pace` option for this pace.
    pub fn value(self) -> &'static str {
        match self {
            Pace::Instant => "instant",
            Pace::Live(speed) => Pace::SPEEDS.iter().find(|(_, s)| *s == speed).map_or("1", |(name, _)| name),
        }
    }

    pub fn speed(self) -> Option<f64> {
        match self {
            Pace::Instant => None,
            Pace::Live(speed) => Some(speed),
        }
    }
}

/// An error to mark in the editor.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// 1-based.
    pub line: u32,
    pub col: Option<u32>,
    pub message: String,
}

/// A new literal for one duration: the page rewrites its span and re-runs.
#[derive(Debug, Clone, PartialEq)]
pub struct DurationEdit {
    pub duration: loopscope_engine::edit::durations::Duration,
    pub text: String,
}

/// What to download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Trace,
    Svg,
    Png,
    Text,
}

impl ExportKind {
    /// The `data-export` attribute of its button.
    pub fn ext(self) -> &'static str {
        match self {
            ExportKind::Trace => "trace",
            ExportKind::Svg => "svg",
            ExportKind::Png => "png",
            ExportKind::Text => "text",
        }
    }

    /// The file's name: `{base}-trace.json`...
    pub fn file(self, base: &str) -> String {
        let tail = match self {
            ExportKind::Trace => "trace.json",
            ExportKind::Svg => "gantt.svg",
            ExportKind::Png => "gantt.png",
            ExportKind::Text => "output.txt",
        };
        format!("{base}-{tail}")
    }
}

/// The output as plain text: one line per printed line, each ending with a newline.
pub fn output_text<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// More lines than this are counted but not drawn (the trace keeps them all).
pub const MAX_SHOWN: usize = 5_000;
/// Lines added to the output pane per animation frame, so that a long output never
/// blocks the page.
pub const LINES_PER_FRAME: usize = 400;

#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The run it shows (0: none yet).
    pub run: u64,
    pub lines: Vec<OutputLine>,
    /// Task labels by id.
    pub labels: Vec<String>,
    pub timeline: Timeline,
    pub outcome: Option<Outcome>,
    /// Virtual time of the live clock (live runs in progress only).
    pub playhead: Option<f64>,
    /// Number of trace events it was built from.
    pub events: usize,
    /// Live pacing's punctuality (live runs only), shown on `#status` for benchmarks.
    pub lateness: Option<loopscope_engine::trace::Lateness>,
}

impl Snapshot {
    pub fn of(run: u64, trace: &Trace, playhead: Option<f64>) -> Snapshot {
        let playhead = if trace.outcome.is_some() { None } else { playhead };
        Snapshot {
            run,
            lines: trace.lines(),
            labels: trace.tasks.iter().map(|t| t.label.clone()).collect(),
            timeline: Timeline::build(trace, playhead),
            outcome: trace.outcome.clone(),
            playhead,
            events: trace.events.len(),
            lateness: trace.lateness(),
        }
    }

    /// The label of a task (the output line's `data-task`); module level is `<module>`.
    pub fn label(&self, task: Option<u32>) -> &str {
        task.and_then(|t| self.labels.get(t as usize)).map_or("<module>", String::as_str)
    }
}

/// Shared, cheap-to-compare snapshot handed to the views as a prop.
#[derive(Debug, Clone, Default)]
pub struct Snap(pub Rc<Snapshot>);

impl PartialEq for Snap {
    fn eq(&self, other: &Snap) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Snap {
    type Target = Snapshot;
    fn deref(&self) -> &Snapshot {
        &self.0
    }
}

/// A run's whole trace, for the views that read it after the fact (the playhead, the
/// event-loop panel, the Gantt chart's explanations). Equal when it is the same run.
#[derive(Clone)]
pub struct Recorded {
    pub run: u64,
    pub handle: RunHandle,
}

impl Recorded {
    /// The trace. The engine only borrows it while it runs a step, never across a turn of
    /// the browser, so event handlers and views can always read it.
    pub fn trace(&self) -> Ref<'_, Trace> {
        self.handle.trace()
    }
}

impl PartialEq for Recorded {
    fn eq(&self, other: &Recorded) -> bool {
        self.run == other.run
    }
}

/// Number of task colours in web/style.css (`.c0` ... `.c7`).
pub const COLOURS: u32 = 8;

/// The colour class of a task; module-level output is neutral.
pub fn colour(task: Option<u32>) -> String {
    match task {
        Some(t) => format!("c{}", t % COLOURS),
        None => "cm".to_owned(),
    }
}

/// Virtual seconds for people (`0.0`, `1.25`): the engine's own words use the same.
pub use loopscope_engine::views::secs;

/// `12345678` as `12,345,678`.
pub fn grouped(n: u64) -> String {
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

/// The exact value of a virtual time for a `data-*` attribute: `Number(attr)` gives the
/// same f64 back (Rust prints the shortest representation that round-trips).
pub fn exact(t: f64) -> String {
    if t == 0.0 { "0".to_owned() } else { format!("{t}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn numbers_read_well() {
        assert_eq!(secs(0.30000000000000004), "0.3");
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(2_000), "2,000");
        assert_eq!(grouped(10_000_000), "10,000,000");
        assert_eq!(grouped(1_234_567_890), "1,234,567,890");
        assert_eq!(exact(0.30000000000000004), "0.30000000000000004");
        assert_eq!(exact(-0.0), "0");
        assert_eq!(exact(3.0), "3");
    }
}
