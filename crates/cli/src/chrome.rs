//! The trace in Chrome Trace Event Format: one track per task, with its states as
//! complete events and its prints as instant events. Opens in Perfetto.

use loopscope_engine::Trace;
use loopscope_engine::timeline::Timeline;
use serde_json::{Value, json};

/// Microseconds, Chrome's unit.
fn us(t: f64) -> f64 {
    (t * 1e6).round()
}

pub fn chrome_trace(trace: &Trace) -> String {
    let timeline = Timeline::build(trace, None);
    let mut events: Vec<Value> = vec![json!({
        "name": "process_name", "ph": "M", "pid": 1, "tid": 0,
        "args": {"name": "loopscope (virtual time)"}
    })];
    for lane in &timeline.lanes {
        let tid = lane.task + 1;
        events.push(json!({
            "name": "thread_name", "ph": "M", "pid": 1, "tid": tid,
            "args": {"name": lane.label}
        }));
        events.push(json!({
            "name": "thread_sort_index", "ph": "M", "pid": 1, "tid": tid,
            "args": {"sort_index": tid}
        }));
        for seg in &lane.segments {
            events.push(json!({
                "name": seg.state.as_str(), "cat": "state", "ph": "X", "pid": 1, "tid": tid,
                "ts": us(seg.start), "dur": (us(seg.end) - us(seg.start)).max(1.0),
            }));
        }
    }
    for line in trace.lines() {
        let tid = line.task.map(|t| t + 1).unwrap_or(0);
        events.push(json!({
            "name": "print", "cat": "output", "ph": "i", "s": "t", "pid": 1, "tid": tid,
            "ts": us(line.t), "args": {"text": line.text}
        }));
    }
    json!({"traceEvents": events, "displayTimeUnit": "ms"}).to_string()
}
