#!/usr/bin/env python3
"""How long each task of a scenario really slept, blocked and waited, by CPython's own loop.

usage: intervals.py ORACLE_DIR SCENARIO.py > SCENARIO.intervals.json

Runs the scenario on the oracle's virtual-clock asyncio (ORACLE_DIR/oracle.py, the same
semantics) and records, per task, the intervals [from, to] (virtual seconds) that the
Gantt chart must draw:

  sleeping: each `asyncio.sleep(d)` with d > 0, from its call to its wake-up: the timer's
            deadline, or earlier when the sleep's future was cancelled (the task's step is
            queued then: it is ready from that moment, not asleep until the deadline);
  blocked:  each `time.sleep(x)` in the task, from its call to its return;
  waiting:  each other suspension on a future (a task, a gather, wait_for's waiter, a
            queue's or lock's or event's waiter, a task group...), from the end of the
            step that suspended to the moment the future was done (its callbacks, the
            task's wake-up among them, were queued).

An interval still open when the run ends (a deadlock, an error) ends at the run's end.
`module` lists the `time.sleep` calls made outside any task.

One JSON object: {"end": T, "tasks": [{"id": N, "sleeping": [...], "blocked": [...],
"waiting": [...]}, ...], "module": [...]}; T: the run's final virtual time; N: the task's
creation index (main is 0), as Loopscope numbers its tasks.
"""
import sys

# Pure-Python tasks and futures, so that their step and callback scheduling can be
# wrapped (the C ones behave the same).
sys.modules["_asyncio"] = None

import asyncio  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
from asyncio import events, futures, tasks  # noqa: E402


def load_oracle(oracle_dir):
    spec = importlib.util.spec_from_file_location("oracle", f"{oracle_dir}/oracle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    oracle = load_oracle(sys.argv[1])
    path = sys.argv[2]
    ids = {}  # task -> creation index, asyncio.run's own shutdown tasks left out

    real_create_task = oracle.VirtualLoop.create_task

    def create_task(self, coro, **kwargs):
        task = real_create_task(self, coro, **kwargs)
        if getattr(coro, "__name__", "") not in ("shutdown_asyncgens", "shutdown_default_executor"):
            ids[task] = len(ids)
        return task

    oracle.VirtualLoop.create_task = create_task

    def current():
        if events._get_running_loop() is None:
            return None
        return ids.get(asyncio.current_task())

    # asyncio.sleep's future: the one its timer completes (deadline kept).
    deadlines = {}
    real_call_at = oracle.VirtualLoop.call_at

    def call_at(self, when, callback, *args, context=None):
        handle = real_call_at(self, when, callback, *args, context=context)
        if callback is futures._set_result_unless_cancelled and args:
            deadlines[args[0]] = when
        return handle

    oracle.VirtualLoop.call_at = call_at

    # When each future was done: the moment its callbacks were queued.
    done_at = {}
    real_schedule = futures.Future._Future__schedule_callbacks

    def schedule_callbacks(self):
        done_at.setdefault(self, oracle.NOW)
        real_schedule(self)

    futures.Future._Future__schedule_callbacks = schedule_callbacks

    # Suspensions: after each step, the future the task now waits on.
    suspended = []  # (task id, start, future)
    real_step = tasks.Task._Task__step

    def step(self, exc=None):
        real_step(self, exc)
        fut = self._fut_waiter
        if fut is not None and self in ids:
            suspended.append((ids[self], oracle.NOW, fut))

    tasks.Task._Task__step = step

    blocked = []  # (task id or None, start, end)
    real_sleep = oracle.virtual_sleep

    def blocking_sleep(secs):
        start = oracle.NOW
        real_sleep(secs)
        blocked.append((current(), start, oracle.NOW))

    oracle.PATCHES = [(obj, name, blocking_sleep if value is real_sleep else value)
                      for obj, name, value in oracle.PATCHES]

    def finish(final, code):
        raise StopRun  # the oracle stopped the run (a deadlock, a limit): end it here

    class StopRun(BaseException):
        pass

    oracle.finish = finish
    with open(path, "rb") as f:
        code = compile(f.read(), path, "exec")
    oracle.run(code)
    end = oracle.NOW

    lanes = [{"id": n, "sleeping": [], "blocked": [], "waiting": []} for n in range(len(ids))]
    for task, start, fut in suspended:
        over = max(start, done_at.get(fut, end))
        if fut in deadlines:
            lanes[task]["sleeping"].append([start, min(over, deadlines[fut])])
        else:
            lanes[task]["waiting"].append([start, over])
    module = []
    for task, start, stop in blocked:
        (module if task is None else lanes[task]["blocked"]).append([start, stop])
    print(json.dumps({"end": end, "tasks": lanes, "module": module}))


if __name__ == "__main__":
    main()
