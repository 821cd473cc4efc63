#!/usr/bin/env python3
"""Random Python/asyncio programs inside Loopscope's language, for differential testing.

usage: gen.py SEED COUNT OUTDIR     writes OUTDIR/prog_SEED_IIIII.py (I = 0 .. COUNT-1)
       gen.py --one SEED I          prints program I of seed SEED (the same text)

A program is a few *parts* (async functions), each drawn from one feature: the language
of SPEC section 1a (gen_lang.py) or the asyncio primitives of section 1b (gen_async.py),
plus the original scheduling workers (gen_legacy.py). main() runs the parts one after
the other, concurrently (gather / create_task) or mixed, so that features interleave.
The first line of each program lists the features it uses (`# features: a b c`): run.py
counts passes and failures per feature from it.

Every program is deterministic under CPython (no output depends on id(), on string
hashing or on the iteration order of a set of objects), terminates, and stays small.
A seed and an index reproduce a program exactly (one random.Random per program).
"""
import os
import random
import sys

from gen_core import Block, Prog
import gen_async
import gen_flow
import gen_lang
import gen_legacy
import gen_numbers

# name -> (weight, function(p, body)). Every feature should show up in a good share of
# the programs; the weights make up for features that are short or often skipped.
FEATURES = {}
for module in (gen_lang, gen_flow, gen_numbers, gen_async, gen_legacy):
    for name, (weight, fn) in module.FEATURES.items():
        FEATURES[name] = (weight, fn)


def pick_features(p):
    names = sorted(FEATURES)
    weights = [FEATURES[n][0] for n in names]
    count = p.r.choice([2, 3, 3, 4, 4, 5])
    chosen = []
    while len(chosen) < count:
        name = p.r.choices(names, weights)[0]
        if name not in chosen or p.chance(0.05):   # a feature twice, now and then
            chosen.append(name)
    return chosen


def compose_main(p, parts):
    """main(): runs the parts sequentially, concurrently or mixed."""
    m = Block(0)
    m("async def main():")
    m.depth = 1
    m('print("main start")')
    mode = p.r.choice(["seq", "seq", "gather", "tasks", "mixed"])
    if len(parts) == 1:
        mode = "seq"
    if mode == "mixed":
        k = p.r.randint(1, len(parts) - 1)
        seq, conc = parts[:k], parts[k:]
        conc_mode = p.r.choice(["gather", "tasks"])
    elif mode == "seq":
        seq, conc, conc_mode = parts, [], None
    else:
        seq, conc, conc_mode = [], parts, mode
    for part in seq:
        with m.block("try:"):
            m(f"print(await {part}())")
        with m.block("except Exception as e:"):
            m(f'print("{part} failed:", type(e).__name__, e)')
    if conc_mode == "gather":
        calls = ", ".join(f"{part}()" for part in conc)
        with m.block(f"for r in await asyncio.gather({calls}, return_exceptions=True):"):
            m('print(r if isinstance(r, str) else f"failed: {type(r).__name__}: {r}")')
    elif conc_mode == "tasks":
        names = []
        for part in conc:
            t = f"task_{part}"
            m(f"{t} = asyncio.create_task({part}())")
            names.append(t)
        if p.chance(0.4):
            m(f"await asyncio.sleep({p.delay()})")
            m('print("main awake at", time.monotonic())')
        for t in names:
            with m.block("try:"):
                m(f"print(await {t})")
            with m.block("except Exception as e:"):
                m(f'print("{t} failed:", type(e).__name__, e)')
    m('print("main end at", time.monotonic())')
    if p.chance(0.03):
        m('raise RuntimeError("main gives up")')
    return m


def program(rng):
    p = Prog(rng)
    parts = []
    bodies = []
    for name in pick_features(p):
        part = f"part_{len(parts)}"
        body = Block(1)
        FEATURES[name][1](p, body)
        bodies.append((part, body))
        parts.append(part)
    head = Block(0)
    head(f"# features: {' '.join(sorted(p.tags))}")
    head("import asyncio")
    head("import random")
    head("import time")
    head("")
    out = head.lines + p.defs.lines
    for part, body in bodies:
        out.append(f"async def {part}():")
        out.extend(body.lines)
        out.append(f'    return "{part} ok"')
        out.append("")
    out.extend(compose_main(p, parts).lines)
    out.append("")
    out.append("asyncio.run(main())")
    return "\n".join(out) + "\n"


def program_text(seed, index):
    return program(random.Random(seed * 1_000_003 + index))


def main(argv):
    if len(argv) == 4 and argv[1] == "--one":
        sys.stdout.write(program_text(int(argv[2]), int(argv[3])))
        return 0
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    seed, count, out = int(argv[1]), int(argv[2]), argv[3]
    os.makedirs(out, exist_ok=True)
    for i in range(count):
        with open(os.path.join(out, f"prog_{seed}_{i:05d}.py"), "w") as f:
            f.write(program_text(seed, i))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
