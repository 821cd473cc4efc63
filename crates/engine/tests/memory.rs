//! Issue 14: nothing a run allocates outlives it, cycles included, however the run ends
//! (normally, by an error, by a limit, by Stop, or dropped half-way as the page does
//! when a new run replaces it). The engine counts its live Python objects per thread
//! (`loopscope_engine::live_objects`), so every run here happens on this test's own
//! thread (`native::run_here`, on a thread with a big stack) and the count is read
//! before and after each one.

use loopscope_engine::{Host, Limits, LocalBoxFuture, Outcome, live_objects, native};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// Programs that each build a reference cycle and keep it alive. `{end}` marks where the
/// run's ending (see [`Ending`]) goes, at that line's indentation: for the async ones,
/// inside `main()` while the tasks and the cycle are alive.
const CYCLES: &[(&str, &str)] = &[
    ("a list that contains itself", "a = []\na.append(a)\nb = {'me': None}\nb['me'] = b\n{end}\n"),
    (
        "a parent and its child",
        "class Node:\n    def __init__(self, parent=None):\n        self.parent = parent\n        self.children = []\n        if parent is not None:\n            parent.children.append(self)\n\nroot = Node()\nkids = [Node(root) for _ in range(3)]\ndel kids\n{end}\n",
    ),
    (
        "a closure stored in the object it closes over",
        "class Box:\n    pass\n\ndef make():\n    box = Box()\n    def get():\n        return box\n    box.get = get\n    return box\n\nkeep = make()\n{end}\n",
    ),
    (
        "a bound method stored on its own instance",
        "class Counter:\n    def __init__(self):\n        self.n = 0\n        self.bump = self.inc\n    def inc(self):\n        self.n += 1\n\nc = Counter()\nc.bump()\n{end}\n",
    ),
    (
        "a task stored in a list it appends to",
        "import asyncio\n\nasync def worker(box):\n    box.append(asyncio.current_task())\n    await asyncio.sleep(1)\n    return box\n\nasync def main():\n    box = []\n    t = asyncio.create_task(worker(box))\n    box.append(t)\n    await asyncio.sleep(0)\n    {end}\n    await t\n\nasyncio.run(main())\n",
    ),
    (
        "a generator that refers to itself",
        "def gen():\n    me = yield\n    while True:\n        yield me\n\ng = gen()\nnext(g)\ng.send(g)\n{end}\n",
    ),
    (
        "exceptions whose contexts and attributes cycle",
        "def fail():\n    try:\n        try:\n            raise ValueError('inner')\n        except ValueError as a:\n            saved = a\n            raise KeyError('outer')\n    except KeyError as b:\n        saved.__context__ = b\n        b.me = b\n        return b\n\nkeep = fail()\n{end}\n",
    ),
    (
        "an async generator and a coroutine that hold themselves",
        "import asyncio\n\nasync def ticks(box):\n    box.append(box)\n    while True:\n        yield box\n        await asyncio.sleep(0)\n\nasync def main():\n    box = []\n    it = ticks(box)\n    box.append(it)\n    async for _ in it:\n        break\n    {end}\n\nasyncio.run(main())\n",
    ),
];

/// How a run ends.
#[derive(Debug, Clone, Copy)]
enum Ending {
    Normally,
    ByAnError,
    ByTheStepLimit,
    ByTheMemoryLimit,
    ByStop,
    /// The run future is dropped before it ends (the page starting a new run).
    Dropped,
}

const ENDINGS: [Ending; 6] = [
    Ending::Normally,
    Ending::ByAnError,
    Ending::ByTheStepLimit,
    Ending::ByTheMemoryLimit,
    Ending::ByStop,
    Ending::Dropped,
];

impl Ending {
    fn code(self) -> &'static str {
        match self {
            Ending::Normally => "pass",
            Ending::ByAnError => "raise RuntimeError('the end')",
            Ending::ByTheStepLimit | Ending::ByStop | Ending::Dropped => "while True:\n    pass",
            Ending::ByTheMemoryLimit => "hog = []\nwhile True:\n    hog.append([0] * 10000)",
        }
    }

    fn limits(self) -> Limits {
        Limits { max_steps: 20_000, max_memory: 4 * 1024 * 1024, ..Limits::default() }
    }
}

/// `template` with its `{end}` line replaced by `code`, indented like it.
fn program(template: &str, code: &str) -> String {
    let mut out = String::new();
    for line in template.lines() {
        match line.find("{end}") {
            Some(at) => {
                let indent = &line[..at];
                for piece in code.lines() {
                    out.push_str(indent);
                    out.push_str(piece);
                    out.push('\n');
                }
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// A host that asks for a turn at every check and gives it with a future that is pending
/// once, so that the run future returns `Pending` and the test can act between polls.
struct TurnTaking;

impl Host for TurnTaking {
    fn reach(&self, _t: f64) -> Option<LocalBoxFuture<()>> {
        None
    }

    fn should_yield(&self) -> bool {
        true
    }

    fn yield_now(&self) -> LocalBoxFuture<()> {
        Box::pin(PendingOnce(false))
    }

    fn wall_ms(&self) -> f64 {
        0.0
    }
}

struct PendingOnce(bool);

impl Future for PendingOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Runs `src` on this thread until it ends, asking it to stop (`stop`) or dropping it
/// (`drop_it`) once it has been pending a few times. Returns the outcome, if it ended.
fn run_stepwise(src: &str, limits: Limits, stop: bool, drop_it: bool) -> Option<Outcome> {
    let (handle, mut fut) = loopscope_engine::start(src, limits, Rc::new(TurnTaking));
    let waker = std::task::Waker::noop();
    let mut cx = Context::from_waker(waker);
    let mut pendings = 0;
    loop {
        if fut.as_mut().poll(&mut cx).is_ready() {
            break;
        }
        pendings += 1;
        assert!(pendings < 100_000, "{src}: the run never ends");
        if pendings == 3 {
            if drop_it {
                drop(fut);
                return None;
            }
            if stop {
                handle.stop();
            }
        }
    }
    handle.trace().outcome.clone()
}

fn run_ending(template: &str, ending: Ending) -> Option<Outcome> {
    let src = program(template, ending.code());
    match ending {
        Ending::ByStop => run_stepwise(&src, ending.limits(), true, false),
        Ending::Dropped => run_stepwise(&src, ending.limits(), false, true),
        _ => native::run_here(&src, ending.limits()).outcome,
    }
}

fn expected(ending: Ending, outcome: &Option<Outcome>) -> bool {
    match (ending, outcome) {
        (Ending::Normally, Some(Outcome::End { .. })) => true,
        (Ending::ByAnError, Some(Outcome::Error { message, .. })) => message == "RuntimeError: the end",
        (Ending::ByTheStepLimit, Some(Outcome::Error { message, .. })) => message == "LimitError: step limit reached",
        (Ending::ByTheMemoryLimit, Some(Outcome::Error { message, .. })) => {
            message == "LimitError: memory limit of 4 MiB reached"
        }
        (Ending::ByStop, Some(Outcome::Stopped { .. })) => true,
        (Ending::Dropped, None) => true,
        _ => false,
    }
}

/// Runs `f` on a thread with a stack as big as `native::run` gives a run.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    let worker = std::thread::Builder::new().stack_size(256 * 1024 * 1024).spawn(f).expect("spawn a test thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
}

const RUNS: usize = 1_000;

#[test]
fn cycles_are_freed_after_every_run_however_it_ends() {
    on_big_stack(|| {
        let start = live_objects();
        for &(name, template) in CYCLES {
            for i in 0..RUNS {
                let ending = ENDINGS[i % ENDINGS.len()];
                let outcome = run_ending(template, ending);
                assert!(expected(ending, &outcome), "{name}, ending {ending:?}: got {outcome:?}");
                let now = live_objects();
                assert_eq!(
                    now,
                    start,
                    "{name}, run {i} ending {ending:?}: {} objects outlive the run",
                    now as isize - start as isize
                );
            }
        }
    });
}

/// The cycle really is a cycle: without the end-of-run release, reference counting alone
/// would keep it. Checked by counting while the run is still going (the cycle's objects
/// are live in the middle of the run, and gone after it).
#[test]
fn the_cycles_are_live_during_the_run() {
    on_big_stack(|| {
        let start = live_objects();
        for &(name, template) in CYCLES {
            let src = program(template, Ending::ByStop.code());
            let (handle, mut fut) = loopscope_engine::start(&src, Ending::ByStop.limits(), Rc::new(TurnTaking));
            let mut cx = Context::from_waker(std::task::Waker::noop());
            for _ in 0..3 {
                assert!(fut.as_mut().poll(&mut cx).is_pending(), "{name}: ended early");
            }
            let during = live_objects();
            assert!(during > start, "{name}: no live objects during the run");
            handle.stop();
            while fut.as_mut().poll(&mut cx).is_pending() {}
            assert_eq!(live_objects(), start, "{name}: objects outlive the stopped run");
        }
    });
}

/// Two runs interleaved on one thread (the page can have one ending while the next starts):
/// each run's objects go when that run ends, and neither keeps the other's.
#[test]
fn interleaved_runs_release_their_own_objects() {
    on_big_stack(|| {
        let start = live_objects();
        let src = program(CYCLES[1].1, Ending::ByStop.code());
        let (a, mut fa) = loopscope_engine::start(&src, Ending::ByStop.limits(), Rc::new(TurnTaking));
        let (b, mut fb) = loopscope_engine::start(&src, Ending::ByStop.limits(), Rc::new(TurnTaking));
        let mut cx = Context::from_waker(std::task::Waker::noop());
        for _ in 0..3 {
            assert!(fa.as_mut().poll(&mut cx).is_pending());
            assert!(fb.as_mut().poll(&mut cx).is_pending());
        }
        let both = live_objects();
        a.stop();
        while fa.as_mut().poll(&mut cx).is_pending() {}
        let one = live_objects();
        assert!(one > start && one < both, "start {start}, both {both}, after the first ended {one}");
        assert!(fb.as_mut().poll(&mut cx).is_pending(), "the second run goes on");
        b.stop();
        while fb.as_mut().poll(&mut cx).is_pending() {}
        assert_eq!(live_objects(), start);
        assert!(matches!(a.trace().outcome, Some(Outcome::Stopped { .. })));
        assert!(matches!(b.trace().outcome, Some(Outcome::Stopped { .. })));
    });
}
