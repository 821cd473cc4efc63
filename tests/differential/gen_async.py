"""asyncio features of SPEC section 1b, each written into one async part of a program.

Termination: every wait in a part has a way out (queues are joined before consumers are
stopped, conditions get at least one item per consumer, event waiters always see a set()
or a timeout). Determinism: sets of tasks (asyncio.wait's done/pending) are read by
membership in the original list, never iterated; as_completed only gets tasks, never
coroutines (it wraps coroutines in the order of a set, which depends on id()).
"""


def job_def(p, log=None):
    """A task body that sleeps, maybe fails, and reports cancellation.

    With `log` (a global list's name) a cancellation is appended to it instead of printed:
    a TaskGroup cancels its other tasks by iterating a set of tasks, in an order that
    depends on id(), so only the sorted log is deterministic.
    """
    d = p.defs
    job = p.fresh("job")
    cleanup = p.chance(0.3)
    if log:
        d(f"{log} = []")
    with d.block(f"async def {job}(name, d, fail=None):"):
        with d.block("try:"):
            d("await asyncio.sleep(d)")
            with d.block("if fail is not None:"):
                d('raise fail(f"{name} failed")')
            d(f'print(name, "finished at", {p.now()})')
            d("return name.upper()")
        with d.block("except asyncio.CancelledError:"):
            if log:
                d(f"{log}.append((name, {p.now()}))")
            else:
                d(f'print(name, "cancelled at", {p.now()})')
            if cleanup:
                d(f"await asyncio.sleep({p.pick(['0', '0.1', '0.05'])})")
                if not log:
                    d(f'print(name, "cleaned up at", {p.now()})')
            d("raise")
    d("")
    return job


def fail_kind(p, prob=0.3):
    return p.pick(["ValueError", "TypeError", "KeyError"]) if p.chance(prob) else "None"


def outcome_lines(b, tasks, names):
    """Print each task's outcome in list order (safe for cancelled and failed tasks)."""
    with b.block(f"for name, t in zip({names}, {tasks}):"):
        with b.block("if not t.done():"):
            b('print(name, "still pending")')
        with b.block("elif t.cancelled():"):
            b('print(name, "was cancelled")')
        with b.block("elif t.exception() is not None:"):
            b('print(name, "raised", repr(t.exception()))')
        with b.block("else:"):
            b('print(name, "returned", t.result())')


def job_specs(p, job, n, fail_prob=0.3):
    """`n` job(...) calls with distinct names, returned with the names."""
    names = [f"{p.pick('abcdefghjkmnpqrstuvwxyz')}{i}" for i in range(n)]
    calls = [f"{job}({nm!r}, {p.delay()}, {fail_kind(p, fail_prob)})" for nm in names]
    return names, calls


# ---------------------------------------------------------------- queues

def queues(p, b):
    p.tag("queue")
    d = p.defs
    prod, cons = p.fresh("producer"), p.fresh("consumer")
    qcls = p.pick(["Queue", "Queue", "Queue", "LifoQueue", "PriorityQueue"])
    mode = p.pick(["cancel", "cancel", "sentinel", "timeout", "nowait"])
    maxsize = "0" if mode == "timeout" else p.pick(["1", "2", "3", "0", "2"])
    stop = "(10 ** 9, 'stop')" if qcls == "PriorityQueue" else "None"
    nowait = mode == "nowait"
    with d.block(f"async def {prod}(q, name, items, d):"):
        with d.block("for it in items:"):
            if nowait:
                with d.block("try:"):
                    d("q.put_nowait(it)")
                with d.block("except asyncio.QueueFull:"):
                    d(f'print(name, "dropped", it, "queue full at", {p.now()})')
                    d("await asyncio.sleep(d)")
                    d("continue")
            else:
                d("await q.put(it)")
            d(f'print(f"{{name}} put {{it!r}} size={{q.qsize()}} at {p.fnow()}")')
            d("await asyncio.sleep(d)")
        d(f'print(name, "done at", {p.now()})')
    d("")
    timeout = p.pick(["0.3", "0.5", "1"])
    with d.block(f"async def {cons}(q, name, d):"):
        d("handled = 0")
        with d.block("try:"):
            with d.block("while True:"):
                if mode == "timeout":
                    with d.block("try:"):
                        d(f"it = await asyncio.wait_for(q.get(), {timeout})")
                    with d.block("except asyncio.TimeoutError:"):
                        d(f'print(name, "idle, leaving at", {p.now()})')
                        d("return handled")
                else:
                    d("it = await q.get()")
                if mode == "sentinel":
                    with d.block(f"if it == {stop}:"):
                        d("q.task_done()")
                        d('print(name, "stops")')
                        d("return handled")
                d(f'print(f"{{name}} got {{it!r}} at {p.fnow()}")')
                with d.block("try:"):
                    d("await asyncio.sleep(d)")
                    d("handled += 1")
                with d.block("finally:"):
                    d("q.task_done()")
        with d.block("except asyncio.CancelledError:"):
            d('print(name, "cancelled after", handled)')
            d("raise")
    d("")

    q, cs, ps = p.fresh("q"), p.fresh("consumers"), p.fresh("producers")
    b(f"{q} = asyncio.{qcls}({p.pick(['maxsize=', ''])}{maxsize})")
    b(f'print("queue", {q}.maxsize, {q}.empty(), {q}.full(), {q}.qsize())')
    nc, np_ = p.r.randint(1, 3), p.r.randint(1, 3)
    cdelays = ", ".join(p.delay() for _ in range(nc))
    b(f"{cs} = [asyncio.create_task({cons}({q}, f'c{{i}}', d)) for i, d in enumerate([{cdelays}])]")
    items = []
    for i in range(np_):
        k = p.r.randint(1, 4)
        if qcls == "PriorityQueue":
            items.append([(p.r.randint(0, 5), f"p{i}-{j}") for j in range(k)])
        else:
            items.append([100 * i + j for j in range(k)])
    pcalls = ", ".join(f"{prod}({q}, 'p{i}', {items[i]!r}, {p.delay()})" for i in range(np_))
    if p.chance(0.5):
        b(f"await asyncio.gather({pcalls})")
    else:
        b(f"{ps} = [asyncio.create_task(c) for c in [{pcalls}]]")
        if p.chance(0.4):
            b(f'print("queue size now", {q}.qsize(), {q}.full())')
        b(f"await asyncio.gather(*{ps})")
    b(f'print("producers done at", {p.now()}, "size", {q}.qsize())')
    if mode in ("cancel", "nowait"):
        b(f"await {q}.join()")
        b(f'print("joined at", {p.now()}, {q}.empty())')
        with b.block(f"for c in {cs}:"):
            b("c.cancel()")
        b(f'print("consumers", await asyncio.gather(*{cs}, return_exceptions=True))')
    elif mode == "sentinel":
        b(f"await {q}.join()")
        b(f'print("joined at", {p.now()})')
        with b.block(f"for _ in {cs}:"):
            b(f"await {q}.put({stop})")
        b(f'print("handled", await asyncio.gather(*{cs}))')
    else:
        b(f'print("handled", await asyncio.gather(*{cs}))')
        with b.block("while True:"):
            with b.block("try:"):
                b(f'print("left over", {q}.get_nowait())')
            with b.block("except asyncio.QueueEmpty:"):
                b('print("drained")')
                b("break")
    if p.chance(0.3):
        with b.block("try:"):
            b(f"{q}.task_done()")
        with b.block("except ValueError as e:"):
            b('print("task_done:", e)')
    if p.chance(0.3):
        with b.block("try:"):
            b(f"{q}.get_nowait()")
        with b.block("except asyncio.QueueEmpty:"):
            b('print("empty queue")')
    if p.chance(0.2):
        small = p.fresh("small")
        b(f"{small} = asyncio.Queue(1)")
        b(f"{small}.put_nowait({stop})")
        with b.block("try:"):
            b(f"{small}.put_nowait({stop})")
        with b.block("except asyncio.QueueFull:"):
            b(f'print("full", {small}.qsize(), {small}.full())')


# ---------------------------------------------------------------- locks

def locks(p, b):
    p.tag("lock")
    d = p.defs
    locker = p.fresh("locker")
    explicit = p.chance(0.3)
    use_lock = p.chance(0.9)
    with d.block(f"async def {locker}(lock, name, n, hold, gap, shared):"):
        with d.block("for i in range(n):"):
            if not use_lock:
                d('v = shared["n"]')
                d("await asyncio.sleep(hold)")
                d('shared["n"] = v + 1')
                d(f'print(name, "wrote", v + 1, "at", {p.now()})')
            else:
                if explicit:
                    d("await lock.acquire()")
                    d("try:")
                else:
                    d("async with lock:")
                d(f'    print(f"{{name}} has the lock ({{i}}) at {p.fnow()}, locked={{lock.locked()}}")')
                d('    v = shared["n"]')
                d("    await asyncio.sleep(hold)")
                d('    shared["n"] = v + 1')
                if explicit:
                    d("finally:")
                    d("    lock.release()")
            d("await asyncio.sleep(gap)")
        d("return name")
    d("")
    lock, sh, ts = p.fresh("lock"), p.fresh("shared"), p.fresh("lockers")
    b(f"{lock} = asyncio.Lock()")
    b(f'{sh} = {{"n": 0}}')
    n = p.r.randint(2, 4)
    calls = ", ".join(f"{locker}({lock}, 'L{i}', {p.r.randint(1, 3)}, {p.delay(False)}, {p.delay()}, {sh})"
                      for i in range(n))
    b(f"{ts} = [asyncio.create_task(c) for c in [{calls}]]")
    if p.chance(0.3):
        b(f"await {lock}.acquire()")
        b(f'print("part holds the lock", {lock}.locked())')
        b(f"await asyncio.sleep({p.delay()})")
        b(f"{lock}.release()")
    if p.chance(0.35):
        b(f"await asyncio.sleep({p.pick(['0', '0.1', '0.3', '0.5'])})")
        b(f'print("cancel", {ts}[{p.r.randint(0, n - 1)}].cancel(), "at", {p.now()})')
    b(f'print("lockers", await asyncio.gather(*{ts}, return_exceptions=True))')
    b(f'print("shared", {sh}, "locked", {lock}.locked())')
    if p.chance(0.3):
        with b.block("try:"):
            b(f"{lock}.release()")
        with b.block("except RuntimeError as e:"):
            b('print("release:", e)')


# ---------------------------------------------------------------- semaphores

def semaphores(p, b):
    p.tag("semaphore")
    d = p.defs
    lim = p.fresh("limited")
    explicit = p.chance(0.3)
    with d.block(f"async def {lim}(sem, name, d, active):"):
        if explicit:
            d("await sem.acquire()")
            d("try:")
        else:
            d("async with sem:")
        d("    active.append(name)")
        d(f'    print(f"{{name}} in, active={{active}} at {p.fnow()}")')
        d("    await asyncio.sleep(d)")
        d("    active.remove(name)")
        if explicit:
            d("finally:")
            d("    sem.release()")
        d(f'print(name, "out at", {p.now()})')
        d("return d")
    d("")
    sem, act, ts = p.fresh("sem"), p.fresh("active"), p.fresh("limited")
    bounded = p.chance(0.4)
    k = p.r.randint(1, 3)
    b(f"{sem} = asyncio.{'BoundedSemaphore' if bounded else 'Semaphore'}({k})")
    b(f"{act} = []")
    n = p.r.randint(2, 6)
    calls = ", ".join(f"{lim}({sem}, 'S{i}', {p.delay()}, {act})" for i in range(n))
    if p.chance(0.5):
        b(f'print("results", await asyncio.gather({calls}))')
    else:
        b(f"{ts} = [asyncio.create_task(c) for c in [{calls}]]")
        if p.chance(0.4):
            b(f"await asyncio.sleep({p.pick(['0', '0.1', '0.25'])})")
            b(f'print("locked?", {sem}.locked(), "cancel", {ts}[-1].cancel())')
        b(f'print("results", await asyncio.gather(*{ts}, return_exceptions=True))')
    b(f'print("after", {sem}.locked(), {act})')
    if p.chance(0.5):
        with b.block("try:"):
            b(f"{sem}.release()")
            b(f'print("released extra", {sem}.locked())')
        with b.block("except ValueError as e:"):
            b('print("bounded:", e)')


# ---------------------------------------------------------------- events

def events(p, b):
    p.tag("event")
    d = p.defs
    waiter = p.fresh("waiter")
    timed = p.chance(0.3)
    with d.block(f"async def {waiter}(ev, name, d):"):
        d(f'print(name, "waits at", {p.now()})')
        if timed:
            with d.block("try:"):
                d(f"await asyncio.wait_for(ev.wait(), {p.pick(['0.2', '0.5', '1'])})")
            with d.block("except asyncio.TimeoutError:"):
                d(f'print(name, "gave up at", {p.now()})')
                d('return name + " (late)"')
        else:
            d("await ev.wait()")
        d(f'print(name, "released at", {p.now()}, ev.is_set())')
        d("await asyncio.sleep(d)")
        d("return name")
    d("")
    ev, ts = p.fresh("ev"), p.fresh("waiters")
    n = p.r.randint(1, 4)
    b(f"{ev} = asyncio.Event()")
    calls = ", ".join(f"{waiter}({ev}, 'E{i}', {p.delay()})" for i in range(n))
    b(f"{ts} = [asyncio.create_task(c) for c in [{calls}]]")
    b(f"await asyncio.sleep({p.delay()})")
    b(f'print("starting gun at", {p.now()}, {ev}.is_set())')
    b(f"{ev}.set()")
    if p.chance(0.3):
        b(f"{ev}.clear()")
        b(f'print("cleared again", {ev}.is_set())')
    if p.chance(0.3):
        b(f"{ev}.set()")
        b(f'print("late wait returns", await {ev}.wait())')
    b(f'print("waiters", await asyncio.gather(*{ts}))')


# ---------------------------------------------------------------- conditions

def conditions(p, b):
    p.tag("condition")
    d = p.defs
    cons, prod = p.fresh("cond_consumer"), p.fresh("cond_producer")
    style = p.pick(["wait_for", "loop"])
    notify = p.pick(["cond.notify()", "cond.notify(2)", "cond.notify_all()"])
    with d.block(f"async def {cons}(cond, items, name):"):
        with d.block("async with cond:"):
            d(f'print(name, "waiting at", {p.now()})')
            if style == "wait_for":
                d("await cond.wait_for(lambda: len(items) > 0)")
            else:
                with d.block("while not items:"):
                    d("await cond.wait()")
                    d(f'print(name, "woke up at", {p.now()}, "items", items)')
            d("x = items.pop(0)")
            d(f'print(name, "took", x, "at", {p.now()})')
        d("return x")
    d("")
    with d.block(f"async def {prod}(cond, items, n, d):"):
        with d.block("for i in range(n):"):
            d("await asyncio.sleep(d)")
            with d.block("async with cond:"):
                d("items.append(i)")
                d(f'print("produced", i, "at", {p.now()})')
                d(notify)
    d("")
    cond, items, ts = p.fresh("cond"), p.fresh("items"), p.fresh("takers")
    if p.chance(0.3):
        b(f"{cond} = asyncio.Condition(asyncio.Lock())")
    else:
        b(f"{cond} = asyncio.Condition()")
    b(f"{items} = []")
    nc = p.r.randint(1, 3)
    b(f"{ts} = [asyncio.create_task({cons}({cond}, {items}, f'C{{i}}')) for i in range({nc})]")
    b(f"await {prod}({cond}, {items}, {nc + p.r.randint(0, 2)}, {p.delay()})")
    b(f'print("took", await asyncio.gather(*{ts}), "left", {items}, {cond}.locked())')
    if p.chance(0.25):
        with b.block("try:"):
            b(f"{cond}.notify()")
        with b.block("except RuntimeError as e:"):
            b('print("notify:", e)')


# ---------------------------------------------------------------- TaskGroup

def taskgroups(p, b):
    p.tag("taskgroup")
    log = p.fresh("tg_cancelled")
    job = job_def(p, log)
    n = p.r.randint(1, 4)
    names, calls = job_specs(p, job, n, 0.4)
    ts = p.fresh("tg_tasks")
    b(f"{ts} = []")
    timeout = p.chance(0.2)
    if timeout:      # except* and except cannot share a try: the timeout gets its own
        b("try:")
        b.depth += 1
    with b.block("try:"):
        if timeout:
            b(f"async with asyncio.timeout({p.pick(['0.2', '0.5', '1'])}):")
            b.depth += 1
        with b.block("async with asyncio.TaskGroup() as tg:"):
            for nm, call in zip(names, calls):
                kw = f", name={nm!r}" if p.chance(0.3) else ""
                b(f"{ts}.append(tg.create_task({call}{kw}))")
            if p.chance(0.3):
                b(f"await asyncio.sleep({p.delay()})")
                b(f'print("body awake at", {p.now()})')
            if p.chance(0.15):
                b('raise KeyError("from the body")')
            if p.chance(0.2):
                inner = p.fresh("nested")
                b(f"async def {inner}():")
                b("    async with asyncio.TaskGroup() as tg2:")
                b(f"        tg2.create_task({job}('inner1', {p.delay()}, {fail_kind(p, 0.5)}))")
                b(f"        tg2.create_task({job}('inner2', {p.delay()}))")
                b('    return "nested ok"')
                b(f"{ts}.append(tg.create_task({inner}()))")
                names = names + ["nested"]
        if timeout:
            b.depth -= 1
        b(f'print("all done", [t.result() for t in {ts}])')
    handlers = p.r.sample(["ValueError", "TypeError", "KeyError"], p.r.randint(1, 3))
    if p.chance(0.3):
        with b.block("except ExceptionGroup as eg:"):
            b('print("group", eg.message, [type(e).__name__ for e in eg.exceptions], repr(eg))')
    else:
        for h in handlers:
            with b.block(f"except* {h} as eg:"):
                b(p.pick([f'print("{h} group", [str(e) for e in eg.exceptions])',
                          f'print("{h} group", repr(eg))',
                          f'print("{h} group", len(eg.exceptions), eg.message)']))
    if timeout:
        b.depth -= 1
        with b.block("except TimeoutError:"):
            b(f'print("TaskGroup timed out at", {p.now()})')
    b(f'print("cancelled by the group", sorted({log}))')
    outcome_lines(b, ts, repr(names))


# ---------------------------------------------------------------- timeouts

def timeouts(p, b):
    p.tag("timeout")
    d = p.defs
    slow = p.fresh("slow")
    with d.block(f"async def {slow}(name, d):"):
        if p.chance(0.5):
            with d.block("try:"):
                d("await asyncio.sleep(d)")
                d('return f"{name} done"')
            with d.block("finally:"):
                d(f'print(name, "slow cleanup at", {p.now()})')
        else:
            d("await asyncio.sleep(d)")
            d('return f"{name} done"')
    d("")
    lim = lambda: p.pick(["0.2", "0.3", "0.5", "1", "0.1 + 0.2", "0"])  # noqa: E731
    for _ in range(p.r.randint(1, 3)):
        op = p.r.randint(0, 7)
        name = repr(p.pick(["s1", "s2", "s3", "s4"]))
        if op == 0:
            with b.block("try:"):
                with b.block(f"async with asyncio.timeout({lim()}) as cm:"):
                    b(f"print(await {slow}({name}, {p.delay()}))")
            with b.block("except TimeoutError:"):
                b(f'print("timed out at", {p.now()})')
            b('print("expired", cm.expired())')
        elif op == 1:
            with b.block("try:"):
                with b.block(f"async with asyncio.timeout_at(asyncio.get_running_loop().time() + {lim()}):"):
                    b(f"print(await {slow}({name}, {p.delay()}))")
                    b(f"print(await {slow}({name}, {p.delay()}))")
            with b.block("except asyncio.TimeoutError:"):
                b(f'print("timeout_at fired at", {p.now()})')
        elif op == 2:
            with b.block("try:"):
                b(f"print(await asyncio.wait_for({slow}({name}, {p.delay()}), {lim()}))")
            with b.block("except asyncio.TimeoutError as e:"):
                b(f'print("wait_for timed out at", {p.now()}, repr(e))')
        elif op == 3:
            t = p.fresh("t")
            b(f"{t} = asyncio.create_task({slow}({name}, {p.delay()}))")
            with b.block("try:"):
                b(f"print(await asyncio.wait_for({t}, {lim()}))")
            with b.block("except TimeoutError:"):
                b(f'print("task timed out", {t}.cancelled(), {t}.done(), {p.now()})')
        elif op == 4:
            with b.block("try:"):
                with b.block("async with asyncio.timeout(None) as cm:"):
                    b(f"cm.reschedule(asyncio.get_running_loop().time() + {lim()})")
                    b(f"print(await {slow}({name}, {p.delay()}))")
            with b.block("except TimeoutError:"):
                b(f'print("rescheduled timeout at", {p.now()}, cm.when())')
        elif op == 5:
            with b.block("try:"):
                with b.block(f"async with asyncio.timeout({lim()}):"):
                    with b.block("try:"):
                        with b.block(f"async with asyncio.timeout({lim()}):"):
                            b(f"print(await {slow}({name}, {p.delay()}))")
                    with b.block("except TimeoutError:"):
                        b(f'print("inner timeout at", {p.now()})')
                    b(f"print(await {slow}({name}, {p.delay()}))")
            with b.block("except TimeoutError:"):
                b(f'print("outer timeout at", {p.now()})')
        elif op == 6:
            with b.block("try:"):
                with b.block(f"async with asyncio.timeout({lim()}):"):
                    with b.block("try:"):
                        b(f"await asyncio.sleep({p.delay()})")
                    with b.block("except asyncio.CancelledError:"):
                        b(f'print("swallowed the cancellation at", {p.now()})')
                    b('print("body goes on")')
                b('print("no TimeoutError")')
            with b.block("except TimeoutError:"):
                b(f'print("TimeoutError anyway at", {p.now()})')
        else:
            b(f'print("timeout is TimeoutError", asyncio.TimeoutError is TimeoutError, await asyncio.sleep({p.delay()}, result="slept"))')
        p.maybe_yield(b, 0.2)


# ---------------------------------------------------------------- wait, as_completed

def waits(p, b):
    p.tag("wait")
    job = job_def(p)
    n = p.r.randint(2, 4)
    names, calls = job_specs(p, job, n)
    ts = p.fresh("wt")
    b(f"{ts} = [asyncio.create_task(c) for c in [{', '.join(calls)}]]")
    mode = p.pick(["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "loop"])
    if mode == "loop":
        b(f"pending = set({ts})")
        with b.block("while pending:"):
            b("done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)")
            b(f'print("round at", {p.now()}, sorted(t.result() if t.exception() is None else "!" + str(t.exception()) for t in done), len(pending))')
    else:
        args = [ts]
        if mode != "ALL_COMPLETED" or p.chance(0.5):
            args.append(f"return_when=asyncio.{mode}")
        if p.chance(0.4):
            args.append(f"timeout={p.pick(['0.2', '0.5', '1', '0.1 + 0.2'])}")
        b(f"done, pending = await asyncio.wait({', '.join(args)})")
        b(f'print("wait returned at", {p.now()}, len(done), len(pending))')
        with b.block(f"for name, t in zip({names!r}, {ts}):"):
            b('print(name, "done" if t in done else "pending" if t in pending else "?")')
        with b.block(f"for t in {ts}:"):
            with b.block("if t in pending:"):
                b("t.cancel()")
        b(f"await asyncio.gather(*{ts}, return_exceptions=True)")
    outcome_lines(b, ts, repr(names))


def as_completed(p, b):
    p.tag("as_completed")
    job = job_def(p)
    n = p.r.randint(2, 4)
    names, calls = job_specs(p, job, n)
    ts = p.fresh("ac")
    b(f"{ts} = [asyncio.create_task(c) for c in [{', '.join(calls)}]]")
    tmo = f", timeout={p.pick(['0.2', '0.5', '1'])}" if p.chance(0.4) else ""
    brk = p.chance(0.5)
    with b.block(f"for i, fut in enumerate(asyncio.as_completed({ts}{tmo})):"):
        with b.block("try:"):
            b(f'print("as_completed", i, await fut, "at", {p.now()})')
        with b.block("except (ValueError, TypeError, KeyError) as e:"):
            b(f'print("as_completed", i, "raised", repr(e), "at", {p.now()})')
        with b.block("except asyncio.TimeoutError:"):
            b(f'print("as_completed", i, "timed out at", {p.now()})')
            if brk:
                b("break")
    with b.block(f"for t in {ts}:"):
        b("t.cancel()")
    b(f"await asyncio.gather(*{ts}, return_exceptions=True)")
    outcome_lines(b, ts, repr(names))


# ---------------------------------------------------------------- shield, cancel, gather

def shields(p, b):
    p.tag("shield")
    job = job_def(p)
    inner = p.fresh("inner")
    b(f"{inner} = asyncio.create_task({job}('inner', {p.pick(['0.5', '1', '0.3'])}, {fail_kind(p, 0.2)}))")
    op = p.r.randint(0, 2)
    if op == 0:
        with b.block("try:"):
            b(f"print(await asyncio.wait_for(asyncio.shield({inner}), {p.pick(['0.1', '0.4', '2'])}))")
        with b.block("except asyncio.TimeoutError:"):
            b(f'print("outer timed out at", {p.now()}, "inner done?", {inner}.done())')
    elif op == 1:
        g = p.fresh("guard")
        b(f"async def {g}():")
        b(f"    return await asyncio.shield({inner})")
        gt = p.fresh("gt")
        b(f"{gt} = asyncio.create_task({g}())")
        b(f"await asyncio.sleep({p.pick(['0', '0.1', '0.2'])})")
        b(f'print("cancel guard", {gt}.cancel())')
        with b.block("try:"):
            b(f"print(await {gt})")
        with b.block("except asyncio.CancelledError:"):
            b(f'print("guard cancelled at", {p.now()}, {inner}.done(), {inner}.cancelled())')
    else:
        b(f"print(await asyncio.shield({job}('direct', {p.delay()})))")
    with b.block("try:"):
        b(f'print("inner gave", await {inner}, "at", {p.now()})')
    with b.block("except Exception as e:"):
        b('print("inner raised", repr(e))')


def cancels(p, b):
    p.tag("cancel")
    d = p.defs
    victim = p.fresh("victim")
    mode = p.pick(["raise", "swallow", "cleanup", "uncancel"])
    with d.block(f"async def {victim}(name, d):"):
        with d.block("try:"):
            d("await asyncio.sleep(d)")
            d('return f"{name} finished"')
        with d.block("except asyncio.CancelledError as e:"):
            d(f'print(name, "got CancelledError", e.args, asyncio.current_task().cancelling(), {p.now()})')
            if mode == "swallow":
                d('return f"{name} swallowed"')
            elif mode == "uncancel":
                d("asyncio.current_task().uncancel()")
                d('return f"{name} uncancelled"')
            elif mode == "cleanup":
                d("await asyncio.sleep(0.1)")
                d(f'print(name, "cleaned up at", {p.now()})')
                d("raise")
            else:
                d("raise")
    d("")
    op = p.r.randint(0, 1)
    if op == 0:
        t = p.fresh("v")
        b(f"{t} = asyncio.create_task({victim}('V', {p.pick(['0.5', '1', '2'])}))")
        if p.chance(0.8):
            b(f"await asyncio.sleep({p.pick(['0', '0.1', '0.3'])})")
        msg = p.pick(["", "", "'stop now'", "msg='by part'"])
        b(f'print("cancel ->", {t}.cancel({msg}))')
        if p.chance(0.3):
            b(f'print("cancel again ->", {t}.cancel())')
        with b.block("try:"):
            b(f'print("awaited", await {t})')
        with b.block("except asyncio.CancelledError as e:"):
            b(f'print("awaiting got CancelledError", e.args, {p.now()})')
        b(f'print("state", {t}.cancelled(), {t}.done(), "cancel done ->", {t}.cancel())')
    else:
        prim = p.pick(["queue", "lock", "event", "sem", "cond"])
        obj, blk = p.fresh("prim"), p.fresh("blocked")
        setup = {"queue": f"{obj} = asyncio.Queue()", "lock": f"{obj} = asyncio.Lock()",
                 "event": f"{obj} = asyncio.Event()", "sem": f"{obj} = asyncio.Semaphore(0)",
                 "cond": f"{obj} = asyncio.Condition()"}[prim]
        # A waiter that gets through passes the primitive on, so that every one finishes.
        wait = {"queue": [f"print(name, 'got', await {obj}.get())"],
                "lock": [f"await {obj}.acquire()", f"{obj}.release()"],
                "event": [f"await {obj}.wait()"], "sem": [f"await {obj}.acquire()"],
                "cond": [f"async with {obj}:", f"    await {obj}.wait()"]}[prim]
        b(setup)
        if prim == "lock":
            b(f"await {obj}.acquire()")
        b(f"async def {blk}(name):")
        b("    try:")
        for line in wait:
            b("        " + line)
        b(f"        print(name, 'passed at', {p.now()})")
        b("    except asyncio.CancelledError:")
        b(f"        print(name, 'cancelled while blocked at', {p.now()})")
        b("        raise")
        b("    return name")
        ts = p.fresh("bl")
        b(f"{ts} = [asyncio.create_task({blk}(f'B{{i}}')) for i in range({p.r.randint(1, 3)})]")
        b(f"await asyncio.sleep({p.pick(['0', '0.1', '0.2'])})")
        b(f"{ts}[0].cancel()")
        release = {"queue": [f"for _ in {ts}[1:]:", f"    {obj}.put_nowait('item')"],
                   "lock": [f"{obj}.release()"], "event": [f"{obj}.set()"],
                   "sem": [f"for _ in {ts}[1:]:", f"    {obj}.release()"],
                   "cond": [f"async with {obj}:", f"    {obj}.notify_all()"]}[prim]
        if p.chance(0.5):
            b(f"await asyncio.sleep({p.pick(['0', '0.1'])})")
        for line in release:
            b(line)
        b(f'print("blocked", await asyncio.gather(*{ts}, return_exceptions=True))')
        if prim == "lock":
            b(f'print("lock state", {obj}.locked())')
            with b.block(f"if {obj}.locked():"):
                b(f"{obj}.release()")
        elif prim == "queue":
            b(f'print("queue state", {obj}.qsize())')


def gathers(p, b):
    p.tag("gather")
    job = job_def(p)
    n = p.r.randint(2, 4)
    names, calls = job_specs(p, job, n, 0.35)
    op = p.r.randint(0, 3)
    if op == 0:
        b(f"res = await asyncio.gather({', '.join(calls)}, return_exceptions=True)")
        b('print("gathered", [r if isinstance(r, str) else repr(r) for r in res])')
    elif op == 1:
        ts = p.fresh("gt")
        b(f"{ts} = [asyncio.create_task(c) for c in [{', '.join(calls)}]]")
        b(f"g = asyncio.gather(*{ts}, return_exceptions=True)")
        b(f"await asyncio.sleep({p.pick(['0', '0.1', '0.2'])})")
        b(f'print("cancel child", {ts}[{p.r.randint(0, n - 1)}].cancel())')
        b('print("gathered", [r if isinstance(r, str) else repr(r) for r in await g])')
        outcome_lines(b, ts, repr(names))
    elif op == 2:
        ts = p.fresh("gt")
        b(f"{ts} = [asyncio.create_task(c) for c in [{', '.join(calls)}]]")
        with b.block("try:"):
            b(f'print("gathered", await asyncio.gather(*{ts}))')
        with b.block("except Exception as e:"):
            b(f'print("gather raised", repr(e), "at", {p.now()})')
        b(f"await asyncio.sleep({p.pick(['0.5', '1', '2'])})")
        outcome_lines(b, ts, repr(names))
    else:
        b(f"g = asyncio.gather({', '.join(calls)})")
        b(f"await asyncio.sleep({p.pick(['0', '0.1', '0.3'])})")
        b('print("cancel gather", g.cancel())')
        with b.block("try:"):
            b('print("gathered", await g)')
        with b.block("except (asyncio.CancelledError, ValueError, TypeError, KeyError) as e:"):
            b(f'print("gather ended", repr(e), {p.now()})')
        if p.chance(0.4):
            b(f'print("nested", await asyncio.gather(asyncio.gather({job}("x", 0.1), {job}("y", 0)), {job}("z", 0.05)))')


# ---------------------------------------------------------------- futures, callbacks

def futures(p, b):
    p.tag("future")
    d = p.defs
    cb = p.fresh("on_done")
    with d.block(f"def {cb}(fut):"):
        with d.block("if fut.cancelled():"):
            d('print("callback: cancelled")')
        with d.block("elif fut.exception() is not None:"):
            d('print("callback: exception", repr(fut.exception()))')
        with d.block("else:"):
            d(f'print("callback: result", fut.result(), {p.now()})')
    d("")
    loop, fut = p.fresh("loop"), p.fresh("fut")
    b(f"{loop} = asyncio.get_running_loop()")
    b(f"{fut} = {loop}.create_future()")
    b(f"{fut}.add_done_callback({cb})")
    how = p.pick(["result", "result", "exception", "cancel"])
    if how == "result":
        b(f"{loop}.call_later({p.delay()}, {fut}.set_result, {p.pick(['42', repr('ready'), '[1, 2]'])})")
    elif how == "exception":
        b(f"{loop}.call_later({p.delay()}, {fut}.set_exception, ValueError('future failed'))")
    else:
        b(f"{loop}.call_later({p.delay()}, {fut}.cancel)")
    if p.chance(0.5):
        b(f'{loop}.call_soon(print, "call_soon runs at", {loop}.time())')
    if p.chance(0.4):
        b(f'{loop}.call_at({loop}.time() + {p.delay()}, print, "call_at fired")')
    with b.block("try:"):
        b(f'print("future gave", await {fut}, "at", {p.now()})')
    with b.block("except (ValueError, asyncio.CancelledError) as e:"):
        b(f'print("future raised", repr(e), "at", {p.now()})')
    b(f'print("future state", {fut}.done(), {fut}.cancelled())')
    if p.chance(0.5):
        with b.block("try:"):
            b(f"{fut}.set_result(0)")
        with b.block("except asyncio.InvalidStateError as e:"):
            b('print("InvalidStateError", e)')
    if p.chance(0.5):
        t = p.fresh("tk")
        b(f"{t} = asyncio.ensure_future(asyncio.sleep({p.delay()}, result='slept'))")
        b(f"{t}.add_done_callback({cb})")
        if p.chance(0.3):
            b(f'print("removed", {t}.remove_done_callback({cb}))')
        b(f"{t}.set_name('sleeper')")
        b(f'print("task", {t}.get_name(), await {t}, {t}.done())')
    if p.chance(0.3):
        b(f'print("tasks alive", len(asyncio.all_tasks()), asyncio.current_task().done())')


FEATURES = {
    "queue": (1.4, queues),
    "lock": (1.0, locks),
    "semaphore": (1.0, semaphores),
    "event": (1.0, events),
    "condition": (1.0, conditions),
    "taskgroup": (1.2, taskgroups),
    "timeout": (1.0, timeouts),
    "wait": (1.0, waits),
    "as_completed": (1.0, as_completed),
    "shield": (0.8, shields),
    "cancel": (1.0, cancels),
    "gather": (1.0, gathers),
    "future": (0.7, futures),
}
