//! The trace in Chrome Trace Event Format (opens in Perfetto and chrome://tracing): one
//! track per task with its states as complete events and its prints as instant events,
//! plus a "loop" track with the iterations, the handles queued and the timers.

use crate::loopview::LoopIndex;
use crate::timeline::Timeline;
use crate::trace::{EventKind, Trace, json_string};
use std::fmt::Write;

/// Virtual seconds to Chrome's microseconds.
fn us(t: f64) -> f64 {
    (t * 1e6).round()
}

/// Writes `{"traceEvents": [...], "displayTimeUnit": "ms"}`.
pub fn to_chrome_json(trace: &Trace) -> String {
    let timeline = Timeline::build(trace, None);
    let mut events: Vec<String> = Vec::new();
    let mut meta = |tid: u32, name: &str| {
        events.push(format!(
            r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{tid},"args":{{"name":{}}}}}"#,
            json_string(name)
        ));
        events.push(format!(
            r#"{{"name":"thread_sort_index","ph":"M","pid":1,"tid":{tid},"args":{{"sort_index":{tid}}}}}"#
        ));
    };
    meta(0, "event loop");
    for lane in &timeline.lanes {
        meta(lane.task + 1, &lane.label);
    }
    events
        .push(r#"{"name":"process_name","ph":"M","pid":1,"tid":0,"args":{"name":"loopscope (virtual time)"}}"#.into());
    for lane in &timeline.lanes {
        let tid = lane.task + 1;
        for seg in &lane.segments {
            let (ts, end) = (us(seg.start), us(seg.end));
            events.push(format!(
                r#"{{"name":"{}","cat":"state","ph":"X","pid":1,"tid":{tid},"ts":{ts},"dur":{}}}"#,
                seg.state.as_str(),
                (end - ts).max(1.0)
            ));
        }
    }
    for line in trace.lines() {
        let tid = line.task.map(|t| t + 1).unwrap_or(0);
        events.push(format!(
            r#"{{"name":"print","cat":"output","ph":"i","s":"t","pid":1,"tid":{tid},"ts":{},"args":{{"text":{}}}}}"#,
            us(line.t),
            json_string(&line.text)
        ));
    }
    let index = LoopIndex::build(trace);
    for ev in &trace.events {
        let (name, args) = match &ev.kind {
            EventKind::Iteration { n } => ("iteration", format!(r#"{{"n":{n}}}"#)),
            EventKind::Queued { handle } => {
                ("queued", format!(r#"{{"what":{}}}"#, json_string(&index.describe(trace, handle))))
            }
            EventKind::TimerScheduled { seq, deadline, .. } => {
                ("timer scheduled", format!(r#"{{"seq":{seq},"deadline":{}}}"#, crate::format::float_repr(*deadline)))
            }
            EventKind::TimerCancelled { seq } => ("timer cancelled", format!(r#"{{"seq":{seq}}}"#)),
            _ => continue,
        };
        events.push(format!(
            r#"{{"name":"{name}","cat":"loop","ph":"i","s":"t","pid":1,"tid":0,"ts":{},"args":{args}}}"#,
            us(ev.t)
        ));
    }
    let mut out = String::from("{\"traceEvents\":[\n");
    for (i, e) in events.iter().enumerate() {
        let _ = writeln!(out, "{}{e}", if i > 0 { "," } else { "" });
    }
    out.push_str("],\"displayTimeUnit\":\"ms\"}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Limits, native};

    #[test]
    fn chrome_trace_has_a_track_per_task_and_the_prints() {
        let src = "import asyncio\nasync def w(n):\n    print('w', n)\n    await asyncio.sleep(n)\nasync def main():\n    await asyncio.gather(w(1), w(2))\nasyncio.run(main())\n";
        let json = to_chrome_json(&native::run(src, Limits::default()));
        assert!(json.contains(r#""args":{"name":"w(1)"}"#), "{json}");
        assert!(json.contains(r#""args":{"name":"main()"}"#));
        assert_eq!(json.matches(r#""name":"print""#).count(), 2);
        assert!(json.contains(r#""name":"sleeping""#));
        assert!(json.starts_with("{\"traceEvents\":["));
    }
}
