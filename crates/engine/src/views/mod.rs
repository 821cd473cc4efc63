//! Views of a [`Trace`](crate::trace::Trace): every picture of a run is computed from the
//! one trace, never recorded separately (ARCHITECTURE.md, invariant 2).
//!
//! - [`timeline`]: each task's lane as state segments (the Gantt chart and the summary);
//! - [`loopview`]: the event loop replayed iteration by iteration (the loop panel);
//! - [`loop_states`]: the CLI's `--loop-states` lines, compared with CPython's own loop;
//! - [`chrome`]: the Chrome trace-event export.
//!
//! Views import only `trace/` and each other, never the VM or asyncio.

pub mod chrome;
pub mod loop_states;
pub mod loopview;
pub mod timeline;

/// Virtual seconds for people (sentences, the page's labels): at least one decimal, at
/// most three (`0.0`, `1.25`, `0.125`, `12.5`). Exact values go elsewhere (the CLI's JSON,
/// the page's `data-*` attributes).
pub fn secs(t: f64) -> String {
    if !t.is_finite() {
        return t.to_string();
    }
    let s = format!("{t:.3}");
    let s = s.trim_end_matches('0');
    if s.ends_with('.') { format!("{s}0") } else { s.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::secs;

    #[test]
    fn seconds_read_well() {
        assert_eq!(secs(0.0), "0.0");
        assert_eq!(secs(1.0), "1.0");
        assert_eq!(secs(1.25), "1.25");
        assert_eq!(secs(0.125), "0.125");
        assert_eq!(secs(0.30000000000000004), "0.3");
        assert_eq!(secs(f64::INFINITY), "inf");
    }
}
