//! What the views draw: a snapshot of a run's trace, taken when the trace changed (or the
//! live clock moved), shared by the output pane, the Gantt chart and the summary.

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
