//! What the `run` and `run_memory` targets check (see `run.rs`): one run under the fuzz
//! limits, with a given memory budget, then every view of its trace.

use loopscope_engine::loopview::{LoopCursor, LoopIndex, LoopReplay, Seek};
use loopscope_engine::timeline::Timeline;
use loopscope_engine::{Limits, Outcome, Trace, chrome, native};

pub const LIMITS: Limits = Limits {
    max_steps: 20_000,
    max_tasks: 50,
    max_time: 86_400.0,
    max_lines: 200,
    max_depth: 50,
    max_source: 64 * 1024,
    max_memory: 64 * 1024 * 1024,
};

/// `TypeName` or `TypeName: message`, TypeName an identifier (dots allowed:
/// `asyncio.TimeoutError` is not what Python prints, but do not be stricter than needed).
fn python_style(message: &str) -> bool {
    let name = message.split_once(": ").map_or(message, |(name, _)| name);
    !name.is_empty()
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

fn views(trace: &Trace) {
    let lines = trace.lines();
    assert!(lines.len() <= LIMITS.max_lines, "{} lines printed, limit {}", lines.len(), LIMITS.max_lines);
    let _ = trace.to_jsonl();
    let _ = trace.end_time();
    let _ = chrome::to_chrome_json(trace);

    let timeline = Timeline::build(trace, None);
    let mut explained = 0;
    for lane in &timeline.lanes {
        for seg in &lane.segments {
            assert!(!(seg.start > seg.end), "segment {seg:?} of task {} ends before it starts", lane.task);
            if explained < 40 {
                let _ = loopscope_engine::loopview::explain_segment(trace, lane.task, seg.state, seg.start, seg.end);
                explained += 1;
            }
        }
    }

    // The playhead: the first events one by one, then jumps.
    let index = LoopIndex::build(trace);
    let n = trace.events.len();
    let mut cursor = LoopCursor::new(n);
    for i in (0..n.min(300)).chain([n / 2, n.saturating_sub(1), 0]) {
        let replay: LoopReplay = cursor.seek(trace, i).clone();
        let _ = index.describe_event(trace, i, &replay);
        let _ = index.lines_upto(i);
        let snap = replay.snapshot();
        for h in snap.ready.iter().take(8) {
            let _ = index.describe(trace, h);
        }
    }
    let mut at = None;
    for seek in
        [Seek::Home, Seek::Next, Seek::NextIteration, Seek::End, Seek::Prev, Seek::PrevIteration, Seek::Time(1.0)]
    {
        at = index.target(trace, at, seek);
    }

    // The live view of a run still going: half the events, no outcome yet.
    if n > 1 {
        let partial = Trace { events: trace.events[..n / 2].to_vec(), outcome: None, ..trace.clone() };
        let now = partial.events.last().map(|e| e.t);
        let _ = Timeline::build(&partial, now);
        let _ = partial.lines();
    }
}

/// Runs `data` as a scenario under [`LIMITS`] with a budget of `max_memory` bytes and
/// checks its outcome and its views.
pub fn check(data: &[u8], max_memory: usize) {
    let src = String::from_utf8_lossy(data).into_owned();
    // Deep (but limited) recursion nests polls: a big stack, as `native::run` has, but
    // small enough that the fuzzer's threads do not eat the machine.
    let worker = std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || {
            let trace = native::run_here(&src, Limits { max_memory, ..LIMITS });
            match &trace.outcome {
                None => panic!("the run finished without an outcome"),
                Some(Outcome::Error { message, .. }) => {
                    assert!(python_style(message), "not a Python-style error: {message:?}");
                    assert!(!message.contains("Loopscope bug"), "{message}");
                    assert!(!message.contains("nothing will wake it"), "{message}");
                }
                Some(Outcome::Stopped { .. }) => panic!("nobody stopped this run"),
                Some(Outcome::End { .. }) => {}
            }
            // Everything the run allocated, cycles included, is freed when it ends
            // (issue 14); this thread ran nothing else.
            let live = loopscope_engine::live_objects();
            assert_eq!(live, 0, "{live} Python objects outlive the run");
            views(&trace);
        })
        .expect("spawn the run thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
}
