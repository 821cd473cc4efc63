#!/usr/bin/env python3
"""What CPython's own event loop holds at the start of every iteration.

usage: instrument.py ORACLE_DIR SCENARIO.py > SCENARIO.loop.json

Runs the scenario on the oracle's virtual-clock asyncio (ORACLE_DIR/oracle.py) and, at the
start of each `_run_once`, records the loop's `_ready` queue and its pending `_scheduled`
timers, described the way Loopscope's trace describes them:

  ready entries:  ["start", T] ["step", T] ["throw", T] ["wakeup", T, CAUSE]
                  ["gather_child", T|null] ["release_waiter"] ["stop"] ["internal"]
  timers:         [DEADLINE, "sleep"|"wait_for", T|null]   sorted by (deadline, order)

T is the task's creation index (main is 0). CAUSE: ["task", T] | ["gather"] | ["future"].
One JSON object per iteration: {"n": N, "now": NOW, "ready": [...], "timers": [...]}.
"""
import sys

# Pure-Python tasks (the C ones behave the same but hide their callbacks' names).
sys.modules["_asyncio"] = None

import asyncio  # noqa: E402
import importlib.util
import inspect
import json
from asyncio import base_events


def load_oracle(oracle_dir):
    spec = importlib.util.spec_from_file_location("oracle", f"{oracle_dir}/oracle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    oracle = load_oracle(sys.argv[1])
    path = sys.argv[2]
    records = []
    ids = {}          # task -> creation index, user tasks only
    internal = set()  # asyncio.run's shutdown tasks

    real_create_task = oracle.VirtualLoop.create_task

    def create_task(self, coro, **kwargs):
        task = real_create_task(self, coro, **kwargs)
        name = getattr(coro, "__name__", "")
        if name in ("shutdown_asyncgens", "shutdown_default_executor"):
            internal.add(task)
        else:
            ids[task] = len(ids)
        return task

    oracle.VirtualLoop.create_task = create_task

    # Each timer belongs to the task that scheduled it (the sleeping or waiting one).
    timer_owner = {}
    real_call_at = oracle.VirtualLoop.call_at

    def call_at(self, when, callback, *args, context=None):
        handle = real_call_at(self, when, callback, *args, context=context)
        current = asyncio.current_task(self)
        timer_owner[handle] = ids.get(current) if current is not None else None
        return handle

    oracle.VirtualLoop.call_at = call_at

    def task_id(t):
        return ids.get(t)

    def describe(handle):
        cb, args = handle._callback, handle._args
        name = getattr(cb, "__name__", "")
        owner = getattr(cb, "__self__", None)
        if isinstance(owner, asyncio.Task):
            if owner in internal:
                return ["internal"]
            t = task_id(owner)
            if name.endswith("__step"):
                if args and args[0] is not None:
                    return ["throw", t]
                if inspect.getcoroutinestate(owner.get_coro()) == inspect.CORO_CREATED:
                    return ["start", t]
                return ["step", t]
            if name.endswith("__wakeup"):
                fut = args[0]
                if isinstance(fut, asyncio.Task):
                    cause = ["task", task_id(fut)]
                elif type(fut).__name__ == "_GatheringFuture":
                    cause = ["gather"]
                else:
                    cause = ["future"]
                return ["wakeup", t, cause]
        if name == "_done_callback":
            child = args[0] if args else None
            return ["gather_child", task_id(child) if isinstance(child, asyncio.Task) else None]
        func = getattr(cb, "func", None)
        if func is not None and func.__name__ == "_release_waiter":
            return ["release_waiter"]
        if name == "_run_until_complete_cb":
            return ["stop"]
        return ["other", repr(cb)]

    def describe_timer(h):
        cb, args = h._callback, h._args
        func = getattr(cb, "func", None)
        owner = timer_owner.get(h)
        if getattr(cb, "__name__", "") == "_set_result_unless_cancelled":
            return [h._when, "sleep", owner]
        if getattr(cb, "__name__", "") == "_release_waiter" or (
                func is not None and func.__name__ == "_release_waiter"):
            return [h._when, "wait_for", owner]
        return [h._when, "other", None]

    real_run_once = base_events.BaseEventLoop._run_once

    def run_once(self):
        timers = sorted((h for h in self._scheduled if not h._cancelled),
                        key=lambda h: (h._when, h._seq))
        records.append({
            "n": len(records),
            "now": oracle.NOW,
            "ready": [describe(h) for h in self._ready if not h._cancelled],
            "timers": [describe_timer(h) for h in timers],
        })
        return real_run_once(self)

    base_events.BaseEventLoop._run_once = run_once
    oracle.finish = lambda final, code: None  # keep going to print the records
    with open(path, "rb") as f:
        code = compile(f.read(), path, "exec")
    oracle.run(code)
    for r in records:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
