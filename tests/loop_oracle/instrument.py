#!/usr/bin/env python3
"""What CPython's own event loop holds at the start of every iteration.

usage: instrument.py ORACLE_DIR SCENARIO.py > SCENARIO.loop.json

Runs the scenario on the oracle's virtual-clock asyncio (ORACLE_DIR/oracle.py) and, at the
start of each `_run_once`, records the loop's `_ready` queue, its pending `_scheduled`
timers and the synchronization primitives' state and waiters, described the way
Loopscope's trace describes them:

  ready entries:  ["start", T] ["step", T] ["throw", T] ["wakeup", T, CAUSE]
                  ["gather_child", T|null] ["release_waiter"] ["stop"] ["internal"]
                  ["callback", NAME|null]   (any other callback, by its __name__)
  timers:         [DEADLINE, "sleep"|"wait_for"|"timeout"|"other", T|null]
                  sorted by (deadline, order); T: the task that scheduled it
  prims:          one object per Queue/LifoQueue/PriorityQueue, Lock, Event,
                  Semaphore/BoundedSemaphore, Condition and TaskGroup made so far, numbered
                  in the order their __init__ returned (a queue's `_finished` event and a
                  condition's own lock before their owner); "of" for those parts
                  (["join", Q], ["lock", C]) and for as_completed's queue
                  (["as_completed"]); the state; the waiters: the tasks whose waiter
                  future in the primitive's deque is not done yet, in deque order
                    queue:     "maxsize", "size", "unfinished", "getters", "putters"
                    Lock:      "locked", "owner" (the task that acquired it), "waiters"
                    Event:     "set", "waiters"
                    Semaphore: "value", "waiters"
                    Condition: "waiters"
                    TaskGroup: "tasks" (not done), "waiters" (the parent in __aexit__)

A TaskGroup cancels its tasks (`_abort`) in creation order here: CPython iterates a set
of tasks, in an order that follows memory addresses (it changes with the scenario's path
and between the C and the Python tasks), so no fixture could rely on it; Loopscope uses
creation order, as the oracle does for asyncio.run's final cleanup.

T is the task's creation index (main is 0). CAUSE: ["task", T] | ["gather"] | ["future"].
One JSON object per iteration: {"n": N, "now": NOW, "ready": [...], "timers": [...]},
with "prims": [...] once a primitive exists.
"""
import sys

# Pure-Python tasks (the C ones behave the same but hide their callbacks' names).
sys.modules["_asyncio"] = None

import asyncio  # noqa: E402
import importlib.util
import inspect
import json
from asyncio import base_events, events, locks, queues, taskgroups


class StopRun(BaseException):
    """The oracle ended the run (`fail`: a deadlock, a limit)."""


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

    # The primitives, numbered when their __init__ returns (the innermost first).
    prims = []          # in creation order
    prim_ids = {}       # id(obj) -> number (objects are kept alive in `prims`)
    parts = {}          # number -> ["join", Q] | ["lock", C] | ["as_completed"]
    owners = {}         # id(lock) -> the task that acquired it

    def register(obj):
        if id(obj) not in prim_ids:
            prim_ids[id(obj)] = len(prims)
            prims.append(obj)
        return prim_ids[id(obj)]

    def wrap_init(cls, after=None):
        real = cls.__init__

        def __init__(self, *args, **kwargs):
            real(self, *args, **kwargs)
            n = register(self)
            if after is not None:
                after(self, n, args, kwargs)

        cls.__init__ = __init__

    def queue_parts(q, n, args, kwargs):
        parts[prim_ids[id(q._finished)]] = ["join", n]
        if sys._getframe(2).f_code.co_name == "as_completed":
            parts[n] = ["as_completed"]

    def condition_parts(c, n, args, kwargs):
        lock = args[0] if args else kwargs.get("lock")
        if lock is None:
            parts[prim_ids[id(c._lock)]] = ["lock", n]

    def _abort(self):
        self._aborting = True
        for t in sorted(self._tasks, key=lambda t: ids.get(t, len(ids))):
            if not t.done():
                t.cancel()

    taskgroups.TaskGroup._abort = _abort

    wrap_init(queues.Queue, queue_parts)
    wrap_init(locks.Lock)
    wrap_init(locks.Event)
    wrap_init(locks.Semaphore)
    wrap_init(locks.Condition, condition_parts)
    wrap_init(taskgroups.TaskGroup)

    # A lock's owner: the task running when `_locked` becomes True.
    def get_locked(self):
        return self.__dict__.get("_locked_value", False)

    def set_locked(self, value):
        self.__dict__["_locked_value"] = value
        current = asyncio.current_task() if events._get_running_loop() else None
        owners[id(self)] = task_id(current) if value and current is not None else None

    locks.Lock._locked = property(get_locked, set_locked)

    def waiters(futs, by_fut):
        return [task_id(by_fut.get(f)) for f in (futs or ()) if not f.done()]

    def describe_prim(obj, n, by_fut):
        kind = next(c.__name__ for c in type(obj).__mro__ if c.__module__.startswith("asyncio."))
        d = {"id": n, "kind": kind}
        if n in parts:
            d["of"] = parts[n]
        if isinstance(obj, queues.Queue):
            d.update(maxsize=obj._maxsize, size=obj.qsize(), unfinished=obj._unfinished_tasks,
                     getters=waiters(obj._getters, by_fut), putters=waiters(obj._putters, by_fut))
        elif isinstance(obj, locks.Lock):
            d.update(locked=obj._locked, owner=owners.get(id(obj)), waiters=waiters(obj._waiters, by_fut))
        elif isinstance(obj, locks.Event):
            d.update(set=obj._value, waiters=waiters(obj._waiters, by_fut))
        elif isinstance(obj, locks.Semaphore):
            d.update(value=obj._value, waiters=waiters(obj._waiters, by_fut))
        elif isinstance(obj, locks.Condition):
            d.update(waiters=waiters(obj._waiters, by_fut))
        elif isinstance(obj, taskgroups.TaskGroup):
            fut = obj._on_completed_fut
            d.update(tasks=len(obj._tasks),
                     waiters=waiters([fut] if fut is not None else [], by_fut))
        return d

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
        if func is not None:
            name = getattr(func, "__name__", "")
        if cb is oracle.scenario_print:
            name = "print"  # the oracle's stand-in for the builtin
        return ["callback", name or None]

    def describe_timer(h):
        cb, args = h._callback, h._args
        func = getattr(cb, "func", None)
        owner = timer_owner.get(h)
        if getattr(cb, "__name__", "") == "_set_result_unless_cancelled":
            return [h._when, "sleep", owner]
        if getattr(cb, "__name__", "") == "_release_waiter" or (
                func is not None and func.__name__ == "_release_waiter"):
            return [h._when, "wait_for", owner]
        if getattr(cb, "__name__", "") == "_on_timeout":
            return [h._when, "timeout", owner]
        return [h._when, "other", owner]

    real_run_once = base_events.BaseEventLoop._run_once
    stopped = []

    def run_once(self):
        if stopped:
            raise StopRun
        try:
            return recorded_run_once(self)
        except StopRun:
            # The oracle stopped the run in this iteration (a deadlock found when nothing
            # is ready, a limit): Loopscope stops before counting it.
            stopped.append(records.pop())
            raise

    def recorded_run_once(self):
        timers = sorted((h for h in self._scheduled if not h._cancelled),
                        key=lambda h: (h._when, h._seq))
        record = {
            "n": len(records),
            "now": oracle.NOW,
            "ready": [describe(h) for h in self._ready if not h._cancelled],
            "timers": [describe_timer(h) for h in timers],
        }
        if prims:
            by_fut = {t._fut_waiter: t for t in ids if t._fut_waiter is not None}
            record["prims"] = [describe_prim(p, n, by_fut) for n, p in enumerate(prims)]
        records.append(record)
        return real_run_once(self)

    base_events.BaseEventLoop._run_once = run_once
    def finish(final, code):
        raise StopRun  # out of the loop, to print the records

    oracle.finish = finish
    with open(path, "rb") as f:
        code = compile(f.read(), path, "exec")
    oracle.run(code)
    for r in records:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
