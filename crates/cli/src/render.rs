//! The two text views of a trace: JSON lines (the oracle's format) and a human one.

use loopscope_engine::format::float_repr;
use loopscope_engine::{Outcome, Trace};

pub fn jsonl(trace: &Trace) -> String {
    trace.to_jsonl()
}

/// `  1.000s  task A    text`, with colours on a terminal.
pub fn human(trace: &Trace, colour: bool) -> String {
    let paint = |code: &str, s: &str| if colour { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    let palette = ["36", "33", "35", "32", "34", "31"];
    let width = trace.tasks.iter().map(|t| t.label.chars().count()).max().unwrap_or(0).clamp(6, 32);
    let mut out = String::new();
    for line in trace.lines() {
        let (label, code) = match line.task {
            Some(id) => (
                trace.tasks.get(id as usize).map(|t| t.label.as_str()).unwrap_or("?"),
                palette[id as usize % palette.len()],
            ),
            None => ("module", "37"),
        };
        let label: String = label.chars().take(width).collect();
        out.push_str(&format!(
            "{} {} {}\n",
            paint("2", &format!("{:>9.3}s", line.t)),
            paint(code, &format!("{label:<width$}")),
            line.text
        ));
    }
    match &trace.outcome {
        Some(Outcome::End { t }) => out.push_str(&paint("2", &format!("finished at {} s\n", float_repr(*t)))),
        Some(Outcome::Error { message, t, line, .. }) => {
            let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
            out.push_str(&paint("31;1", &format!("{message}{at} at {} s\n", float_repr(*t))));
        }
        Some(Outcome::Stopped { t }) => out.push_str(&format!("stopped at {} s\n", float_repr(*t))),
        None => {}
    }
    out
}
