"""Values of SPEC section 1a: formatting, big ints, unpacking, the random module."""
from gen_core import WORDS

INTS = ["0", "7", "-42", "1234567", "255", "-1", "10 ** 12", "2 ** 70", "-9876543210", "True"]
FLOATS = ["3.14159", "-2.5", "0.1 + 0.2", "1e-05", "123456.789", "2.675", "1.5", "-0.0",
          "1e21", "0.5", "1 / 3", "2.5", "1e16", "100.0", "-1234.5678", "float('inf')", "0.125"]
STRS = ["'ant'", "'hello world'", "''", "'Zebra'", "'x'"]


def fmt_spec(p, kind):
    """A format spec from the mini-language's grammar, usually valid for `kind`."""
    r = p.r
    spec = ""
    if r.random() < 0.5:
        align = r.choice("<>^=" if kind != "str" else "<>^")
        if r.random() < 0.5:
            spec += r.choice("*-_0.#x ")
        spec += align
    if kind != "str" and r.random() < 0.3:
        spec += r.choice("+- ")
    if kind != "str" and r.random() < 0.15:
        spec += "#"
    if kind != "str" and r.random() < 0.15:
        spec += "0"
    if r.random() < 0.6:
        spec += str(r.randint(1, 14))
    if kind == "int":
        typ = r.choice(["", "", "d", "b", "o", "x", "X", "e", "f", "g", "%", "n", "c"])
        if typ in ("", "d", "e", "f", "g", "%") and r.random() < 0.4:
            spec += r.choice(",_")
        elif typ in ("b", "o", "x", "X") and r.random() < 0.3:
            spec += "_"
        if typ in ("e", "f", "g", "%") and r.random() < 0.6:
            spec += f".{r.randint(0, 6)}"
    elif kind == "float":
        typ = r.choice(["", "", "e", "E", "f", "F", "g", "G", "%", "f", "n"])
        if typ != "n" and r.random() < 0.3:
            spec += r.choice(",_")
        if r.random() < 0.7:
            spec += f".{r.randint(0, 8)}"
    else:
        typ = r.choice(["", "", "s"])
        if r.random() < 0.3:
            spec += f".{r.randint(0, 5)}"
    return spec + typ


def printf_spec(p, kind):
    r = p.r
    flags = "".join(r.sample("-+ #0", r.randint(0, 2)))
    width = str(r.randint(1, 12)) if r.random() < 0.5 else ""
    if kind == "int":
        conv = r.choice("dioxXeEfgc") if r.random() < 0.9 else "s"
        prec = f".{r.randint(0, 4)}" if conv in "eEfg" and r.random() < 0.5 else ""
    elif kind == "float":
        conv = r.choice("eEfFgGdr")
        prec = f".{r.randint(0, 6)}" if r.random() < 0.6 else ""
    else:
        conv = r.choice("sr")
        prec = f".{r.randint(0, 4)}" if r.random() < 0.3 else ""
    return f"%{flags}{width}{prec}{conv}"


def value(p):
    kind = p.pick(["int", "int", "float", "float", "str"])
    src = p.pick({"int": INTS, "float": FLOATS, "str": STRS}[kind])
    return kind, src


def guarded(b, line, label="format error"):
    with b.block("try:"):
        b(line)
    with b.block("except (ValueError, TypeError, ArithmeticError) as e:"):
        b(f'print("{label}", type(e).__name__, e)')


def fstrings(p, b):
    p.tag("fstring")
    for _ in range(p.r.randint(3, 7)):
        kind, src = value(p)
        x = p.fresh("x")
        b(f"{x} = {src}")
        op = p.r.randint(0, 9)
        if op <= 2:
            specs = [fmt_spec(p, kind) for _ in range(p.r.randint(1, 3))]
            guarded(b, "print(f\"" + "|".join(f"{{{x}:{s}}}" for s in specs) + "|\")")
        elif op == 3:
            guarded(b, f'print(format({x}, {fmt_spec(p, kind)!r}), "{{:{fmt_spec(p, kind)}}}".format({x}))')
        elif op == 4:
            spec = printf_spec(p, kind)
            guarded(b, f"print({spec + '|'!r} % ({x},), '%s and %r' % ({x}, {x}), '%5.1f%%' % 12.345)")
        elif op == 5:
            b(p.pick([f'print(f"{{{x}!r:>12}}|{{{x}!s:<6}}|{{{x}=}}|{{{x} = }}")',
                      f'print(f"{{{x}!r}}", f"{{{{literal}}}}", f"{{{x}}}" f"{{{x}!r}}")',
                      f'print(f"{{str({x}):*^{p.r.randint(3, 15)}}}|{{repr({x})[:4]}}")']))
        elif op == 6:
            w, pr = p.fresh("w"), p.fresh("pr")
            b(f"{w}, {pr} = {p.r.randint(1, 12)}, {p.r.randint(0, 5)}")
            if kind == "str":
                guarded(b, f'print(f"{{{x}:>{{{w}}}}}|{{{x}:{{{w}}}.{{{pr}}}}}|{{{x}:^{{{w}}}}}")')
            else:
                guarded(b, f'print(f"{{{x}:{{{w}}}.{{{pr}}}f}}|{{{x}:>{{{w}}}}}|{{{x}:{{{pr}}}}}")')
        elif op == 7:
            guarded(b, p.pick([f'print("{{0}}-{{1}}-{{0}}".format({x}, {p.pick(WORDS)!r}), "{{v!r:>8}}".format(v={x}))',
                               f'print("{{0[0]}} {{0[1]}}".format([{x}, 2]), "{{:>{{}}}}".format({x}, {p.r.randint(1, 9)}))',
                               f'print("%(a)s/%(b)r" % {{"a": {x}, "b": {x}}}, "%-8s|%8s|" % ({x}, {x}))']))
        elif op == 8:
            b(p.pick(['print(f"{3.5:.0f} {4.5:.0f} {2.675:.2f} {1e16:g} {1e-5:g} {0.0001:g} {123456789:e}")',
                      'print(f"{1234567.891:,.2f} {-1234567:_} {0.25:%} {1/3:.3%} {255:#x} {255:#o} {5:#b}")',
                      'print(f"{-0.0} {float(\'nan\')} {-float(\'inf\'):>6} {1e300 * 10} {2 ** 0.5}")',
                      'print(f"{True} {None!r} {[1, 2]!s:>8} {(1,)} {\'q\':\'>3}")',
                      'print(f"{12:=+8} {-12:=8} {12:08} {-12:08} {3.5:+08.2f} {-3.5:=+9.2f}")',
                      'print(f"{65:c} {ord(\'a\'):x} {1e22} {1e-7} {123456789012345678.0} {0.1 * 3}")']))
        else:
            b(f'print(str({x}), repr({x}), {x} if isinstance({x}, str) else -{x}, len(str({x})))')
        p.maybe_yield(b, 0.15)


# ---------------------------------------------------------------- big ints

def bigints(p, b):
    p.tag("bigint")
    a, c, f = p.fresh("a"), p.fresh("c"), p.fresh("fact")
    b(f"{a} = {p.pick(['2', '3', '7', '10', '-3'])} ** {p.r.randint(40, 220)} + {p.r.randint(-99, 99)}")
    b(f"{c} = -({p.pick(['3', '5', '11', '2'])} ** {p.r.randint(20, 120)}) - {p.r.randint(0, 50)}")
    b(f"{f} = 1")
    with b.block(f"for i in range(1, {p.r.randint(20, 100)}):"):
        b(f"{f} *= i")
    small = lambda: str(p.r.choice([p.r.randint(-20, -1), p.r.randint(1, 20), 7, -7, 3]))  # noqa: E731
    ops = [
        f"print({a} * {c})", f"print({a} // {c}, {a} % {c})", f"print(divmod({a}, {c}), divmod({c}, {small()}))",
        f"print({a} // {small()}, {a} % {small()}, {c} // {small()}, {c} % {small()})",
        f"print(-{a} // {small()}, -{a} % {small()}, {a} % -{c})",
        f"print(pow({a}, {p.r.randint(2, 5)}, {p.r.randint(2, 10 ** 9)}), pow(3, {p.r.randint(50, 200)}), pow({small()}, 3))",
        f"print({a} >> {p.r.randint(1, 100)}, {c} >> {p.r.randint(1, 40)}, {small()} << {p.r.randint(60, 130)})",
        f"print({a} & {c}, {a} | {c}, {a} ^ {c}, ~{a})",
        f"print(abs({c}), -{c} == abs({c}), max({a}, {c}), min({a}, {c}, 0), sorted([{a}, {c}, 0, -1]))",
        f"print(int(str(abs({a}))[::-1]), len(str({f})), str({f})[:12], str({c})[-6:])",
        f"print(int({'1' * p.r.randint(30, 60)!r}) + 1, int('-' + '9' * {p.r.randint(20, 50)}) - 1, int(' 12_345 '))",
        f"print({a}.bit_length(), {c}.bit_length(), hex({a})[:20], bin({c})[:24], oct({f})[-8:])",
        f'print(f"{{{a}:,}}"[:40], f"{{{c}:_}}"[-30:], f"{{{f}:_x}}"[:30], f"{{{a} % 10 ** 12:,}}")',
        f"print({a} / {c}, {a} * 1.5, float({c}), {a} == float({a}), {c} < -1e30, {f} > 1e100)",
        f"print(round({a}, -{p.r.randint(1, 30)}), round({c}, -5), round({f} / 10 ** 90, 3))",
        f"print(sum(range(10 ** 12, 10 ** 12 + 5)), 2 ** 64 - 1, -(2 ** 63), 10 ** 30 // 7, 10 ** 30 % 7)",
        f"print({f}, {f} // 10 ** 20 % 1000)",
        f"print(int(1e20), int(-2.5e18), int('ff', 16), int('-0b101', 0), int('z', 36), 10 ** 20 == 1e20)",
        f"print(({a} * {c}) // ({a} + 1), ({a} - {c}) % {p.r.randint(2, 1000)}, {a} ** 2 // {c} ** 2)",
        f"print(str({a}).count('7'), {a} // 10 ** 20, {a} % 10 ** 5, -{a} // 10 ** 20)",
        f"print({a} > {c}, {a} == {a} + 0, {c} != {c} - 1, {a} >= 2 ** 40, bool({c}), {a} * 0)",
        f"print({c} * 1.0, {a} + 0.5, {small()} / 3, {small()} // 2.5, {small()} % 2.5, 7.5 // -2)",
    ]
    for op in p.r.sample(ops, p.r.randint(4, 9)):
        b(op)
    if p.chance(0.4):
        guarded(b, p.pick([f"print({a} // 0)", f"print(float(10 ** 400))", f"print({a} / 0)",
                           f"print(10 ** 400 / 3)", f"print(pow(2, -1, 4))", f"print({c} % 0)"]), "big error")
    if p.chance(0.3):
        fib, x1, x2 = p.fresh("fib"), p.fresh("x"), p.fresh("y")
        b(f"{x1}, {x2} = 0, 1")
        with b.block(f"for _ in range({p.r.randint(80, 300)}):"):
            b(f"{x1}, {x2} = {x2}, {x1} + {x2}")
        b(f'print("fib", {x1}, {x1} % 1000000007)')


# ---------------------------------------------------------------- unpacking

def unpacking(p, b):
    p.tag("unpack")
    r = p.r
    for _ in range(r.randint(3, 6)):
        op = r.randint(0, 11)
        n = r.randint(0, 6)
        seq = p.pick([f"range({n})", str(list(range(n))), repr("abcdefg"[:n]), str(tuple(range(10, 10 + n)))])
        if op == 0:
            with b.block("try:"):
                b(f"a, *mid, z = {seq}")
                b('print("star mid", a, mid, z)')
            with b.block("except ValueError as e:"):
                b('print("unpack error", e)')
        elif op == 1:
            with b.block("try:"):
                b(p.pick([f"first, *rest = {seq}", f"*rest, first = {seq}"]))
                b('print("star", first, rest)')
            with b.block("except ValueError as e:"):
                b('print("unpack error", e)')
        elif op == 2:
            k = r.randint(1, 4)
            names = ", ".join(f"v{i}" for i in range(k)) + ("," if k == 1 else "")
            with b.block("try:"):
                b(f"{names} = {seq}")
                b(f'print("fixed", {names})')
            with b.block("except ValueError as e:"):
                b('print("unpack error", e)')
        elif op == 3:
            b(p.pick(["(a, b), c = (1, 2), 3", "a, (b, c) = 'x', 'yz'", "[a, b], [c] = [[1, 2], [3]]",
                      "a, (b, *c) = 1, (2, 3, 4)", "(a, b), *c = 'ab', 1, 2"]))
            b('print("nested", a, b, c)')
        elif op == 4:
            b(f"p1, p2 = {r.randint(0, 9)}, {r.randint(0, 9)}")
            b("p1, p2 = p2, p1 + p2")
            b('print("swap", p1, p2)')
        elif op == 5:
            items = [(p.pick(WORDS), r.randint(0, 9)) for _ in range(r.randint(1, 4))]
            with b.block(f"for i, (name, val) in enumerate({items!r}):"):
                b('print("pair", i, name, val)')
        elif op == 6:
            rows = [tuple(range(r.randint(1, 4))) for _ in range(r.randint(1, 3))]
            with b.block(f"for head, *tail in {rows!r}:"):
                b('print("row", head, tail)')
        elif op == 7:
            fn = p.fresh("spread")
            b(f"def {fn}(a, b=0, *args, c=1, **kw):")
            b("    return a, b, args, c, kw")
            b(p.pick([f"print({fn}(*{list(range(r.randint(1, 4)))}, **{{'c': 5, 'z': 6}}))",
                      f"print({fn}(*'xy', c=2), {fn}(1, *[2, 3], 4, e=0))",
                      f"print({fn}(**{{'a': 1, 'b': 2}}), {fn}(*range(5)))"]))
        elif op == 8:
            xs = list(range(r.randint(0, 3)))
            b(f'print([*{xs}, *"ab", *range(2)], (*{xs}, 9), {{*{xs}, 5}}, {{**{{"k": 1}}, "j": 2, **dict(a=3)}})')
        elif op == 9:
            b(f'print(*{list(range(r.randint(0, 4)))}, sep="{p.pick(["-", ", ", ""])}", end="{p.pick(["!", ""])}\\n")')
        elif op == 10:
            fn = p.fresh("pair")
            b(f"def {fn}(xs):")
            b("    return *xs, len(xs)")
            b(f'print("return star", {fn}({list(range(r.randint(0, 3)))}))')
        else:
            b("x, = [42]")
            b("[y] = 'q'")
            b("*zs, = range(3)")
            b('print("single", x, y, zs)')
        p.maybe_yield(b, 0.15)


# ---------------------------------------------------------------- random

def random_calls(p, b):
    p.tag("random")
    r = p.r
    for _ in range(r.randint(3, 7)):
        op = r.randint(0, 12)
        if op == 0:
            a = r.randint(-10, 10)
            b(f'print("randint", random.randint({a}, {a + r.randint(0, 1000)}), random.randint(1, 6))')
        elif op == 1:
            b('print("random", random.random(), random.random() < 0.5)')
        elif op == 2:
            b(p.pick([f'print("choice", random.choice({p.words()!r}), random.choice(range({r.randint(1, 100)})))',
                      f'print("choice", random.choice("abcdef"), random.choice([1, 2.5, "x", None]))']))
        elif op == 3:
            lst = p.fresh("deck")
            b(f"{lst} = {p.pick([f'list(range({r.randint(1, 12)}))', repr(p.words())])}")
            b(f"random.shuffle({lst})")
            b(f'print("shuffle", {lst})')
        elif op == 4:
            k = r.randint(0, 5)
            b(p.pick([f'print("sample", random.sample(range({r.randint(k, 200)}), {k}))',
                      f'print("sample", random.sample({p.words(6)!r}, {k}))',
                      f'print("sample", sorted(random.sample(range(10 ** 6), {k})))']))
        elif op == 5:
            b(f'print("uniform", random.uniform({r.randint(-5, 5)}, {r.randint(0, 10)}), round(random.uniform(0, 1), 3))')
        elif op == 6:
            b(p.pick([f'print("randrange", random.randrange({r.randint(1, 50)}), random.randrange(0, 100, 5), random.randrange(10, -10, -3))',
                      f'print("choices", random.choices({p.words(4)!r}, k={r.randint(0, 5)}))',
                      f'print("choices", random.choices(range(5), weights=[5, 1, 0, 2, 1], k={r.randint(1, 5)}))',
                      'print("gauss", random.gauss(0, 1), random.gauss(10, 2.5))',
                      f'print("bits", random.getrandbits({r.randint(1, 100)}), random.expovariate(1.5))']))
        elif op == 7:
            rng = p.fresh("rng")
            seed = p.pick([str(r.randint(0, 10 ** 6)), repr(p.pick(WORDS)), str(2 ** 70 + 3), "-5"])
            b(f"{rng} = random.Random({seed})")
            b(f'print("own rng", {rng}.randint(1, 6), {rng}.random(), {rng}.choice("xyz"))')
        elif op == 8:
            j = p.fresh("jitter")
            b(f"async def {j}(name, n):")
            b("    for i in range(n):")
            b(f"        d = {p.pick(['random.uniform(0, 0.3)', 'random.random() / 4', 'random.choice([0.1, 0.2, 0.3])', 'random.randint(1, 3) / 10'])}")
            b("        await asyncio.sleep(d)")
            b(f'        print(name, i, round(d, 4), {p.now()})')
            b("    return name")
            b(f'print("jitter", await asyncio.gather({j}("a", {r.randint(1, 3)}), {j}("b", {r.randint(1, 3)})))')
        elif op == 9:
            b("delay = 0.1")
            with b.block(f"for attempt in range({r.randint(1, 5)}):"):
                with b.block(f"if random.random() < {p.pick(['0.3', '0.5', '0.7'])}:"):
                    b('print("success at attempt", attempt, time.monotonic())')
                    b("break")
                b("await asyncio.sleep(delay + random.uniform(0, 0.1))")
                b("delay *= 2")
            with b.block("else:"):
                b('print("gave up at", time.monotonic())')
        elif op == 10:
            b(f'print("dice", [random.randint(1, 6) for _ in range({r.randint(1, 8)})], sum(random.random() for _ in range(3)))')
        elif op == 11:
            b('print("sample and choices", random.sample("abcdefgh", 3), random.choices("xy", cum_weights=[1, 3], k=4))')
        else:
            b(f'print("big draws", random.randrange(0, 10 ** {r.randint(20, 40)}), random.getrandbits({r.randint(60, 140)}))')
        p.maybe_yield(b, 0.2)


FEATURES = {
    "fstring": (1.0, fstrings),
    "bigint": (0.8, bigints),
    "unpack": (0.8, unpacking),
    "random": (1.0, random_calls),
}
