//! The trace in Chrome Trace Event Format (opens in Perfetto and chrome://tracing): one
//! track per task with its states as complete events (a waiting one says what it waits
//! on) and its prints as instant events, a "loop" track with the iterations, the handles
//! queued and the timers, and a counter per queue, lock, event, semaphore and task group
//! (its state and how many tasks wait on it).

use crate::trace::{EventKind, HandleInfo, PrimId, PrimValue, Suspend, Trace, json_string};
use crate::views::loopview::waits::{created_words, waiting_words};
use crate::views::loopview::{LoopIndex, LoopReplay};
use crate::views::timeline::Timeline;
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
            let args = match seg.on {
                Some(on) => {
                    let what = waiting_words(trace, lane.task, seg.start).unwrap_or_default();
                    format!(r#","args":{{"on":"{}","what":{}}}"#, on.as_str(), json_string(&what))
                }
                None => String::new(),
            };
            events.push(format!(
                r#"{{"name":"{}","cat":"state","ph":"X","pid":1,"tid":{tid},"ts":{ts},"dur":{}{args}}}"#,
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
    prim_counters(trace, &mut events);
    let mut out = String::from("{\"traceEvents\":[\n");
    for (i, e) in events.iter().enumerate() {
        let _ = writeln!(out, "{}{e}", if i > 0 { "," } else { "" });
    }
    out.push_str("],\"displayTimeUnit\":\"ms\"}\n");
    out
}

/// A counter per primitive, written when its state or its number of waiters changes.
fn prim_counters(trace: &Trace, events: &mut Vec<String>) {
    let mut replay = LoopReplay::default();
    let mut last: Vec<Option<(Option<PrimValue>, usize)>> = vec![None; trace.prims.len()];
    for (i, ev) in trace.events.iter().enumerate() {
        // The primitive whose waiters this event can change (found before it applies).
        let touched: Option<PrimId> = match &ev.kind {
            EventKind::PrimCreated { prim } | EventKind::PrimState { prim, .. } => Some(*prim),
            EventKind::StepEnd { reason: Suspend::AwaitPrim { prim, .. }, .. } => Some(*prim),
            EventKind::Queued { handle: HandleInfo::Wakeup { task, .. } }
            | EventKind::StepStart { task }
            | EventKind::TaskFinished { task, .. } => replay.waiting_on(*task),
            _ => None,
        };
        replay.apply(trace, i);
        let Some(prim) = touched else { continue };
        let Some(live) = replay.prims().get(prim as usize) else { continue };
        let now = (live.state, live.waiters.len());
        let Some(slot) = last.get_mut(prim as usize) else { continue };
        if *slot == Some(now) {
            continue;
        }
        *slot = Some(now);
        if matches!(ev.kind, EventKind::PrimCreated { .. }) {
            events.push(format!(
                r#"{{"name":"created","cat":"prim","ph":"i","s":"t","pid":1,"tid":0,"ts":{},"args":{{"what":{}}}}}"#,
                us(ev.t),
                json_string(&created_words(trace, prim))
            ));
        }
        let state = match live.state {
            Some(PrimValue::Queue { size, unfinished }) => format!(r#""size":{size},"unfinished":{unfinished},"#),
            Some(PrimValue::Lock { locked, .. }) => format!(r#""locked":{},"#, u8::from(locked)),
            Some(PrimValue::Event { set }) => format!(r#""set":{},"#, u8::from(set)),
            Some(PrimValue::Semaphore { value }) => format!(r#""value":{value},"#),
            Some(PrimValue::TaskGroup { tasks }) => format!(r#""tasks":{tasks},"#),
            None => String::new(),
        };
        events.push(format!(
            r#"{{"name":{},"cat":"prim","ph":"C","pid":1,"tid":0,"ts":{},"args":{{{state}"waiting":{}}}}}"#,
            json_string(&trace.prim_title(prim)),
            us(ev.t),
            live.waiters.len()
        ));
    }
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

    #[test]
    fn chrome_trace_names_what_waiting_tasks_wait_on_and_counts_the_primitives() {
        let src = "import asyncio\nasync def worker(q):\n    print(await q.get())\nasync def main():\n    q = asyncio.Queue()\n    t = asyncio.create_task(worker(q))\n    await asyncio.sleep(1)\n    await q.put('x')\n    await t\nasyncio.run(main())\n";
        let json = to_chrome_json(&native::run(src, Limits::default()));
        assert!(json.contains(r#""args":{"on":"queue","what":"waiting on queue q (empty)"}"#), "{json}");
        assert!(json.contains(r#""name":"queue q","cat":"prim","ph":"C""#), "{json}");
        assert!(json.contains(r#""args":{"size":0,"unfinished":0,"waiting":1}"#), "{json}");
        assert!(json.contains(r#""args":{"size":1,"unfinished":1,"waiting":0}"#), "{json}");
    }
}
