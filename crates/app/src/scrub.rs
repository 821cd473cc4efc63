//! Scrubbing through a finished run (issue 7): where the playhead is, and what the views
//! show there. Everything comes from the run's trace through the engine's `loopview`
//! (no re-execution, no model of the loop here): a [`LoopCursor`] moves through the trace
//! (forward by replaying, backward from its checkpoints), so a move costs at most a few
//! thousand events however long the run was.

use std::rc::Rc;

use loopscope_engine::loopview::waits::panel_prims;
use loopscope_engine::loopview::{LoopCursor, LoopIndex, LoopReplay, Seek};
use loopscope_engine::trace::{EventKind, TaskId, TimerKind, Trace};
use yew::AttrValue;

use crate::model::{Recorded, colour, secs};

/// Entries of the ready queue and timers drawn at most (the rest are counted).
pub const ITEMS_MAX: usize = 50;

/// The playhead between the first event and the end of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Cut {
    /// The last event that has happened.
    pub index: usize,
    /// Its virtual time: the loop's clock.
    pub t: f64,
    /// Printed lines begun by then.
    pub lines: usize,
    /// What a screen reader says of the playhead's position.
    pub text: String,
}

/// A task as the panel shows it.
#[derive(Debug, Clone)]
pub struct TaskRef {
    pub id: TaskId,
    pub label: String,
    pub colour: String,
}

/// An entry of the ready queue.
#[derive(Debug, Clone)]
pub struct ReadyItem {
    pub task: Option<TaskRef>,
    pub text: String,
}

/// A pending timer.
#[derive(Debug, Clone)]
pub struct TimerItem {
    pub task: Option<TaskRef>,
    pub deadline: f64,
    pub text: String,
}

/// Tasks waiting on a primitive for one thing (a queue's getters), first first.
#[derive(Debug, Clone)]
pub struct WaiterGroup {
    /// `get`, `put`, `join`, `acquire`, `wait`, `exit`, `next`.
    pub role: &'static str,
    pub tasks: Vec<TaskRef>,
}

/// A queue, lock, event, semaphore, condition or task group at the playhead.
#[derive(Debug, Clone)]
pub struct PrimItem {
    /// `queue q`, `lock`, `semaphore #2`.
    pub title: String,
    /// `queue`, `lock`, `event`, `semaphore`, `condition`, `taskgroup`, `wait`.
    pub kind: &'static str,
    /// `1 of 2 items · 3 unfinished`, `locked by worker(1)`, `value 0`.
    pub state: String,
    pub groups: Vec<WaiterGroup>,
}

/// What the event-loop panel shows at the playhead.
#[derive(Debug, Clone)]
pub struct PanelData {
    /// The playhead's event (`None`: at the end, the full view).
    pub index: Option<usize>,
    pub events: usize,
    pub t: f64,
    /// The loop iteration in progress (`None`: before the first one).
    pub iteration: Option<u64>,
    pub iterations: usize,
    /// The event at the playhead, in words.
    pub event: String,
    pub running: Option<TaskRef>,
    /// A task in `time.sleep`, holding the loop until the given time.
    pub blocked: Option<(TaskRef, f64)>,
    pub ready: Vec<ReadyItem>,
    pub ready_total: usize,
    pub timers: Vec<TimerItem>,
    pub timers_total: usize,
    /// The program's queues, locks, events... made so far, with their waiters.
    pub prims: Vec<PrimItem>,
    pub prims_total: usize,
    /// From this virtual time on the trace has no loop details (a very long run).
    pub truncated: Option<f64>,
}

/// A line of the source where tasks stand at the playhead.
#[derive(Debug, Clone, PartialEq)]
pub struct StandMark {
    /// 1-based.
    pub line: u32,
    /// The colour of the first task standing there.
    pub colour: String,
    /// The tasks standing there (the current one first).
    pub count: usize,
    pub first: String,
    /// The current task (running, or whose step just ended) stands here.
    pub current: bool,
    /// ... and it is running: it resumed from this `await` and has not reached the next.
    pub running: bool,
}

/// Everything the views need at the playhead.
#[derive(Debug, Clone)]
pub struct ScrubView {
    /// `None`: the full view (the playhead at the end).
    pub at: Option<Cut>,
    pub panel: Rc<PanelData>,
    pub stands: Rc<Vec<StandMark>>,
}

/// The playhead of a finished run.
pub struct Scrubber {
    rec: Recorded,
    /// The source the run ran (the editor's marks only make sense for it).
    source: AttrValue,
    index: LoopIndex,
    cursor: LoopCursor,
    pos: Option<usize>,
}

impl Scrubber {
    /// A playhead for a run, at its end; `None` if the run recorded nothing.
    pub fn new(rec: Recorded, source: AttrValue) -> Option<Scrubber> {
        let (index, events) = {
            let trace = rec.trace();
            (LoopIndex::build(&trace), trace.events.len())
        };
        (events > 0).then(|| Scrubber { rec, source, index, cursor: LoopCursor::new(events), pos: None })
    }

    pub fn record(&self) -> &Recorded {
        &self.rec
    }

    pub fn source(&self) -> &AttrValue {
        &self.source
    }

    /// Moves the playhead; returns whether it moved.
    pub fn seek(&mut self, seek: Seek) -> bool {
        let target = self.index.target(&self.rec.trace(), self.pos, seek);
        if target == self.pos {
            return false;
        }
        self.pos = target;
        true
    }

    /// The views at the playhead.
    pub fn view(&mut self) -> ScrubView {
        let trace = self.rec.trace();
        let events = trace.events.len();
        let iterations = self.index.iterations.len();
        let Some(index) = self.pos.filter(|&i| i < events) else {
            let t = trace.end_time().or(trace.events.last().map(|e| e.t)).unwrap_or(0.0);
            let panel = PanelData {
                index: None,
                events,
                t,
                iteration: None,
                iterations,
                event: String::new(),
                running: None,
                blocked: None,
                ready: Vec::new(),
                ready_total: 0,
                timers: Vec::new(),
                timers_total: 0,
                prims: Vec::new(),
                prims_total: 0,
                truncated: trace.detail_truncated_at,
            };
            return ScrubView { at: None, panel: Rc::new(panel), stands: Rc::default() };
        };
        let replay = self.cursor.seek(&trace, index);
        let t = replay.now();
        let snap = replay.snapshot();
        let task = |id: TaskId| task_ref(&trace, id);
        let ready = snap
            .ready
            .iter()
            .take(ITEMS_MAX)
            .map(|h| ReadyItem { task: self.index.handle_task(h).map(task), text: self.index.describe(&trace, h) })
            .collect();
        let timers = snap
            .timers
            .iter()
            .take(ITEMS_MAX)
            .map(|p| {
                let whose = p.task.map(|id| label(&trace, id)).unwrap_or_else(|| "a task".to_owned());
                let text = match p.kind {
                    TimerKind::SleepWake => format!("end the sleep of {whose}"),
                    TimerKind::WaitForTimeout => format!("wait_for timeout: cancel what {whose} waits for"),
                    TimerKind::Callback => format!("a callback {whose} scheduled"),
                    TimerKind::Timeout => format!("timeout: cancel {whose}"),
                };
                TimerItem { task: p.task.map(task), deadline: p.deadline, text }
            })
            .collect();
        let all_prims = panel_prims(&trace, replay);
        let prims_total = all_prims.len();
        let prims = all_prims
            .into_iter()
            .take(ITEMS_MAX)
            .map(|p| PrimItem {
                title: p.title,
                kind: p.family,
                state: p.state,
                groups: p
                    .groups
                    .into_iter()
                    .filter(|g| !g.tasks.is_empty())
                    .map(|g| WaiterGroup {
                        role: g.role,
                        tasks: g.tasks.into_iter().take(ITEMS_MAX).map(task).collect(),
                    })
                    .collect(),
            })
            .collect();
        let current = snap.running.or_else(|| match trace.events[index].kind {
            EventKind::StepEnd { task, .. } => Some(task),
            _ => None,
        });
        let panel = PanelData {
            index: Some(index),
            events,
            t,
            iteration: snap.iteration.checked_sub(1),
            iterations,
            event: self.index.describe_event(&trace, index, replay),
            running: snap.running.map(task),
            blocked: snap.blocked.map(|(id, until)| (task(id), until)),
            ready,
            ready_total: snap.ready.len(),
            timers,
            timers_total: snap.timers.len(),
            prims,
            prims_total,
            truncated: trace.detail_truncated_at.filter(|&at| t >= at),
        };
        let stands = stand_marks(&trace, replay, current, snap.running);
        let lines = self.index.lines_upto(index);
        let text = format!("{} s, event {} of {events}", secs(t), index + 1);
        ScrubView { at: Some(Cut { index, t, lines, text }), panel: Rc::new(panel), stands: Rc::new(stands) }
    }
}

fn label(trace: &Trace, id: TaskId) -> String {
    trace.tasks.get(id as usize).map_or_else(|| format!("task {id}"), |t| t.label.clone())
}

fn task_ref(trace: &Trace, id: TaskId) -> TaskRef {
    TaskRef { id, label: label(trace, id), colour: colour(Some(id)) }
}

/// The lines where tasks stand, in line order, the current task first on its line.
fn stand_marks(trace: &Trace, replay: &LoopReplay, current: Option<TaskId>, running: Option<TaskId>) -> Vec<StandMark> {
    // By line: (first task, tasks standing there); line numbers are the source's (small).
    let mut by_line: Vec<Option<(TaskId, usize)>> = Vec::new();
    for (id, line) in replay.stands().iter().enumerate() {
        let Some(line) = line.and_then(|l| usize::try_from(l).ok()) else { continue };
        if by_line.len() <= line {
            by_line.resize(line + 1, None);
        }
        let id = id as TaskId;
        let entry = by_line[line].get_or_insert((id, 0));
        entry.1 += 1;
        if Some(id) == current {
            entry.0 = id;
        }
    }
    by_line
        .iter()
        .enumerate()
        .filter_map(|(line, entry)| {
            let (first, count) = (*entry)?;
            let is_current = Some(first) == current;
            Some(StandMark {
                line: line as u32,
                colour: colour(Some(first)),
                count,
                first: label(trace, first),
                current: is_current,
                running: is_current && running == current,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use loopscope_engine::{InstantHost, Limits};

    fn recorded(source: &str) -> Recorded {
        let (handle, fut) = loopscope_engine::start(source, Limits::default(), std::rc::Rc::new(InstantHost));
        let ex = loopscope_engine::native::Executor::default();
        ex.spawn(fut);
        let _ = ex.run();
        Recorded { run: 1, handle }
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn the_playhead_shows_the_loop_at_the_first_event_at_one_second() {
        let source = crate::presets::find("02_seed_create_task").map_or("", |p| p.source);
        let mut s = Scrubber::new(recorded(source), AttrValue::from(source)).expect("events");
        assert_eq!(s.view().at, None, "a new playhead is at the end");
        assert!(s.seek(Seek::Home));
        while s.view().at.as_ref().is_some_and(|c| c.t < 1.0) {
            assert!(s.seek(Seek::Next));
        }
        let view = s.view();
        let cut = view.at.expect("a cut");
        assert_eq!((cut.t, cut.lines), (1.0, 2));
        assert_eq!(view.panel.iteration, Some(2));
        assert!(view.panel.ready.is_empty());
        let timers: Vec<(&str, f64)> =
            view.panel.timers.iter().map(|t| (t.task.as_ref().map_or("", |r| r.label.as_str()), t.deadline)).collect();
        assert_eq!(timers, [("main()", 1.0), ("countdown(\"task A\", 3)", 1.0), ("countdown(\"task B\", 2)", 1.0)]);
        let lines: Vec<(u32, usize)> = view.stands.iter().map(|m| (m.line, m.count)).collect();
        assert_eq!(lines, [(7, 2), (17, 1)]);
        // One iteration on: three wake-ups are ready.
        assert!(s.seek(Seek::NextIteration));
        let view = s.view();
        assert_eq!(view.panel.ready.len(), 3);
        assert_eq!(view.panel.ready[0].text, "wake main(): its sleep ended");
        // End: the full view.
        assert!(s.seek(Seek::End));
        assert!(s.view().at.is_none() && s.view().stands.is_empty());
        assert!(!s.seek(Seek::Next));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    fn the_panel_shows_the_queues_waiters_at_the_playhead() {
        let source = crate::presets::find("13_queue_producer_consumer").map_or("", |p| p.source);
        let mut s = Scrubber::new(recorded(source), AttrValue::from(source)).expect("events");
        assert!(s.seek(Seek::Home));
        // Move on until main() waits to put the third job: the queue is full.
        let mut seen_full = false;
        let mut seen_join = false;
        while s.seek(Seek::Next) {
            let view = s.view();
            let Some(q) = view.panel.prims.first() else { continue };
            assert_eq!((view.panel.prims_total, q.title.as_str(), q.kind), (1, "queue", "queue"));
            let group = |role: &str| {
                q.groups.iter().find(|g| g.role == role).map(|g| g.tasks.iter().map(|t| t.label.clone()).collect())
            };
            if !seen_full && group("put") == Some(vec!["main()".to_owned()]) {
                seen_full = true;
                assert!(q.state.starts_with("2 of 2 items"), "{}", q.state);
            }
            // (One event after the last task_done(), main() is still listed: its wake-up
            // comes with the next event, when the join event is set.)
            if group("join") == Some(vec!["main()".to_owned()]) && q.state.ends_with("unfinished") {
                seen_join = true;
            }
            // Workers wait to get only while the queue is empty.
            if let Some(getters) = group("get") {
                assert!(q.state.starts_with("0 of 2"), "{getters:?} wait on {}", q.state);
            }
        }
        assert!(seen_full && seen_join);
    }
}
