"""Language features of SPEC section 1a, each written into one async part of a program.

Each function takes the program `p` (RNG, top-level definitions) and the part's body `b`.
Output never depends on id() or string hashing: sets of strings are printed sorted, user
objects always have a __repr__ when printed.
"""
from gen_core import WORDS


def lit(values):
    return "[" + ", ".join(repr(v) for v in values) + "]"


def word(p):
    return repr(p.pick(WORDS))


def call_error(b, expr, errors="Exception", label="error"):
    """`print(expr)`, printing the exception's type and message if it raises."""
    with b.block("try:"):
        b(f"print({expr})")
    with b.block(f"except {errors} as e:"):
        b(f'print("{label}", type(e).__name__, e)')


# ---------------------------------------------------------------- comprehensions

def int_expr(p, v):
    k = p.r.randint(2, 5)
    return p.pick([v, f"{v} * {k}", f"{v} % {k}", f"{v} ** 2", f"-{v}", f"{v} // {k}",
                   f"({v}, {v} % {k})", f"{v} + {k}", f"abs({v} - {k})",
                   f"{v} if {v} % 2 else -{v}", f"str({v})"])


def int_hashable_expr(p, v):
    k = p.r.randint(2, 5)
    return p.pick([v, f"{v} * {k}", f"{v} % {k}", f"{v} ** 2", f"-{v}", f"{v} // {k}",
                   f"({v}, {v} % {k})", f"{v} - {k * 3}"])


def int_num_expr(p, v):
    k = p.r.randint(2, 5)
    return p.pick([v, f"{v} * {k}", f"{v} % {k}", f"{v} ** 2", f"-{v}", f"{v} // {k}",
                   f"{v} + {k}", f"abs({v} - {k})"])


def int_cond(p, v):
    k = p.r.randint(2, 5)
    return p.pick([f"{v} % {k} == {p.r.randint(0, k - 1)}", f"{v} > {p.r.randint(-2, 10)}",
                   f"{v} != {p.r.randint(0, 9)}", f"{v} % 2", f"not {v} % {k}",
                   f"{p.r.randint(-3, 3)} < {v} <= {p.r.randint(4, 15)}"])


def word_expr(p, w):
    return p.pick([f"{w}.upper()", f"{w}[0]", f"len({w})", f"{w} * 2", f"{w}[::-1]",
                   f'f"{{{w}}}!"', f"{w}.title()", f"({w}, len({w}))", f"{w}[1:]"])


def word_cond(p, w):
    return p.pick([f"{w}.startswith({p.pick(['a', 'e', 'o', 'g'])!r})", f"len({w}) > 2",
                   f"{p.pick('aeiou')!r} in {w}", f"{w} < {word(p)}", f"{w} != {word(p)}"])


def int_source(p, xs):
    a = p.r.randint(-3, 4)
    return p.pick([xs, xs, f"range({a}, {a + p.r.randint(2, 9)})",
                   f"range({p.r.randint(8, 15)}, {p.r.randint(-2, 3)}, -{p.r.randint(1, 3)})",
                   f"range(0, {p.r.randint(5, 20)}, {p.r.randint(2, 4)})", f"{xs}[1:]",
                   f"sorted({xs})", f"reversed({xs})"])


def word_source(p, ws):
    return p.pick([ws, ws, repr(" ".join(p.words())) + ".split()", f"{ws}[::-1]",
                   f"sorted({ws})"])


def comp(p, b):
    p.tag("comp")
    xs, ws = p.fresh("xs"), p.fresh("ws")
    b(f"{xs} = {lit(p.ints())}")
    b(f"{ws} = {lit(p.words())}")
    for _ in range(p.r.randint(2, 5)):
        kind = p.r.randint(0, 13)
        cond = p.chance(0.5)
        if kind == 0:
            e = f"[{int_expr(p, 'v')} for v in {int_source(p, xs)}" + (f" if {int_cond(p, 'v')}" if cond else "") + "]"
        elif kind == 1:
            e = f"[{word_expr(p, 'w')} for w in {word_source(p, ws)}" + (f" if {word_cond(p, 'w')}" if cond else "") + "]"
        elif kind == 2:
            e = f"{{{int_hashable_expr(p, 'v')} for v in {int_source(p, xs)}" + (f" if {int_cond(p, 'v')}" if cond else "") + "}"
        elif kind == 3:
            e = f"sorted({{{word_expr(p, 'w')} for w in {word_source(p, ws)}}})"
        elif kind == 4:
            e = p.pick([f"{{v: {int_expr(p, 'v')} for v in {int_source(p, xs)}" + (f" if {int_cond(p, 'v')}" if cond else "") + "}",
                        f"{{w: {word_expr(p, 'w')} for w in {word_source(p, ws)}}}",
                        f"{{k: v for k, v in zip({ws}, {xs})}}",
                        f"{{v % {p.r.randint(2, 4)}: v for v in {xs}}}",
                        f"{{i: w for i, w in enumerate({ws}, {p.r.randint(0, 3)}) if {word_cond(p, 'w')}}}"])
        elif kind == 5:
            agg = p.pick(["sum", "max", "min", "tuple", "list", "sorted", "any", "all"])
            src = int_source(p, xs)
            inner = f"{int_num_expr(p, 'v')} for v in {src}" + (f" if {int_cond(p, 'v')}" if cond else "")
            if agg in ("max", "min"):
                e = f"{agg}(({inner}), default=None)"
            elif agg in ("any", "all"):
                e = f"{agg}({int_cond(p, 'v')} for v in {src})"
            else:
                e = f"{agg}({inner})"
        elif kind == 6:
            e = f'"{p.pick(["-", ", ", ""])}".join(str(v) for v in {int_source(p, xs)})'
        elif kind == 7:
            n = p.r.randint(2, 5)
            e = p.pick([f"[[{int_expr(p, 'u')} for u in range(v)] for v in range({n})]",
                        f"[(a, c) for a in range({n}) for c in range(a) if (a + c) % {p.r.randint(2, 3)}]",
                        f"[w[i] for w in {ws} for i in range(len(w)) if i < {p.r.randint(1, 3)}]",
                        f"[c for row in [{xs}[:2], {xs}[2:4], [{p.r.randint(0, 9)}]] for c in row]",
                        f"{{w: [c for c in w if c in 'aeiou'] for w in {ws}}}"])
        elif kind == 8:
            y = p.fresh("y")
            b(f"{y} = None")
            b(f'print("walrus", [{y} for v in {int_source(p, xs)} if ({y} := v * {p.r.randint(2, 4)}) > {p.r.randint(0, 12)}], {y})')
            continue
        elif kind == 9:
            g = p.fresh("g")
            b(f"{g} = ({int_expr(p, 'v')} for v in {int_source(p, xs)})")
            b(f'print("lazy", next({g}, None), next({g}, None), list({g}), next({g}, "empty"))')
            continue
        elif kind == 10:
            b("v = 'outer'")
            b(f'print("scope", [v for v in range({p.r.randint(1, 4)})], v)')
            continue
        elif kind == 11:
            d = p.fresh("d")
            b(f"{d} = dict(zip({ws}, {xs}))")
            e = p.pick([f"{{k: v for k, v in {d}.items() if v > {p.r.randint(0, 10)}}}",
                        f"{{v: k for k, v in {d}.items()}}",
                        f"sorted(k for k in {d} if {d}[k] % 2)",
                        f"[(k, v) for k, v in sorted({d}.items(), key=lambda kv: kv[1])]"])
        elif kind == 12:
            e = f"len({{{int_hashable_expr(p, 'v')} for v in {int_source(p, xs)}}})"
        else:
            e = f"[(i, {word_expr(p, 'w')}) for i, w in enumerate({word_source(p, ws)}) if i % {p.r.randint(1, 3)} == 0]"
        b(f'print("comp", {e})')
        p.maybe_yield(b)


# ---------------------------------------------------------------- dicts

def dicts(p, b):
    p.tag("dict")
    d = p.fresh("d")
    keys = p.words(p.r.randint(2, 5))
    b(f"{d} = {{" + ", ".join(f"{k!r}: {p.r.randint(0, 9)}" for k in keys) + "}")

    def k():
        return word(p)

    def v():
        return str(p.r.randint(-3, 12))

    for _ in range(p.r.randint(5, 11)):
        op = p.r.randint(0, 27)
        if op == 0:
            b(f"{d}[{k()}] = {v()}")
        elif op == 1:
            key = k()
            b(f"{d}[{key}] = {d}.get({key}, 0) + {v()}")
        elif op == 2:
            b(f'print("get", {d}.get({k()}), {d}.get({k()}, -1))')
        elif op == 3:
            b(f'print("setdefault", {d}.setdefault({k()}, {v()}))')
        elif op == 4:
            b(f'print("pop", {d}.pop({k()}, None))')
        elif op == 5:
            call_error(b, f"{d}.pop({k()})", "KeyError", "pop failed")
        elif op == 6:
            with b.block("try:"):
                b(f'print("item", {d}[{k()}])')
            with b.block("except KeyError as e:"):
                b('print("missing", repr(e), e.args)')
        elif op == 7:
            b(p.pick([f"{d}.update({{{k()}: {v()}, {k()}: {v()}}})", f"{d}.update({p.pick(WORDS)}={v()})",
                      f"{d}.update([({k()}, {v()})])"]))
        elif op == 8:
            with b.block(f"if {d}:"):
                b(f'print("popitem", {d}.popitem())')
        elif op == 9:
            b(p.pick([f"print(list({d}.keys()), list({d}.values()))", f"print({d}.items())",
                      f"print({d}.keys(), {d}.values())", f"print(list(reversed({d})))"]))
        elif op == 10:
            key = k()
            with b.block(f"if {key} in {d}:"):
                b(f"del {d}[{key}]")
        elif op == 11:
            b(p.pick([f"print(sorted({d}, key={d}.get))",
                      f"print(sorted({d}.items(), key=lambda kv: (-kv[1], kv[0])))",
                      f"print(max({d}, key={d}.get) if {d} else None)",
                      f"print(sorted({d}.values(), reverse=True))"]))
        elif op == 12:
            b(f'print({d} | dict.fromkeys({lit(p.words(2))}, {v()}))')
        elif op == 13:
            b(f"{d} |= {{{k()}: {v()}}}")
        elif op == 14:
            b(f"print({{**{d}, {k()}: {v()}}})")
        elif op == 15:
            b(p.pick([f"print(dict(zip({lit(p.words(3))}, {lit(p.ints(n=3))})))",
                      f"print(dict(a={v()}, b={v()}), dict([(1, 'x'), (2, 'y')]))",
                      "print(dict.fromkeys(range(3)))"]))
        elif op == 16:
            c = p.fresh("c")
            b(f"{c} = {d}.copy()")
            b(f"{c}[{k()}] = {v()}")
            b(f"print({c} == {d}, len({c}), len({d}), {c} != {d})")
        elif op == 17:
            with b.block(f"for key, val in {d}.items():"):
                b('print(key, val, end="; ")')
            b("print()")
        elif op == 18:
            key = k()
            b(f"print({key} in {d}, {key} not in {d}, len({d}))")
        elif op == 19:
            with b.block("try:"):
                with b.block(f"for key in {d}:"):
                    b(f'{d}[key + "x"] = 1')
            with b.block("except RuntimeError as e:"):
                b('print("RuntimeError", e)')
        elif op == 20:
            g = p.fresh("groups")
            b(f"{g} = {{}}")
            with b.block(f"for w in {lit(p.words())}:"):
                b(f"{g}.setdefault(len(w), []).append(w)")
            b(f"print({g})")
        elif op == 21:
            c = p.fresh("counts")
            b(f"{c} = {{}}")
            with b.block(f"for ch in {' '.join(p.words(3))!r}:"):
                b(f"{c}[ch] = {c}.get(ch, 0) + 1")
            b(f"print({c}, max({c}, key={c}.get))")
        elif op == 22:
            b(p.pick([f"print(repr({d}), str({d}) == repr({d}))",
                      f"print({{(1, 2): 'a', 3: [4], None: True, 2.5: {d}.get({k()})}})"]))
        elif op == 23:
            b(f"print(sorted({d}.keys() & {{{k()}, {k()}}}), sorted({d}.keys() - {{{k()}}}))")
        elif op == 24:
            b(f"print({d}.items() == dict(sorted({d}.items())).items(), {d} == dict(reversed({d}.items())))")
        elif op == 25:
            if p.chance(0.3):
                b(f"{d}.clear()")
            b(f"print({d}, len({d}), bool({d}))")
        elif op == 26:
            b(f"print([k for k, v in {d}.items() if v % 2 == 0], sum({d}.values()))")
        else:
            b(f"print({d}.get({k()}, {d}), {d}.setdefault('zz', {v()}))")
        p.maybe_yield(b, 0.15)
    b(f'print("dict", {d})')


# ---------------------------------------------------------------- lists and strings

def seqs(p, b):
    p.tag("seqs")
    xs = p.fresh("xs")
    b(f"{xs} = {lit(p.ints(-5, 15))}")

    def n():
        return str(p.r.randint(-3, 15))

    def i():
        return str(p.r.randint(-4, 7))

    for _ in range(p.r.randint(4, 9)):
        op = p.r.randint(0, 20)
        if op == 0:
            b(p.pick([f"{xs}.append({n()})", f"{xs}.extend([{n()}, {n()}])", f"{xs}.insert({i()}, {n()})",
                      f"{xs} += [{n()}]", f"{xs}.extend(range({p.r.randint(0, 3)}))"]))
        elif op == 1:
            call_error(b, f"{xs}.remove({n()}) or {xs}", "ValueError", "remove")
        elif op == 2:
            call_error(b, p.pick([f"{xs}.pop()", f"{xs}.pop({i()})", f"{xs}.pop(0)"]), "IndexError", "pop")
        elif op == 3:
            call_error(b, f"{xs}.index({n()})", "ValueError", "index")
        elif op == 4:
            b(f'print("count", {xs}.count({n()}), len({xs}), min({xs}, default=0), max({xs}, default=0), sum({xs}))')
        elif op == 5:
            b(p.pick([f"{xs}.sort()", f"{xs}.sort(reverse=True)", f"{xs}.sort(key=lambda v: (v % 3, v))",
                      f"{xs}.sort(key=abs)", f"{xs}.reverse()", f"{xs}.sort(key=lambda v: -v, reverse=True)"]))
            b(f"print({xs})")
        elif op == 6:
            b(f'print("slice", {xs}[{i()}:{i()}], {xs}[::-1], {xs}[::{p.pick(["2", "-2", "3"])}], {xs}[{i()}:])')
        elif op == 7:
            b(p.pick([f"{xs}[{i()}:{i()}] = [{n()}, {n()}]", f"del {xs}[{i()}:{i()}]",
                      f"{xs}[::2] = {xs}[::2]"]))
            b(f"print({xs})")
        elif op == 8:
            call_error(b, f"{xs}[{p.r.randint(-12, 12)}]", "IndexError", "index")
        elif op == 9:
            b(f"print({xs} * 2, {xs} + [{n()}], [{n()}] * 3, {xs} == sorted({xs}), {xs} < [{n()}])")
        elif op == 10:
            b(f"print(sorted({xs}, reverse=True), list(reversed({xs})), {xs}.copy() is {xs}, {n()} in {xs})")
        elif op == 11:
            t = p.fresh("tup")
            b(f"{t} = tuple({xs})")
            b(f"print({t}, {t}.count({n()}), {t}[1:3], {t} + (1,), len({t}))")
        elif op == 12:
            s = p.fresh("s")
            sep = p.pick([" ", ", ", "-", "  "])
            pad = p.pick(["", " ", "  ", "\\t"])
            text = sep.join(p.words())
            b(f'{s} = "{pad}{text}{pad}"')
            for _ in range(p.r.randint(2, 4)):
                b("print(" + p.pick([
                    f"{s}.split()", f"{s}.split({sep!r})", f"{s}.split({sep!r}, 1)", f"{s}.rsplit({sep!r}, 1)",
                    f"{s}.strip()", f"{s}.strip(' a')", f"{s}.lstrip()", f"{s}.rstrip()",
                    f"{s}.replace({p.pick('aeiou')!r}, {p.pick(['_', '', 'AA'])!r})",
                    f"{s}.replace({sep!r}, '|', 1)", f"{s}.upper(), {s}.lower(), {s}.title()",
                    f"{s}.capitalize(), {s}.swapcase()",
                    f"{s}.startswith({p.pick(WORDS)!r}), {s}.endswith(({p.pick(WORDS)!r}, {p.pick(WORDS)!r}))",
                    f"{s}.find({p.pick(WORDS)!r}), {s}.rfind({p.pick('aeiou')!r}), {s}.count({p.pick('aeiou')!r})",
                    f"repr({s}.strip().center({p.r.randint(5, 30)}, '*'))",
                    f"repr({s}.strip().ljust({p.r.randint(5, 25)}, '.')), repr({s}.strip().rjust({p.r.randint(5, 25)}))",
                    f"{s}.strip().zfill({p.r.randint(5, 25)})", f"{s}.partition({sep!r})", f"{s}.rpartition({sep!r})",
                    f"{s}.isalpha(), {s}.strip().isalpha(), {s}.isdigit(), '123'.isdigit(), {s}.islower()",
                    f"{s}[::2], {s}[{i()}], {s}[{i()}:{i()}]", f"'|'.join({s}.split())",
                    f"'-'.join(reversed({s}.split()))", f"sorted({s}.split())",
                    f"{s}.strip().split({p.pick('aeiou')!r})", f"len({s}), {s} * 2",
                    f"'{{}} and {{}}'.format({s}.split()[0], len({s}))",
                    f"{s}.strip().splitlines(), 'a\\nb\\n'.splitlines(), 'a\\nb'.splitlines(True)",
                    f"[ord(c) for c in {s}.strip()[:3]], chr(65 + len({s}) % 26)",
                    "{s}.strip().index({c!r}) if {c!r} in {s} else -1".format(s=s, c=p.pick('aeiou')),
                    f"{s}.count(' '), {s}.count('')",
                ]) + ")")
            if p.chance(0.3):
                call_error(b, f"{s}.index('zz')", "ValueError", "str.index")
            if p.chance(0.2):
                with b.block("try:"):
                    b(f"{s}[0] = 'x'")
                with b.block("except TypeError as e:"):
                    b('print("TypeError", e)')
        elif op == 13:
            b(p.pick([f"print(list(enumerate({xs}[:3])), list(zip({xs}, 'abc')), list(map(abs, {xs})))",
                      f"print(list(filter(lambda v: v > 2, {xs})), any(v < 0 for v in {xs}), all({xs}))",
                      f"print(list(zip({xs}, {xs}[1:], 'xyz')), dict(enumerate('ab')))",
                      f"print(sum({xs}, 100), sorted(map(str, {xs})), [*map(lambda a, c: a * c, {xs}, [1, 2, 3])])"]))
        elif op == 14:
            b(f"print(list(range({n()})), range(2, 9, 3)[1], len(range(0, 20, 3)), list(range(10)[2:8:2]), 5 in range(3, 9))")
        elif op == 15:
            m = p.fresh("m")
            b(f"{m} = [[0] * 3 for _ in range(2)]")
            b(f"{m}[{p.r.randint(0, 1)}][{p.r.randint(0, 2)}] = {n()}")
            b(f"print({m}, [row[:] for row in {m}] == {m}, [[0] * 2] * 2)")
        elif op == 16:
            b(f"print({xs}.clear() if len({xs}) > 6 else None, {xs})")
        elif op == 17:
            b(f"print({xs}.index({xs}[-1]) if {xs} else 'empty', {xs}[-1:] if {xs} else [])")
        elif op == 18:
            b(p.pick(["print(divmod(17, -5), divmod(-17, 5), round(2.5), round(3.5), round(-0.5), round(2.675, 2))",
                      "print(pow(2, 10), pow(2, -1), abs(-7.5), min(3, 1, 2), max('ab', 'b'), hex(255), bin(10), oct(8))",
                      "print(int('42'), int('-7'), float('1.5'), str(3.0), bool(''), bool([0]), int(7.9), int(-7.9))",
                      "print(isinstance(3, int), isinstance(True, int), type(3.0).__name__, callable(len), type([]) is list)",
                      "print(7 / 2, 7 // 2, -7 // 2, 7 % -3, 2 ** -2, 1e16, 1 / 3, 0.1 + 0.2, 1e-7, 123456789.0 * 10)"]))
        elif op == 19:
            b(f"print(sorted({lit(p.words())}, key=len), sorted({lit(p.words())}, key=lambda w: w[-1]), min({lit(p.words())}, key=len))")
        else:
            b(f"print(', '.join(f'{{v:+d}}' for v in {xs}), str({xs}), repr('it' + \"'s\"))")
        p.maybe_yield(b, 0.15)
    b(f'print("list", {xs})')


# ---------------------------------------------------------------- classes

def classes(p, b):
    p.tag("class")
    d = p.defs
    base, sub = p.fresh("Item"), p.fresh("Special")
    dunders = {name for name in ["str", "eq", "lt", "len", "iter", "add", "contains", "getitem",
                                 "call", "bool", "gt", "le"] if p.chance(0.55)}
    if p.chance(0.85):
        dunders.add("repr")
    with d.block(f"class {base}:"):
        d(f"kind = {word(p)}")
        d("made = 0")
        d("")
        with d.block("def __init__(self, name, value, tags=None):"):
            d("self.name = name")
            d("self.value = value")
            d("self.tags = list(tags or [])")
            d(f"{base}.made += 1")
        d("")
        if "repr" in dunders:
            with d.block("def __repr__(self):"):
                d(p.pick(['return f"{type(self).__name__}({self.name!r}, {self.value})"',
                          'return f"<{self.kind} {self.name}={self.value}>"',
                          'return "%s(%r)" % (self.name, self.value)']))
        if "str" in dunders:
            with d.block("def __str__(self):"):
                d(p.pick(['return f"{self.name}:{self.value}"', 'return self.name.upper()',
                          'return "item " + self.name + " " + str(self.value)']))
        if "eq" in dunders:
            with d.block("def __eq__(self, other):"):
                with d.block(f"if not isinstance(other, {base}):"):
                    d("return NotImplemented")
                d("return self.value == other.value")
        if "lt" in dunders:
            with d.block("def __lt__(self, other):"):
                d(p.pick(["return self.value < other.value", "return (self.value, self.name) < (other.value, other.name)"]))
        if "gt" in dunders:
            with d.block("def __gt__(self, other):"):
                d("return self.value > other.value")
        if "le" in dunders:
            with d.block("def __le__(self, other):"):
                d("return self.value <= other.value")
        if "len" in dunders:
            with d.block("def __len__(self):"):
                d("return len(self.tags)")
        if "bool" in dunders:
            with d.block("def __bool__(self):"):
                d("return self.value > 0")
        if "iter" in dunders:
            with d.block("def __iter__(self):"):
                d(p.pick(["return iter(self.tags)", "yield from self.tags", "return iter(sorted(self.tags))"]))
        if "add" in dunders:
            with d.block("def __add__(self, other):"):
                with d.block(f"if isinstance(other, {base}):"):
                    d(f"return {base}(self.name + other.name, self.value + other.value, self.tags + other.tags)")
                d(f"return {base}(self.name, self.value + other, self.tags)")
            if p.chance(0.5):
                with d.block("def __radd__(self, other):"):
                    d(f"return {base}(self.name, other + self.value, self.tags)")
        if "contains" in dunders:
            with d.block("def __contains__(self, tag):"):
                d("return tag in self.tags")
        if "getitem" in dunders:
            with d.block("def __getitem__(self, i):"):
                d("return self.tags[i]")
        if "call" in dunders:
            with d.block("def __call__(self, x=1):"):
                d("return self.value * x")
        with d.block("def describe(self):"):
            d('return f"{self.name} has {self.value}"')
        with d.block("def bump(self, by=1):"):
            d("self.value += by")
            d("return self")
        if p.chance(0.5):
            d("@property")
            with d.block("def double(self):"):
                d("return self.value * 2")
            dunders.add("property")
        if p.chance(0.5):
            d("@classmethod")
            with d.block("def make(cls, name):"):
                d("return cls(name, len(name))")
            d("@staticmethod")
            with d.block("def helper(a, b=2):"):
                d("return a * b")
            dunders.add("classmethod")
        with d.block("async def work(self, d):"):
            d("await asyncio.sleep(d)")
            d("self.value += 1")
            d('return f"{self.name} worked"')
    d("")
    with d.block(f"class {sub}({base}):"):
        with d.block("def __init__(self, name, value, bonus):"):
            d("super().__init__(name, value, [name])")
            d("self.bonus = bonus")
        with d.block("def describe(self):"):
            d('return super().describe() + f" (+{self.bonus})"')
        if "repr" in dunders and p.chance(0.5):
            with d.block("def __repr__(self):"):
                d('return "Special(" + super().__repr__() + ")"')
        with d.block("async def work(self, d):"):
            d("r = await super().work(d)")
            d("self.bonus += 1")
            d('return r + " specially"')
    d("")

    objs = []
    for _ in range(p.r.randint(2, 4)):
        o = p.fresh("o")
        if p.chance(0.3):
            b(f"{o} = {sub}({word(p)}, {p.r.randint(-2, 9)}, {p.r.randint(1, 5)})")
        else:
            b(f"{o} = {base}({word(p)}, {p.r.randint(-2, 9)}, {lit(p.words(p.r.randint(0, 3)))})")
        objs.append(o)
    lst = "[" + ", ".join(objs) + "]"
    a, c = objs[0], objs[1]
    ops = []
    if "repr" in dunders:
        ops += [f"print({lst})", f"print(repr({a}), [{c}])"]
    if "str" in dunders or "repr" in dunders:
        ops += [f"print({a}, str({c}), f'{{{a}}}')"]
    if "eq" in dunders:
        ops += [f"print({a} == {c}, {a} != {c}, {a} == {a}, {a} == 3, {lst}.count({a}))"]
    if "lt" in dunders and "repr" in dunders:
        ops += [f"print(sorted({lst}))", f"print(min({lst}), max({lst}), {a} < {c}, {a} > {c})"]
    if "lt" in dunders:
        ops += [f"print([o.name for o in sorted({lst}, reverse=True)])"]
    if "gt" in dunders:
        ops += [f"print({a} > {c}, {c} > {a}, {c} < {a} if {'True' if 'lt' in dunders else 'False'} else None)"]
    if "le" in dunders:
        ops += [f"print({a} <= {c}, {c} >= {a})"]
    if "len" in dunders:
        ops += [f"print(len({a}), len({c}), bool({a}))"]
    if "bool" in dunders:
        ops += [f"print(bool({a}), not {c}, [o.name for o in {lst} if o])"]
    if "iter" in dunders:
        ops += [f"print(list({a}), [t for t in {c}], *{a})"]
    if "add" in dunders:
        ops += [f"print(({a} + {c}).value, ({a} + 5).describe(), ({a} + {c}).name)"]
        if "repr" in dunders:
            ops += [f"print({a} + {c}, {a} + 1)"]
    if "contains" in dunders:
        ops += [f"print({word(p)} in {a}, {word(p)} not in {c})"]
    if "getitem" in dunders:
        ops += [f"print({a}[0] if {a}.tags else None, {c}[-1:])"]
    if "call" in dunders:
        ops += [f"print({a}(), {c}(3), callable({a}))"]
    if "property" in dunders:
        ops += [f"print({a}.double, {c}.bump(2).double)"]
    if "classmethod" in dunders:
        ops += [f"print({base}.make({word(p)}).describe(), {sub}.helper(3), {a}.helper(2, 5))"]
    ops += [f"print({a}.describe(), {c}.describe())",
            f"print({base}.made, {base}.kind, {a}.kind, type({c}).__name__, isinstance({c}, {base}), issubclass({sub}, {base}))",
            f"print(getattr({a}, 'name'), getattr({a}, 'missing', 'no'), hasattr({c}, 'bonus'))",
            f"setattr({a}, 'extra', {p.r.randint(0, 9)}); print({a}.extra, hasattr({a}, 'extra'))",
            f"print(await {a}.work({p.delay()}), await {c}.work({p.delay()}), {a}.value, {c}.value)",
            f"print(*[r for r in await asyncio.gather({a}.work({p.delay()}), {c}.work({p.delay()}))])",
            f"print([o.bump().value for o in {lst}], sorted(o.value for o in {lst}))",
            f"print(type({a}) is {base}, type({a}).__name__, {sub}.__name__, isinstance({a}, {sub}))"]
    for op in p.r.sample(ops, min(len(ops), p.r.randint(4, 8))):
        b(op)
        p.maybe_yield(b, 0.1)
    if "eq" in dunders and p.chance(0.3):
        call_error(b, f"{{{a}}}", "TypeError", "unhashable")
    if p.chance(0.3):
        call_error(b, f"{a}.nothing", "AttributeError", "attr")


# ---------------------------------------------------------------- closures, decorators

def closures(p, b):
    p.tag("closure")
    d = p.defs
    mk, deco, g = p.fresh("make_counter"), p.fresh("logged"), p.fresh("TOTAL")
    d(f"{g} = 0")
    with d.block(f"def {mk}(start, step={p.r.randint(1, 3)}):"):
        d("n = start")
        with d.block("def inc(by=None):"):
            d("nonlocal n")
            d("n += step if by is None else by")
            d("return n")
        with d.block("def peek():"):
            d("return n")
        d("return inc, peek")
    d("")
    with d.block(f"def {deco}(fn):"):
        with d.block("def wrapper(*args, **kwargs):"):
            d('print("call", fn.__name__, args, kwargs)')
            d("r = fn(*args, **kwargs)")
            d('print("ret", r)')
            d("return r")
        d("return wrapper")
    d("")
    f1 = p.fresh("combine")
    d(f"@{deco}")
    with d.block(f"def {f1}(a, b={p.r.randint(0, 5)}, *rest, scale=1, **opts):"):
        d(f"global {g}")
        d(f"{g} += a")
        d("return (a + b + sum(rest)) * scale, sorted(opts)")
    d("")
    timed = p.fresh("timed")
    with d.block(f"def {timed}(label):"):
        with d.block("def deco(fn):"):
            with d.block("async def wrapper(*args):"):
                d("t0 = time.monotonic()")
                d("r = await fn(*args)")
                d('print(label, fn.__name__, "took", time.monotonic() - t0)')
                d("return r")
            d("return wrapper")
        d("return deco")
    d("")
    slow = p.fresh("slow")
    d(f"@{timed}({word(p)})")
    with d.block(f"async def {slow}(x, d):"):
        d("await asyncio.sleep(d)")
        d("return x * 2")
    d("")
    inc, peek = p.fresh("inc"), p.fresh("peek")
    b(f"{inc}, {peek} = {mk}({p.r.randint(-5, 10)})")
    for _ in range(p.r.randint(3, 7)):
        op = p.r.randint(0, 10)
        if op == 0:
            b(f'print("counter", {inc}(), {inc}({p.r.randint(-3, 5)}), {peek}())')
        elif op == 1:
            b(f'print("late", [f(10) for f in [lambda x: x + i for i in range({p.r.randint(1, 4)})]])')
        elif op == 2:
            b(f'print("bound", [f(10) for f in [lambda x, i=i: x + i for i in range({p.r.randint(1, 4)})]])')
        elif op == 3:
            args = ", ".join(str(p.r.randint(0, 9)) for _ in range(p.r.randint(1, 4)))
            kw = p.pick(["", ", scale=2", ", scale=-1, z=1, a2=3", ", q=0"])
            b(f"print({f1}({args}{kw}), {g})")
        elif op == 4:
            b(f"print(await {slow}({p.r.randint(0, 9)}, {p.delay()}))")
        elif op == 5:
            c1, c2 = p.fresh("inc"), p.fresh("inc")
            b(f"{c1}, _ = {mk}(0)")
            b(f"{c2}, _ = {mk}(100, 10)")
            b(f"print([{c1}() for _ in range(3)], {c2}(), {c1}(), {c2}(1))")
        elif op == 6:
            b(f"print(list(map(lambda v: v * {p.r.randint(2, 4)}, range(4))), (lambda *a, **k: (a, k))(1, x=2))")
        elif op == 7:
            w = p.fresh("worker")
            b(f"async def {w}(name, n, d):")
            b(f"    for _ in range(n):")
            b(f"        await asyncio.sleep(d)")
            b(f'        print(name, "counts", {inc}())')
            b(f"    return {peek}()")
            b(f'print(await asyncio.gather({w}("a", {p.r.randint(1, 3)}, {p.delay()}), {w}("b", {p.r.randint(1, 3)}, {p.delay()})))')
        elif op == 8:
            b(f"def adder(k):")
            b(f"    return lambda x: x + k")
            b(f"print(adder({p.r.randint(0, 9)})({p.r.randint(0, 9)}), {inc}.__name__, {f1}.__name__, {slow}.__name__)")
        elif op == 9:
            call_error(b, p.pick([f"{f1}()", f"{f1}(1, 2, b=3)", f"{mk}()", f"{inc}(1, 2)"]), "TypeError", "call")
        else:
            b("def outer():")
            b("    x = 1")
            b("    def mid():")
            b("        def inner():")
            b("            nonlocal x")
            b("            x += 1")
            b("            return x")
            b("        return inner")
            b("    f = mid()")
            b("    return f(), f(), x")
            b("print(outer())")
        p.maybe_yield(b, 0.2)
    b(f'print("total", {g})')


FEATURES = {
    "comp": (1.0, comp),
    "dict": (1.0, dicts),
    "seqs": (1.0, seqs),
    "class": (1.0, classes),
    "closure": (0.9, closures),
}
