//! What waiting tasks wait on, in words (queues, locks, events, semaphores, conditions,
//! task groups, `asyncio.wait`, `shield`...), the primitives' state changes in words, and
//! the primitives as the event-loop panel shows them at an instant: each with its state
//! and its waiters in order, a part (a queue's `join` event, a condition's lock) folded
//! into its owner.

use super::{LoopReplay, label, names, secs};
use crate::trace::{
    EventKind, PrimId, PrimKind, PrimOp, PrimRole, PrimValue, Suspend, TaskId, Trace, WaitMode, WakeCause,
};

/// What a task waiting on primitive `prim` for `op` waits for, without the verb:
/// `on queue q (empty)`, `for lock`, `for event go to be set`.
pub fn prim_wait_core(trace: &Trace, prim: PrimId, op: PrimOp) -> String {
    let title = trace.prim_title(prim);
    let p = trace.prims.get(prim as usize);
    let role = p.map_or(PrimRole::Own, |p| p.role);
    let kind = p.map(|p| p.kind);
    match (op, role, kind) {
        (PrimOp::Get, PrimRole::AsCompleted, _) => "in as_completed for the next task to finish".to_owned(),
        (PrimOp::Get, ..) => format!("on {title} (empty)"),
        (PrimOp::Put, ..) => format!("on {title} (full)"),
        (PrimOp::Wait, PrimRole::JoinOf(_), _) => format!("for {title} to be fully processed (join)"),
        (PrimOp::Wait, _, Some(PrimKind::Condition)) => format!("on {title} until it is notified"),
        (PrimOp::Wait, ..) => format!("for {title} to be set"),
        (PrimOp::Acquire, _, Some(PrimKind::Semaphore | PrimKind::BoundedSemaphore)) => {
            format!("on {title} (no slot free)")
        }
        (PrimOp::Acquire, ..) => format!("for {title}"),
        (PrimOp::Exit, ..) => format!("for the tasks of {title} to finish"),
    }
}

/// What a task suspended for `reason` waits for, without the verb (`None`: it sleeps or
/// yields): `for countdown(3) to finish`, `on queue q (empty)`.
pub fn wait_core(trace: &Trace, reason: &Suspend) -> Option<String> {
    let l = |t: TaskId| label(trace, t);
    Some(match reason {
        Suspend::Sleep { .. } | Suspend::Yield => return None,
        Suspend::AwaitTask { task } => format!("for {} to finish", l(*task)),
        Suspend::AwaitCancel { task } => format!("for the cancelled {} to end", l(*task)),
        Suspend::AwaitGather { tasks } => match tasks.as_slice() {
            [one] => format!("for {} (its gather)", l(*one)),
            _ => format!("for a gather of {} tasks", tasks.len()),
        },
        Suspend::AwaitWaitFor { task, deadline } => {
            format!("for {} (wait_for, at most until {} s)", l(*task), secs(*deadline))
        }
        Suspend::AwaitFuture => "for a future".to_owned(),
        Suspend::AwaitShield { task: Some(t) } => format!("for the shielded {}", l(*t)),
        Suspend::AwaitShield { task: None } => "for a shielded future".to_owned(),
        Suspend::AwaitWait(w) => {
            let crate::trace::WaitSpec { tasks, mode, deadline } = &**w;
            let who = if tasks.is_empty() { "its futures".to_owned() } else { names(trace, tasks) };
            let what = match mode {
                WaitMode::FirstCompleted => format!("in asyncio.wait for the first of {who} to finish"),
                WaitMode::FirstException => format!("in asyncio.wait for {who} (or the first exception)"),
                WaitMode::AllCompleted => format!("in asyncio.wait for {who}"),
            };
            match deadline {
                Some(d) => format!("{what}, at most until {} s", secs(*d)),
                None => what,
            }
        }
        Suspend::AwaitPrim { prim, op } => prim_wait_core(trace, *prim, *op),
    })
}

/// The hover text of a `waiting` segment of `task` that begins at `start`: `waiting on
/// queue q (empty)`, `waiting for lock (held by worker(1))`.
pub fn waiting_words(trace: &Trace, task: TaskId, start: f64) -> Option<String> {
    let events = &trace.events;
    let from = events.partition_point(|e| e.t < start);
    let until = events.partition_point(|e| e.t <= start);
    let (at, reason) = (from..until).rev().find_map(|i| match &events[i].kind {
        EventKind::StepEnd { task: t, reason, .. } if *t == task => Some((i, reason)),
        _ => None,
    })?;
    let core = wait_core(trace, reason)?;
    let held = match reason {
        Suspend::AwaitPrim { prim, op: PrimOp::Acquire } => match last_state(trace, *prim, at) {
            Some(PrimValue::Lock { owner: Some(o), .. }) if o != task => format!(" (held by {})", label(trace, o)),
            _ => String::new(),
        },
        _ => String::new(),
    };
    Some(format!("waiting {core}{held}"))
}

/// Events looked back through for a primitive's state.
const LOOK_BACK: usize = 100_000;

/// The state of `prim` just before event `index`.
fn last_state(trace: &Trace, prim: PrimId, index: usize) -> Option<PrimValue> {
    let events = trace.events.get(..index)?;
    events.iter().rev().take(LOOK_BACK).find_map(|e| match e.kind {
        EventKind::PrimState { prim: p, state } if p == prim => Some(state),
        _ => None,
    })
}

/// Why a task waiting on a primitive (or in `wait`, `shield`...) is woken.
pub fn wake_words(trace: &Trace, cause: WakeCause) -> Option<String> {
    Some(match cause {
        WakeCause::Prim { prim, op } => {
            let title = trace.prim_title(prim);
            let p = trace.prims.get(prim as usize);
            match (op, p.map(|p| p.role), p.map(|p| p.kind)) {
                (PrimOp::Get, Some(PrimRole::AsCompleted), _) => "as_completed has a finished task".to_owned(),
                (PrimOp::Get, ..) => format!("{title} has an item"),
                (PrimOp::Put, ..) => format!("{title} has room"),
                (PrimOp::Wait, Some(PrimRole::JoinOf(_)), _) => format!("{title} is fully processed"),
                (PrimOp::Wait, _, Some(PrimKind::Condition)) => format!("{title} was notified"),
                (PrimOp::Wait, ..) => format!("{title} is set"),
                (PrimOp::Acquire, _, Some(PrimKind::Semaphore | PrimKind::BoundedSemaphore)) => {
                    format!("{title} has a free slot for it")
                }
                (PrimOp::Acquire, ..) => format!("{title} is free for it"),
                (PrimOp::Exit, ..) => format!("the tasks of {title} are done"),
            }
        }
        WakeCause::Wait => "asyncio.wait is done waiting".to_owned(),
        WakeCause::Shield => "the shielded awaitable is done".to_owned(),
        WakeCause::Future => "its future is done".to_owned(),
        WakeCause::Cancelled => "it is cancelled".to_owned(),
        _ => return None,
    })
}

/// A callback of the ready queue, by its name: asyncio's own in words, the program's as
/// `call name()`.
pub fn callback_words(name: Option<&str>) -> String {
    match name {
        Some("_on_task_done") => "task group: note that one of its tasks is done".to_owned(),
        Some("_on_completion") => "asyncio.wait / as_completed: note that a task is done".to_owned(),
        Some("_inner_done_callback") => "shield: pass the inner result on".to_owned(),
        Some("_outer_done_callback") => "shield: the outer future is done".to_owned(),
        Some("_on_timeout") => "timeout: cancel the task".to_owned(),
        Some(n) => format!("call {n}()"),
        None => "a callback".to_owned(),
    }
}

/// A primitive's creation, in words.
pub fn created_words(trace: &Trace, prim: PrimId) -> String {
    let Some(p) = trace.prims.get(prim as usize) else { return "A primitive is created".to_owned() };
    let title = trace.prim_title(prim);
    match (p.role, p.kind, p.size) {
        (PrimRole::JoinOf(_), ..) => format!("{title} gets its join event"),
        (PrimRole::LockOf(_), ..) => format!("{title} is created"),
        (PrimRole::AsCompleted, ..) => "as_completed makes its queue of finished tasks".to_owned(),
        (_, PrimKind::Queue | PrimKind::LifoQueue | PrimKind::PriorityQueue, Some(n)) if n > 0 => {
            format!("{} is created (maxsize {n})", capital(&title))
        }
        (_, PrimKind::Semaphore | PrimKind::BoundedSemaphore, Some(n)) => {
            format!("{} is created with value {n}", capital(&title))
        }
        _ => format!("{} is created", capital(&title)),
    }
}

/// A primitive's new state, in words.
pub fn state_words(trace: &Trace, prim: PrimId, state: PrimValue) -> String {
    let title = capital(&trace.prim_title(prim));
    let joined = trace.prims.get(prim as usize).is_some_and(|p| matches!(p.role, PrimRole::JoinOf(_)));
    match state {
        PrimValue::Queue { size, unfinished } => {
            let items = plural(size, "item");
            if unfinished > size {
                format!("{title} holds {items} ({unfinished} not yet marked task_done)")
            } else {
                format!("{title} holds {items}")
            }
        }
        PrimValue::Lock { locked: true, owner: Some(o) } => format!("{title} is acquired by {}", label(trace, o)),
        PrimValue::Lock { locked: true, owner: None } => format!("{title} is acquired"),
        PrimValue::Lock { locked: false, .. } => format!("{title} is released"),
        PrimValue::Event { set: true } if joined => format!("{title}: every item is done, join() can return"),
        PrimValue::Event { set: false } if joined => format!("{title} has unfinished items: join() would wait"),
        PrimValue::Event { set: true } => format!("{title} is set"),
        PrimValue::Event { set: false } => format!("{title} is cleared"),
        PrimValue::Semaphore { value } => format!("{title}'s value is now {value}"),
        PrimValue::TaskGroup { tasks } => format!("{title} has {} running", plural(tasks, "task")),
    }
}

fn plural(n: u32, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A group of waiters of a primitive in the panel: what they want and who, first first.
#[derive(Debug, Clone, PartialEq)]
pub struct WaiterGroup {
    /// `get`, `put`, `join`, `acquire`, `wait`, `exit`.
    pub role: &'static str,
    pub tasks: Vec<TaskId>,
}

/// A primitive as the event-loop panel shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PrimView {
    pub id: PrimId,
    /// `queue q`, `lock`, `semaphore #2`.
    pub title: String,
    /// `queue`, `lock`, `event`, `semaphore`, `condition`, `taskgroup`, `wait`
    /// (`as_completed`): as `data-on` says.
    pub family: &'static str,
    /// `2 of 2 items · 3 unfinished`, `locked by worker(1)`, `value 0 of 3`, `set`.
    pub state: String,
    /// Its waiters (and its parts' waiters), in the order they will be let go.
    pub groups: Vec<WaiterGroup>,
}

impl PrimView {
    /// All its waiting tasks.
    pub fn waiting(&self) -> usize {
        self.groups.iter().map(|g| g.tasks.len()).sum()
    }
}

/// The program's primitives at the replay's instant, in creation order, parts folded
/// into their owners.
pub fn panel_prims(trace: &Trace, replay: &LoopReplay) -> Vec<PrimView> {
    let live = replay.prims();
    // Parts by owner: (join event, own lock).
    let mut join_of = vec![None; live.len()];
    let mut lock_of = vec![None; live.len()];
    for (id, info) in trace.prims.iter().enumerate().take(live.len()) {
        match info.role {
            PrimRole::JoinOf(o) if (o as usize) < live.len() => join_of[o as usize] = Some(id),
            PrimRole::LockOf(o) if (o as usize) < live.len() => lock_of[o as usize] = Some(id),
            _ => {}
        }
    }
    let waiters = |id: usize, op: Option<PrimOp>| -> Vec<TaskId> {
        live.get(id)
            .map(|p| p.waiters.iter().filter(|w| op.is_none_or(|o| w.1 == o)).map(|w| w.0).collect())
            .unwrap_or_default()
    };
    let group = |role: &'static str, tasks: Vec<TaskId>| WaiterGroup { role, tasks };
    let mut out = Vec::new();
    for (id, info) in trace.prims.iter().enumerate().take(live.len()) {
        if matches!(info.role, PrimRole::JoinOf(_) | PrimRole::LockOf(_)) {
            continue;
        }
        let state = live[id].state;
        let (family, state, groups) = match info.kind {
            _ if info.role == PrimRole::AsCompleted => {
                let ready = match state {
                    Some(PrimValue::Queue { size, .. }) => format!("{} done, not yet taken", plural(size, "task")),
                    _ => String::new(),
                };
                ("wait", ready, vec![group("next", waiters(id, Some(PrimOp::Get)))])
            }
            PrimKind::Queue | PrimKind::LifoQueue | PrimKind::PriorityQueue => {
                let (size, unfinished) = match state {
                    Some(PrimValue::Queue { size, unfinished }) => (size, unfinished),
                    _ => (0, 0),
                };
                let mut text = match info.size {
                    Some(max) if max > 0 => format!("{size} of {max} items"),
                    _ => plural(size, "item"),
                };
                if unfinished > 0 {
                    text.push_str(&format!(" · {unfinished} unfinished"));
                }
                let mut groups =
                    vec![group("get", waiters(id, Some(PrimOp::Get))), group("put", waiters(id, Some(PrimOp::Put)))];
                if let Some(j) = join_of[id] {
                    groups.push(group("join", waiters(j, None)));
                }
                ("queue", text, groups)
            }
            PrimKind::Lock => ("lock", lock_words(trace, state), vec![group("acquire", waiters(id, None))]),
            PrimKind::Event => {
                let text = match state {
                    Some(PrimValue::Event { set: true }) => "set",
                    _ => "not set",
                };
                ("event", text.to_owned(), vec![group("wait", waiters(id, None))])
            }
            PrimKind::Semaphore | PrimKind::BoundedSemaphore => {
                let value = match state {
                    Some(PrimValue::Semaphore { value }) => value,
                    _ => 0,
                };
                let text = match info.size {
                    Some(initial) if info.kind == PrimKind::BoundedSemaphore => format!("value {value} of {initial}"),
                    _ => format!("value {value}"),
                };
                ("semaphore", text, vec![group("acquire", waiters(id, None))])
            }
            PrimKind::Condition => {
                let mut groups = vec![group("wait", waiters(id, None))];
                let text = match lock_of[id] {
                    Some(l) => {
                        groups.push(group("acquire", waiters(l, None)));
                        format!("its lock: {}", lock_words(trace, live[l].state))
                    }
                    None => String::new(),
                };
                ("condition", text, groups)
            }
            PrimKind::TaskGroup => {
                let tasks = match state {
                    Some(PrimValue::TaskGroup { tasks }) => tasks,
                    _ => 0,
                };
                ("taskgroup", format!("{} running", plural(tasks, "task")), vec![group("exit", waiters(id, None))])
            }
        };
        out.push(PrimView { id: id as PrimId, title: trace.prim_title(id as PrimId), family, state, groups });
    }
    out
}

fn lock_words(trace: &Trace, state: Option<PrimValue>) -> String {
    match state {
        Some(PrimValue::Lock { locked: true, owner: Some(o) }) => format!("locked by {}", label(trace, o)),
        Some(PrimValue::Lock { locked: true, owner: None }) => "locked".to_owned(),
        _ => "free".to_owned(),
    }
}

/// The waiters of a group, for a screen: `consumer(1), consumer(2)`.
pub fn group_words(trace: &Trace, g: &WaiterGroup) -> String {
    let who: Vec<String> = g.tasks.iter().map(|t| label(trace, *t)).collect();
    format!("{}: {}", g.role, who.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::loopview::LoopIndex;
    use crate::views::timeline::{State, Timeline, WaitOn};
    use crate::{Limits, native};

    const QUEUE: &str = "import asyncio\n\nasync def consumer(q, n, delay=0):\n    await asyncio.sleep(delay)\n    item = await q.get()\n    print(n, item)\n\nasync def main():\n    q = asyncio.Queue(maxsize=1)\n    asyncio.create_task(consumer(q, 1))\n    asyncio.create_task(consumer(q, 2))\n    asyncio.create_task(consumer(q, 3, 2))\n    await asyncio.sleep(1)\n    await q.put('x')\n    await q.put('y')\n    await q.put('z')\n    await q.put('w')\n    await asyncio.sleep(1)\n    print(q.qsize())\n\nasyncio.run(main())\n";

    fn replay_to(trace: &Trace, index: usize) -> LoopReplay {
        let mut r = LoopReplay::default();
        for i in 0..=index {
            r.apply(trace, i);
        }
        r
    }

    #[test]
    fn the_panel_shows_a_queues_getters_in_order_then_its_items() {
        let trace = native::run(QUEUE, Limits::default());
        assert_eq!(trace.prims.iter().map(|p| trace.prim_title(p.id)).collect::<Vec<_>>(), ["queue q", "queue q"]);
        // At the first event at 1.0 s two consumers wait to get, first created first.
        let i = trace.events.iter().position(|e| e.t >= 1.0).expect("an event at 1 s");
        let prims = panel_prims(&trace, &replay_to(&trace, i));
        assert_eq!(prims.len(), 1, "the join event is folded into its queue");
        let q = &prims[0];
        assert_eq!((q.title.as_str(), q.family, q.state.as_str()), ("queue q", "queue", "0 of 1 items"));
        assert_eq!(q.groups[0], WaiterGroup { role: "get", tasks: vec![1, 2] });
        assert!(q.groups[1].tasks.is_empty() && q.groups[2].tasks.is_empty());
        assert_eq!(group_words(&trace, &q.groups[0]), "get: consumer(q, 1, 0), consumer(q, 2, 0)");
        // main() waits to put 'w' from 1 s to 2 s, when the third consumer takes 'z'.
        let put_wait = trace
            .events
            .iter()
            .rposition(|e| {
                matches!(
                    &e.kind,
                    EventKind::StepEnd { task: 0, reason: Suspend::AwaitPrim { op: PrimOp::Put, .. }, .. }
                )
            })
            .expect("main waits to put");
        assert_eq!(trace.events[put_wait].t, 1.0);
        let prims = panel_prims(&trace, &replay_to(&trace, put_wait));
        assert_eq!(prims[0].groups[1], WaiterGroup { role: "put", tasks: vec![0] });
        assert_eq!(prims[0].state, "1 of 1 items · 3 unfinished");
        // At the end: 'w' stays in the queue, nobody waits.
        let end = panel_prims(&trace, &replay_to(&trace, trace.events.len() - 1));
        assert_eq!(end[0].state, "1 of 1 items · 4 unfinished");
        assert_eq!(end[0].waiting(), 0);
    }

    #[test]
    fn waiting_segments_say_what_they_wait_on() {
        let trace = native::run(QUEUE, Limits::default());
        let tl = Timeline::build(&trace, None);
        let lane = tl.lanes.iter().find(|l| l.label == "consumer(q, 2, 0)").expect("lane");
        let wait = lane.segments.iter().find(|s| s.state == State::Waiting).expect("a wait");
        assert_eq!((wait.on, wait.start, wait.end), (Some(WaitOn::Queue), 0.0, 1.0));
        assert_eq!(waiting_words(&trace, lane.task, 0.0).as_deref(), Some("waiting on queue q (empty)"));
        let main = &tl.lanes[0];
        let put = main.segments.iter().find(|s| s.on == Some(WaitOn::Queue)).expect("main waits to put");
        assert_eq!((put.start, put.end), (1.0, 2.0));
        assert_eq!(waiting_words(&trace, 0, put.start).as_deref(), Some("waiting on queue q (full)"));
        // Words for the loop panel and the event descriptions.
        let idx = LoopIndex::build(&trace);
        let texts: Vec<String> = trace
            .events
            .iter()
            .filter_map(|e| match &e.kind {
                EventKind::Queued { handle } => Some(idx.describe(&trace, handle)),
                _ => None,
            })
            .collect();
        assert!(texts.contains(&"wake consumer(q, 1, 0): queue q has an item".to_owned()), "{texts:?}");
        assert!(texts.contains(&"wake main(): queue q has room".to_owned()), "{texts:?}");
        let mut replay = LoopReplay::default();
        let mut said = Vec::new();
        for i in 0..trace.events.len() {
            replay.apply(&trace, i);
            said.push(idx.describe_event(&trace, i, &replay));
        }
        assert!(said.contains(&"Queue q is created (maxsize 1)".to_owned()), "{said:?}");
        assert!(
            said.contains(&"consumer(q, 1, 0) stops at the await on line 5: it waits on queue q (empty)".to_owned())
        );
        assert!(said.contains(&"Queue q holds 1 item (3 not yet marked task_done)".to_owned()), "{said:?}");
    }

    const PRIMS: &str = "import asyncio\n\nclass Box:\n    def __init__(self):\n        self.lock = asyncio.Lock()\n\ngo = asyncio.Event()\n\nasync def hold(lock, d):\n    async with lock:\n        await asyncio.sleep(d)\n\nasync def wait_go(sem):\n    async with sem:\n        await go.wait()\n\nasync def main():\n    box = Box()\n    sems = [asyncio.Semaphore(1)]\n    cond = asyncio.Condition()\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(hold(box.lock, 1))\n        tg.create_task(hold(box.lock, 1))\n        tg.create_task(wait_go(sems[0]))\n        tg.create_task(wait_go(sems[0]))\n        await asyncio.sleep(0.5)\n        go.set()\n    async with cond:\n        cond.notify()\n    done, _ = await asyncio.wait([asyncio.create_task(asyncio.sleep(1))])\n\nasyncio.run(main())\n";

    #[test]
    fn primitives_are_named_as_the_program_names_them_and_drawn_by_kind() {
        let trace = native::run(PRIMS, Limits::default());
        assert!(matches!(trace.outcome, Some(crate::trace::Outcome::End { .. })), "{:?}", trace.outcome);
        let titles: Vec<String> = trace.prims.iter().map(|p| trace.prim_title(p.id)).collect();
        assert_eq!(
            titles,
            ["event go", "box.lock", "semaphore sem", "the lock of condition cond", "condition cond", "task group tg"]
        );
        let labels: Vec<&str> = trace.tasks.iter().map(|t| t.label.as_str()).collect();
        // Named once found: the semaphore in wait_go()'s frame (sems[0] is not a name).
        assert_eq!(labels[1..5], ["hold(box.lock, 1)", "hold(box.lock, 1)", "wait_go(sem)", "wait_go(sem)"]);
        let tl = Timeline::build(&trace, None);
        let on: Vec<Vec<&str>> =
            tl.lanes.iter().map(|l| l.segments.iter().filter_map(|s| s.on.map(WaitOn::as_str)).collect()).collect();
        assert_eq!(on[0], ["taskgroup", "wait"], "main(): the group's end, then asyncio.wait");
        assert_eq!(on[2], ["lock"], "the second hold() waits for the lock");
        assert_eq!(on[3], ["event"]);
        // The second one gets the semaphore once the event is set: it passes at once.
        assert_eq!(on[4], ["semaphore"]);
        assert_eq!(waiting_words(&trace, 2, 0.0).as_deref(), Some("waiting for box.lock (held by hold(box.lock, 1))"));
        let exit = tl.lanes[0].segments.iter().find(|s| s.on == Some(WaitOn::TaskGroup)).expect("the group's end");
        assert_eq!((exit.start, exit.end), (0.5, 2.0), "the two holds of the lock take 1 s each");
        assert_eq!(
            waiting_words(&trace, 0, exit.start).as_deref(),
            Some("waiting for the tasks of task group tg to finish")
        );
    }

    macro_rules! fixture {
        ($name:literal) => {
            ($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/loop_oracle/", $name, ".py")))
        };
    }

    #[test]
    fn every_wait_of_the_primitives_scenarios_is_named_and_explained() {
        use crate::views::loopview::explain_segment;
        let scenarios = [
            fixture!("queue_producer_consumer"),
            fixture!("semaphore_of_three"),
            fixture!("taskgroup_failure"),
            fixture!("timeout_slow_call"),
            fixture!("wait_first_completed"),
            fixture!("event_starting_gun"),
            fixture!("condition"),
            fixture!("lock_across_sleeps"),
            fixture!("cancel_blocked_waiters"),
            fixture!("wait_modes"),
            fixture!("shield_and_timeouts"),
            fixture!("wait_for_queue_get"),
        ];
        let mut kinds = std::collections::BTreeSet::new();
        for (name, src) in scenarios {
            let trace = native::run(src, Limits::default());
            for lane in Timeline::build(&trace, None).lanes {
                for seg in &lane.segments {
                    let s = explain_segment(&trace, lane.task, seg.state, seg.start, seg.end);
                    assert!(s.starts_with(&lane.label) && s.ends_with('.'), "{name}: {s}");
                    assert!(!s.contains("  ") && !s.contains(" ."), "{name}: {s}");
                    assert_eq!(seg.on.is_some(), seg.state == State::Waiting, "{name}: {seg:?}");
                    if let Some(on) = seg.on {
                        kinds.insert(on.as_str());
                        let words = waiting_words(&trace, lane.task, seg.start).expect("words");
                        assert!(words.starts_with("waiting "), "{name}: {words}");
                    }
                }
            }
            // Every event of the trace can be told.
            let idx = LoopIndex::build(&trace);
            let mut replay = LoopReplay::default();
            for i in 0..trace.events.len() {
                replay.apply(&trace, i);
                assert!(!idx.describe_event(&trace, i, &replay).is_empty());
            }
        }
        let kinds: Vec<&str> = kinds.into_iter().collect();
        assert_eq!(kinds, ["condition", "event", "gather", "lock", "queue", "semaphore", "task", "taskgroup", "wait"]);
    }
}
