"""The original scheduling workers: what makes interleaving subtle.

Equal deadlines, sleep(0), create_task vs gather vs direct await, cancellation (with
finally / except CancelledError), wait_for timeouts, exceptions in tasks and gathers,
blocking time.sleep, tasks left over at the end of asyncio.run.
"""
DELAYS = ["0", "0", "0.1", "0.2", "0.3", "0.5", "1", "1", "2", "0.25", "1.5", "0.05", "0.1 + 0.2", "-1"]


class Legacy:
    def __init__(self, p):
        self.p = p
        self.r = p.r

    def delay(self):
        return self.r.choice(DELAYS)

    def worker(self, d, name):
        """An async worker: loops, prints, sleeps, maybe raises or blocks."""
        r = self.r
        d(f"async def {name}(label, n, d):")
        kind = r.random()
        body_depth = 1
        if kind < 0.3:
            d("    try:")
            body_depth = 2
        ind = "    " * body_depth
        d(f"{ind}for i in range(n):")
        d(f'{ind}    print(f"{{label}} step {{i}} at {{time.monotonic():.2f}}")')
        if r.random() < 0.2:
            d(f"{ind}    if i == 1:")
            d(f"{ind}        time.sleep({r.choice(['0.1', '0.5', '1'])})")
        if r.random() < 0.15:
            d(f"{ind}    if i == n - 1 and d > 0.2:")
            d(f'{ind}        raise ValueError(f"{{label}} failed")')
        d(f"{ind}    await asyncio.sleep(d)")
        if kind < 0.3:
            handler = r.choice(["finally", "cancel", "both"])
            if handler in ("cancel", "both"):
                d("    except asyncio.CancelledError:")
                d('        print(f"{label} cancelled")')
                if r.random() < 0.5:
                    d("        raise")
                else:
                    d('        return f"{label} swallowed"')
            if handler in ("finally", "both"):
                d("    finally:")
                d('        print(f"{label} cleanup")')
                if r.random() < 0.3:
                    d(f"        await asyncio.sleep({self.delay()})")
                    d('        print(f"{label} cleanup done")')
        d('    return f"{label} done"')
        d("")

    def spawner(self, d, name, names):
        """An async worker that creates its own children and awaits some of them."""
        r = self.r
        d(f"async def {name}(label, n, d):")
        d("    kids = []")
        d("    for i in range(n):")
        d(f"        kids = kids + [asyncio.create_task({self.call(names)})]")
        d("        await asyncio.sleep(d)")
        d('    print(f"{label} spawned {len(kids)}")')
        if r.random() < 0.5:
            d("    for k in kids:")
            d("        try:")
            d('            print(label, "got", await k)')
            d("        except (ValueError, asyncio.CancelledError) as e:")
            d('            print(label, "kid failed", repr(e))')
        elif r.random() < 0.5:
            d("    res = await asyncio.gather(*kids, return_exceptions=True)")
            d("    print(label, res)")
        d('    return f"{label} spawner done"')
        d("")

    def pingpong(self, d, name):
        d(f"async def {name}(label, n, d):")
        d("    for i in range(n * 2):")
        d('        print(label, "ping", i, time.time())')
        d("        await asyncio.sleep(0)")
        d("    return i")
        d("")

    def call(self, names):
        r = self.r
        name = r.choice(names)
        label = f"{name[0].upper()}{r.randint(1, 99)}"
        return f'{name}("{label}", {r.randint(0, 4)}, {self.delay()})'

    def steps(self, b, names):
        """The old main(): tasks, awaits, gathers, wait_for, cancels, in random order."""
        r = self.r
        tasks = []
        for _ in range(r.randint(1, 6)):
            choice = r.random()
            if choice < 0.35:
                t = self.p.fresh("t")
                nm = f', name="{t}"' if r.random() < 0.3 else ""
                b(f"{t} = asyncio.create_task({self.call(names)}{nm})")
                tasks.append(t)
            elif choice < 0.5:
                b("try:")
                b(f"    print(await {self.call(names)})")
                b("except ValueError as e:")
                b('    print("caught", e)')
            elif choice < 0.65:
                ret = "True" if r.random() < 0.5 else "False"
                calls = ", ".join(self.call(names) for _ in range(r.randint(1, 3)))
                b("try:")
                b(f"    res = await asyncio.gather({calls}, return_exceptions={ret})")
                b('    print("gathered", res)')
                b("except ValueError as e:")
                b('    print("gather failed", e)')
            elif choice < 0.75:
                b("try:")
                b(f"    res = await asyncio.wait_for({self.call(names)}, {r.choice(['0.3', '1', '2.5'])})")
                b('    print("wait_for gave", res)')
                b("except asyncio.TimeoutError:")
                b('    print("timeout at", time.monotonic())')
                b("except ValueError as e:")
                b('    print("wait_for failed", e)')
            elif choice < 0.8:
                b(f"await asyncio.sleep({self.delay()})")
                b('print("awake at", time.monotonic())')
            elif choice < 0.87:
                calls = ", ".join(self.call(names) for _ in range(r.randint(1, 3)))
                b(f"g = asyncio.gather({calls})")
                b(f"await asyncio.sleep({self.delay()})")
                b('print("cancel gather:", g.cancel())')
                b("try:")
                b("    print(await g)")
                b("except (asyncio.CancelledError, ValueError) as e:")
                b('    print("gather ended:", repr(e))')
            elif tasks:
                t = r.choice(tasks)
                b(f'print("cancel {t}:", {t}.cancel())')
                if r.random() < 0.5:
                    b("await asyncio.sleep(0)")
        for t in tasks:
            if r.random() < 0.7:
                b("try:")
                b(f'    print("{t} ->", await {t})')
                b("except asyncio.CancelledError:")
                b(f'    print("{t} was cancelled")')
                b("except ValueError as e:")
                b(f'    print("{t} raised", e)')
        if tasks and r.random() < 0.3:
            b(f'print("done?", {tasks[0]}.done())')


def legacy(p, b):
    p.tag("legacy")
    g = Legacy(p)
    d = p.defs
    names = [p.fresh("w") for _ in range(p.r.randint(1, 3))]
    for n in names:
        g.worker(d, n)
    if p.chance(0.3):
        pp = p.fresh("pp")
        g.pingpong(d, pp)
        names.append(pp)
    if p.chance(0.3):
        sp = p.fresh("sp")
        g.spawner(d, sp, list(names))
        names.append(sp)
    g.steps(b, names)


FEATURES = {"legacy": (2.0, legacy)}
