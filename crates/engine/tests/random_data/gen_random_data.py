#!/usr/bin/env python3
"""Writes random_draws.json: what CPython's `random` module draws, for tests/random.rs.

Run with CPython 3.11 (the engine is faithful to 3.11):

    python3 crates/engine/tests/random_data/gen_random_data.py

For every seed and every case, the generator is seeded afresh, the case's calls are made,
and each result is formatted as a token (an int in decimal, a big int in hex, a float as
the 16 hex digits of its IEEE bits, a list of ints joined by commas). The file keeps the
number of tokens, the FNV-1a 64 digest of all of them (each followed by a newline), and
the first few tokens in clear (at most 20, at most 240 characters) so that a mismatch
shows where it starts.
"""

import hashlib
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

DRAWS = 10_000
HEAD_CHARS = 240
HEAD_TOKENS = 20
I64_MIN, I64_MAX = -(2**63), 2**63 - 1


def fnv1a(tokens):
    h = 0xCBF29CE484222325
    for t in tokens:
        for b in t.encode() + b"\n":
            h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def fbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def words(n):
    """Little-endian 32-bit words of abs(n)."""
    n = abs(n)
    out = []
    while n:
        out.append(n & 0xFFFFFFFF)
        n >>= 32
    return out


def ints(xs):
    return ",".join(str(x) for x in xs)


def err(f):
    try:
        f()
    except Exception as e:  # noqa: BLE001 - we record which one
        return [type(e).__name__, str(e)]
    raise AssertionError("expected an error")


# ---------------------------------------------------------------- seeds

HUNDRED_DIGITS = int("31415926535897932384626433832795028841971693993751"
                     "05820974944592307816406286208998628034825342117067")
assert len(str(HUNDRED_DIGITS)) == 100

SEEDS = [
    ("int", 0), ("int", 1), ("int", 42), ("int", -7), ("int", 2**40 + 3),
    ("int", HUNDRED_DIGITS), ("int", -(2**64)), ("int", 2**63 - 1),
    ("float", 1.5), ("float", -1.5), ("float", -0.0), ("float", 3.14), ("float", 1e300),
    ("str", "hello"), ("str", ""), ("str", "héllo ✓"),
    ("bytes", b"\x00\xffabc"),
    ("str_v1", "hello"),
]


def seed_json(kind, value):
    if kind == "int":
        return {"type": "int", "repr": repr(value), "negative": value < 0, "words": words(value)}
    if kind == "float":
        return {"type": "float", "repr": repr(value), "bits": fbits(value)}
    if kind in ("str", "str_v1"):
        return {"type": kind, "repr": repr(value), "value": value}
    if kind == "bytes":
        return {"type": "bytes", "repr": repr(value), "hex": value.hex()}
    raise ValueError(kind)


def seeded(kind, value):
    r = random.Random()
    if kind == "str_v1":
        r.seed(value, version=1)
    else:
        r.seed(value)
    return r


# ---------------------------------------------------------------- cases

def repeat(f, n=DRAWS):
    return [f() for _ in range(n)]


def case_random(r):
    return repeat(lambda: fbits(r.random()))


def case_getrandbits(k):
    def run(r):
        return repeat(lambda: str(r.getrandbits(k)) if k <= 64 else format(r.getrandbits(k), "x"))
    return run


def case_randbelow(n):
    def run(r):
        return repeat(lambda: str(r._randbelow(n)))
    return run


def case_randbelow_words(n):
    def run(r):
        return repeat(lambda: format(r._randbelow(n), "x"))
    return run


def case_randrange(*args):
    def run(r):
        return repeat(lambda: str(r.randrange(*args)))
    return run


def case_randint(a, b):
    def run(r):
        return repeat(lambda: str(r.randint(a, b)))
    return run


def case_choice_cycle(r):
    return [str(r.choice(range(1 + i % 50))) for i in range(DRAWS)]


def case_shuffle(n):
    def run(r):
        x = list(range(n))
        out = []
        for _ in range(max(1, DRAWS // max(n, 1))):
            r.shuffle(x)
            out.append(ints(x))
        return out
    return run


def case_sample(n, k):
    def run(r):
        return [ints(r.sample(range(n), k)) for _ in range(max(1, DRAWS // max(k, 1)))]
    return run


def case_sample_counts(counts, k):
    def run(r):
        return [ints(r.sample(range(len(counts)), k, counts=counts)) for _ in range(max(1, DRAWS // max(k, 1)))]
    return run


def case_choices(n, k):
    def run(r):
        return [ints(r.choices(range(n), k=k)) for _ in range(DRAWS // k)]
    return run


def case_choices_w(weights, k):
    def run(r):
        return [ints(r.choices(range(len(weights)), weights, k=k)) for _ in range(DRAWS // k)]
    return run


def case_choices_cw(cum, k):
    def run(r):
        return [ints(r.choices(range(len(cum)), cum_weights=cum, k=k)) for _ in range(DRAWS // k)]
    return run


def case_float(method, *args):
    def run(r):
        f = getattr(r, method)
        return repeat(lambda: fbits(f(*args)))
    return run


def case_mixed(r):
    """Interleaves calls so that gauss_next is kept across other calls and dropped by seed."""
    out = []
    x = list(range(5))
    for i in range(DRAWS):
        op = i % 11
        if op in (1, 3, 4, 8):
            out.append(fbits(r.gauss(0.0, 1.0)))
        elif op == 2:
            out.append(str(r.randrange(10)))
        elif op == 6:
            r.shuffle(x)
            out.append(ints(x))
        elif op == 9:
            out.append(fbits(r.normalvariate(1.0, 2.0)))
        elif op == 10 and i % 7 == 0:
            r.seed(i)
            out.append("seed")
        else:
            out.append(fbits(r.random()))
    return out


def fl(xs):
    return ",".join(repr(float(x)) for x in xs)


CASES = [("random", case_random)]
for k in (0, 1, 7, 31, 32, 33, 53, 64):
    CASES.append((f"getrandbits:{k}", case_getrandbits(k)))
for k in (65, 96, 200):
    CASES.append((f"getrandbits_words:{k}", case_getrandbits(k)))
for n in (1, 2, 3, 5, 7, 10, 100, 1000, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1,
          2**53 + 1, 2**63, 2**64 - 1):
    CASES.append((f"randbelow:{n}", case_randbelow(n)))
for n in (2**64, 2**64 + 1, 10**30, 3**100, 2**200 - 12345):
    CASES.append((f"randbelow_words:{n:x}", case_randbelow_words(n)))
for stop in (1, 10, 1000, 2**40, I64_MAX):
    CASES.append((f"randrange:{stop}", case_randrange(stop)))
for start, stop in ((0, 10), (-5, 5), (I64_MIN, I64_MAX), (10, 2**62), (-100, -3)):
    CASES.append((f"randrange:{start}:{stop}", case_randrange(start, stop)))
for start, stop, step in ((0, 100, 3), (100, 0, -7), (-50, 50, 10), (5, 6, 2), (10, 0, -1),
                          (I64_MIN, I64_MAX, 3), (0, I64_MAX, 2**62), (7, -3, -4), (0, 10, 1)):
    CASES.append((f"randrange:{start}:{stop}:{step}", case_randrange(start, stop, step)))
for a, b in ((1, 6), (0, 0), (-10, 10), (I64_MIN, I64_MAX), (2**62, I64_MAX)):
    CASES.append((f"randint:{a}:{b}", case_randint(a, b)))
CASES.append(("choice_cycle", case_choice_cycle))
for n in (0, 1, 2, 3, 5, 10, 50, 100, 1000):
    CASES.append((f"shuffle:{n}", case_shuffle(n)))
# setsize is 21 for k <= 5, 85 for 6 <= k <= 21, 277 for 22 <= k <= 85, 1045 for k = 100.
for n, k in ((1, 1), (5, 0), (10, 3), (10, 10), (20, 5), (21, 5), (22, 5), (26, 5), (84, 6),
             (85, 6), (86, 6), (100, 6), (277, 22), (278, 22), (100, 100), (1045, 100),
             (1046, 100), (10**12, 5), (I64_MAX, 3)):
    CASES.append((f"sample:{n}:{k}", case_sample(n, k)))
for counts, k in (([4, 2], 5), ([1, 0, 3, 2], 6), ([10**12, 5, 7], 10), ([3, -1, 2], 2), ([1], 1)):
    CASES.append((f"sample_counts:{ints(counts)}:{k}", case_sample_counts(counts, k)))
for n, k in ((1, 10), (7, 10), (50, 100), (10**6, 10)):
    CASES.append((f"choices:{n}:{k}", case_choices(n, k)))
for w, k in (([1, 2, 3], 10), ([0.5, 0, 2.25, 1e-3], 10), ([0, 0, 1], 5), ([1e-300, 1e300, 5], 10),
             (list(range(1, 101)), 100)):
    CASES.append((f"choices_w:{fl(w)}:{k}", case_choices_w(w, k)))
for cw, k in (([1, 1, 5, 10], 10), ([0.25, 0.5, 0.75], 10), ([3, 2, 1, 4], 10)):
    CASES.append((f"choices_cw:{fl(cw)}:{k}", case_choices_cw(cw, k)))
FLOAT_CASES = [
    ("uniform", (0.0, 1.0)), ("uniform", (-5.0, 10.0)), ("uniform", (1e300, -1e300)), ("uniform", (3.0, 3.0)),
    ("triangular", (0.0, 1.0, None)), ("triangular", (0.0, 10.0, 2.0)), ("triangular", (5.0, 5.0, None)),
    ("triangular", (5.0, 5.0, 5.0)), ("triangular", (10.0, 0.0, 3.0)), ("triangular", (0.0, 1.0, -1.0)),
    ("triangular", (0.0, 1.0, 2.0)),
    ("gauss", (0.0, 1.0)), ("gauss", (10.0, 2.5)),
    ("normalvariate", (0.0, 1.0)), ("normalvariate", (-3.0, 0.5)),
    ("lognormvariate", (0.0, 1.0)), ("lognormvariate", (1.0, 0.25)),
    ("expovariate", (1.0,)), ("expovariate", (0.1,)), ("expovariate", (-2.0,)),
    ("vonmisesvariate", (0.0, 0.0)), ("vonmisesvariate", (1.0, 4.0)), ("vonmisesvariate", (3.0, 1e-7)),
    ("vonmisesvariate", (0.5, 100.0)),
    ("gammavariate", (0.5, 1.0)), ("gammavariate", (1.0, 2.0)), ("gammavariate", (2.5, 1.0)),
    ("gammavariate", (0.01, 1.0)), ("gammavariate", (200.0, 0.5)),
    ("betavariate", (2.0, 3.0)), ("betavariate", (0.5, 0.5)),
    ("paretovariate", (3.0,)), ("weibullvariate", (1.0, 2.0)), ("weibullvariate", (2.0, 0.5)),
]
for method, args in FLOAT_CASES:
    name = ":".join([method] + ["None" if a is None else repr(a) for a in args])
    CASES.append((name, case_float(method, *args)))
CASES.append(("mixed", case_mixed))


def run_case(r, f):
    tokens = f(r)
    head, size = [], 0
    for t in tokens:
        size += len(t) + 1
        if size > HEAD_CHARS or len(head) == HEAD_TOKENS:
            break
        head.append(t)
    return {"count": len(tokens), "fnv": fnv1a(tokens), "head": head}


# ---------------------------------------------------------------- hashes, sha512, errors

def hash_data():
    """Hashes of floats and ints whose inputs the Rust side rebuilds with its own generator
    (seeded with 2024, getrandbits(64) for each float's bits, and so on)."""
    r = random.Random(2024)
    floats = []
    for _ in range(5000):
        x = struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
        floats.append("nan" if math.isnan(x) else str(hash(x)))
    small = [str(hash(r.getrandbits(64) - 2**63)) for _ in range(5000)]
    big = []
    for _ in range(2000):
        n = r.getrandbits(200)
        if r.getrandbits(1):
            n = -n
        big.append(str(hash(n)))
    special = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 3.14, 1e300, -1e300, 5e-324, 2.0**-1074,
               2.0**61, 2.0**61 - 2**9, 2.0**62, 2.0**-61, 1e-300, float("inf"), float("-inf"),
               2.0**52 + 0.5, 1.7976931348623157e308, 2**63 * 1.0, -(2**63) * 1.0]
    ints_special = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), I64_MIN, I64_MAX, 2**64, -(2**64),
                    10**100, -(10**100)]
    return {
        "floats": {"count": len(floats), "fnv": fnv1a(floats)},
        "i64": {"count": len(small), "fnv": fnv1a(small)},
        "big": {"count": len(big), "fnv": fnv1a(big)},
        "special_floats": [[fbits(x), hash(x)] for x in special],
        "special_ints": [{"negative": n < 0, "words": words(n), "hash": hash(n)} for n in ints_special],
    }


def sha_data():
    texts = [b"", b"abc", "héllo ✓".encode(), b"a" * 1000]
    texts += [bytes(i % 251 for i in range(n)) for n in (111, 112, 113, 127, 128, 129, 239, 240, 256, 1000)]
    return [[t.hex(), hashlib.sha512(t).hexdigest()] for t in texts]


ERROR_CALLS = [
    ("randrange:5:5", lambda r: r.randrange(5, 5)),
    ("randrange:0", lambda r: r.randrange(0)),
    ("randrange:-3", lambda r: r.randrange(-3)),
    ("randrange:5:1:2", lambda r: r.randrange(5, 1, 2)),
    ("randrange:5:10:0", lambda r: r.randrange(5, 10, 0)),
    ("randrange:1:5:-1", lambda r: r.randrange(1, 5, -1)),
    ("randrange:10:None:2", lambda r: r.randrange(10, step=2)),
    ("randrange:-9223372036854775808:-9223372036854775808", lambda r: r.randrange(I64_MIN, I64_MIN)),
    ("randrange:9223372036854775807:-9223372036854775808",
     lambda r: r.randrange(I64_MAX, I64_MIN)),
    ("randint:5:3", lambda r: r.randint(5, 3)),
    ("choice:0", lambda r: r.choice([])),
    ("sample:3:4", lambda r: r.sample(range(3), 4)),
    ("sample:3:-1", lambda r: r.sample(range(3), -1)),
    ("sample_counts:3:1,2:2", lambda r: r.sample(range(3), 2, counts=[1, 2])),
    ("sample_counts:3:0,0,0:2", lambda r: r.sample(range(3), 2, counts=[0, 0, 0])),
    ("sample_counts:3:1,-1,0:2", lambda r: r.sample(range(3), 2, counts=[1, -1, 0])),
    ("sample_counts:0::0", lambda r: r.sample([], 0, counts=[])),
    ("sample_counts:2:9223372036854775807,1:1", lambda r: r.sample(range(2), 1, counts=[I64_MAX, 1])),
    ("sample_counts:2:3,4:8", lambda r: r.sample(range(2), 8, counts=[3, 4])),
    ("choices_w:3:1.0,2.0:1", lambda r: r.choices(range(3), [1, 2])),
    ("choices_w:3:0.0,0.0,0.0:1", lambda r: r.choices(range(3), [0, 0, 0])),
    ("choices_w:3:1.0,-5.0,2.0:1", lambda r: r.choices(range(3), [1, -5, 2])),
    ("choices_w:3:1.0,inf,0.0:1", lambda r: r.choices(range(3), [1, float("inf"), 0])),
    ("choices_w:3:1.0,nan,0.0:1", lambda r: r.choices(range(3), [1, float("nan"), 0])),
    ("choices_w:0::1", lambda r: r.choices([], [], k=1)),
    ("choices_cw:0::0", lambda r: r.choices([], cum_weights=[], k=0)),
    ("choices_both:3:1", lambda r: r.choices(range(3), [1, 2, 3], cum_weights=[1, 2, 3])),
    ("choices:0:3", lambda r: r.choices([], k=3)),
    ("getrandbits:-1", lambda r: r.getrandbits(-1)),
    ("getrandbits:2147483648", lambda r: r.getrandbits(2**31)),
    ("getrandbits:-2147483649", lambda r: r.getrandbits(-(2**31) - 1)),
    ("randbytes:-1", lambda r: r.randbytes(-1)),
    ("randbytes:1152921504606846976", lambda r: r.randbytes(2**60)),
    ("expovariate:0.0", lambda r: r.expovariate(0.0)),
    ("gammavariate:0.0:1.0", lambda r: r.gammavariate(0.0, 1.0)),
    ("gammavariate:1.0:-1.0", lambda r: r.gammavariate(1.0, -1.0)),
    ("betavariate:-1.0:1.0", lambda r: r.betavariate(-1.0, 1.0)),
    ("paretovariate:0.0", lambda r: r.paretovariate(0.0)),
    ("weibullvariate:1.0:0.0", lambda r: r.weibullvariate(1.0, 0.0)),
    ("lognormvariate:1000.0:1.0", lambda r: r.lognormvariate(1000.0, 1.0)),
    ("paretovariate:1e-05", lambda r: r.paretovariate(1e-05)),
    ("weibullvariate:1.0:1e-05", lambda r: r.weibullvariate(1.0, 1e-05)),
    ("vonmisesvariate:0.0:nan", None),  # loops forever in CPython
    ("gammavariate:nan:1.0", None),  # loops forever in CPython
]


def error_data():
    out = []
    for name, call in ERROR_CALLS:
        if call is None:
            out.append({"call": name, "kind": "Hang", "message": None, "next": None})
            continue
        r = random.Random(0)
        kind, message = err(lambda: call(r))
        # What the failed call drew: the next random() tells.
        out.append({"call": name, "kind": kind, "message": message, "next": fbits(r.random())})
    # 3.11 messages that need no generator.
    try:
        random.seed([1])
    except TypeError as e:
        out.append({"call": "seed_type", "kind": "TypeError", "message": str(e), "next": None})
    try:
        random.choices(range(3), 3)
    except TypeError as e:
        out.append({"call": "choices_k_positional:3", "kind": "TypeError", "message": str(e), "next": None})
    try:
        random.sample(range(2), 1, counts=[1.0, 2])
    except TypeError as e:
        out.append({"call": "counts_not_integers", "kind": "TypeError", "message": str(e), "next": None})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seeds = []
    for kind, value in SEEDS:
        cases = {}
        for name, f in CASES:
            cases[name] = run_case(seeded(kind, value), f)
        seeds.append({"seed": seed_json(kind, value), "cases": cases})
        print("seed", repr(value), file=sys.stderr)
    data = {
        "python": sys.version.split()[0],
        "draws": DRAWS,
        "seeds": seeds,
        "hashes": hash_data(),
        "sha512": sha_data(),
        "errors": error_data(),
    }
    # One line per case keeps the file small and its diffs readable.
    lines = ["{"]
    for key in ("python", "draws"):
        lines.append(f" {json.dumps(key)}: {json.dumps(data[key])},")
    lines.append(' "seeds": [')
    for i, s in enumerate(seeds):
        lines.append(f'  {{"seed": {json.dumps(s["seed"], ensure_ascii=False)}, "cases": {{')
        items = list(s["cases"].items())
        for j, (name, case) in enumerate(items):
            comma = "," if j + 1 < len(items) else ""
            lines.append(f"   {json.dumps(name)}: {json.dumps(case, ensure_ascii=False)}{comma}")
        lines.append("  }}" + ("," if i + 1 < len(seeds) else ""))
    lines.append(" ],")
    for key in ("hashes", "sha512", "errors"):
        comma = "," if key != "errors" else ""
        body = json.dumps(data[key], indent=1, ensure_ascii=False).replace("\n", "\n ")
        lines.append(f" {json.dumps(key)}: {body}{comma}")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)
    with open(os.path.join(here, "random_draws.json"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
