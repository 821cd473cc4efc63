#!/usr/bin/env python3
"""Random asyncio scenarios inside Loopscope's subset, for differential testing.

usage: gen.py SEED COUNT OUTDIR     writes OUTDIR/prog_SEED_I.py

Each program mixes what makes interleaving subtle: equal deadlines, sleep(0), create_task
vs gather vs direct await, cancellation (with finally / except CancelledError), wait_for
timeouts, exceptions in tasks and gathers, blocking time.sleep, leftover tasks at the end
of asyncio.run. The generator only emits programs CPython runs without hanging.
"""
import os
import random
import sys

DELAYS = ["0", "0", "0.1", "0.2", "0.3", "0.5", "1", "1", "2", "0.25", "1.5", "0.05", "0.1 + 0.2", "-1"]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.lines = []
        self.nworkers = 0

    def emit(self, depth, text):
        self.lines.append("    " * depth + text)

    def delay(self):
        return self.r.choice(DELAYS)

    def worker(self, name):
        """An async worker: loops, prints, sleeps, maybe raises or blocks."""
        r = self.r
        self.emit(0, f"async def {name}(label, n, d):")
        kind = r.random()
        body_depth = 1
        if kind < 0.3:
            self.emit(1, "try:")
            body_depth = 2
        self.emit(body_depth, "for i in range(n):")
        self.emit(body_depth + 1, 'print(f"{label} step {i} at {time.monotonic():.2f}")')
        if r.random() < 0.2:
            self.emit(body_depth + 1, "if i == 1:")
            self.emit(body_depth + 2, f"time.sleep({r.choice(['0.1', '0.5', '1'])})")
        if r.random() < 0.15:
            self.emit(body_depth + 1, "if i == n - 1 and d > 0.2:")
            self.emit(body_depth + 2, 'raise ValueError(f"{label} failed")')
        self.emit(body_depth + 1, "await asyncio.sleep(d)")
        if kind < 0.3:
            handler = r.choice(["finally", "cancel", "both"])
            if handler in ("cancel", "both"):
                self.emit(1, "except asyncio.CancelledError:")
                self.emit(2, 'print(f"{label} cancelled")')
                if r.random() < 0.5:
                    self.emit(2, "raise")
                else:
                    self.emit(2, 'return f"{label} swallowed"')
            if handler in ("finally", "both"):
                self.emit(1, "finally:")
                self.emit(2, 'print(f"{label} cleanup")')
                if r.random() < 0.3:
                    self.emit(2, f"await asyncio.sleep({self.delay()})")
                    self.emit(2, 'print(f"{label} cleanup done")')
        self.emit(1, 'return f"{label} done"')
        self.emit(0, "")

    def spawner(self, name, names):
        """An async worker that creates its own children and awaits some of them."""
        r = self.r
        self.emit(0, f"async def {name}(label, n, d):")
        self.emit(1, "kids = []")
        self.emit(1, "for i in range(n):")
        self.emit(2, f"kids = kids + [asyncio.create_task({self.call(names)})]")
        self.emit(2, "await asyncio.sleep(d)")
        self.emit(1, 'print(f"{label} spawned {len(kids)}")')
        if r.random() < 0.5:
            self.emit(1, "for k in kids:")
            self.emit(2, "try:")
            self.emit(3, "print(label, \"got\", await k)")
            self.emit(2, "except (ValueError, asyncio.CancelledError) as e:")
            self.emit(3, "print(label, \"kid failed\", repr(e))")
        elif r.random() < 0.5:
            self.emit(1, "res = await asyncio.gather(*kids, return_exceptions=True)")
            self.emit(1, "print(label, res)")
        self.emit(1, 'return f"{label} spawner done"')
        self.emit(0, "")

    def pingpong(self, name):
        self.emit(0, f"async def {name}(label, n, d):")
        self.emit(1, "for i in range(n * 2):")
        self.emit(2, 'print(label, "ping", i, time.time())')
        self.emit(2, "await asyncio.sleep(0)")
        self.emit(1, "return i")
        self.emit(0, "")

    def call(self, names):
        r = self.r
        name = r.choice(names)
        label = f"{name[0].upper()}{r.randint(1, 99)}"
        return f'{name}("{label}", {r.randint(0, 4)}, {self.delay()})'

    def main(self, names):
        r = self.r
        self.emit(0, "async def main():")
        self.emit(1, 'print("main start")')
        tasks = []
        for _ in range(r.randint(1, 6)):
            choice = r.random()
            if choice < 0.35:
                t = f"t{len(tasks)}"
                nm = f', name="{t}"' if r.random() < 0.3 else ""
                self.emit(1, f"{t} = asyncio.create_task({self.call(names)}{nm})")
                tasks.append(t)
            elif choice < 0.5:
                self.emit(1, "try:")
                self.emit(2, f"print(await {self.call(names)})")
                self.emit(1, "except ValueError as e:")
                self.emit(2, 'print("caught", e)')
            elif choice < 0.65:
                ret = "True" if r.random() < 0.5 else "False"
                calls = ", ".join(self.call(names) for _ in range(r.randint(1, 3)))
                self.emit(1, "try:")
                self.emit(2, f"res = await asyncio.gather({calls}, return_exceptions={ret})")
                self.emit(2, 'print("gathered", res)')
                self.emit(1, "except ValueError as e:")
                self.emit(2, 'print("gather failed", e)')
            elif choice < 0.75:
                self.emit(1, "try:")
                self.emit(2, f"res = await asyncio.wait_for({self.call(names)}, {r.choice(['0.3', '1', '2.5'])})")
                self.emit(2, 'print("wait_for gave", res)')
                self.emit(1, "except asyncio.TimeoutError:")
                self.emit(2, 'print("timeout at", time.monotonic())')
                self.emit(1, "except ValueError as e:")
                self.emit(2, 'print("wait_for failed", e)')
            elif choice < 0.8:
                self.emit(1, f"await asyncio.sleep({self.delay()})")
                self.emit(1, 'print("main awake at", time.monotonic())')
            elif choice < 0.87:
                calls = ", ".join(self.call(names) for _ in range(r.randint(1, 3)))
                self.emit(1, f"g = asyncio.gather({calls})")
                self.emit(1, f"await asyncio.sleep({self.delay()})")
                self.emit(1, 'print("cancel gather:", g.cancel())')
                self.emit(1, "try:")
                self.emit(2, "print(await g)")
                self.emit(1, "except (asyncio.CancelledError, ValueError) as e:")
                self.emit(2, 'print("gather ended:", repr(e))')
            elif tasks:
                t = r.choice(tasks)
                self.emit(1, f'print("cancel {t}:", {t}.cancel())')
                if r.random() < 0.5:
                    self.emit(1, "await asyncio.sleep(0)")
        for t in tasks:
            if r.random() < 0.7:
                self.emit(1, "try:")
                self.emit(2, f'print("{t} ->", await {t})')
                self.emit(1, "except asyncio.CancelledError:")
                self.emit(2, f'print("{t} was cancelled")')
                self.emit(1, "except ValueError as e:")
                self.emit(2, f'print("{t} raised", e)')
        if tasks and r.random() < 0.3:
            self.emit(1, f'print("done?", {tasks[0]}.done())')
        self.emit(1, 'print("main end at", time.monotonic())')
        if r.random() < 0.1:
            self.emit(1, 'raise RuntimeError("main gives up")')
        self.emit(0, "")

    def program(self):
        self.emit(0, "import asyncio")
        self.emit(0, "import time")
        self.emit(0, "")
        names = [f"w{i}" for i in range(self.r.randint(1, 3))]
        for n in names:
            self.worker(n)
        if self.r.random() < 0.3:
            self.pingpong("pp")
            names.append("pp")
        if self.r.random() < 0.3:
            self.spawner("sp", list(names))
            names.append("sp")
        self.main(names)
        self.emit(0, "asyncio.run(main())")
        return "\n".join(self.lines) + "\n"


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    seed, count, out = int(argv[1]), int(argv[2]), argv[3]
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        with open(os.path.join(out, f"prog_{seed}_{i:05d}.py"), "w") as f:
            f.write(Gen(rng).program())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
