"""Control-flow features of SPEC section 1a: generators, exceptions, async with/for.

Generators are either exhausted or closed explicitly (g.close(), await ag.aclose()):
when CPython finalises an abandoned generator depends on reference counting, which is
not part of Loopscope's contract.
"""
from gen_core import WORDS


def word(p):
    return repr(p.pick(WORDS))


# ---------------------------------------------------------------- generators

def generators(p, b):
    p.tag("generator")
    d = p.defs
    cd, ch, acc, ev, gd = (p.fresh("countdown"), p.fresh("chain"), p.fresh("acc"),
                           p.fresh("evens"), p.fresh("guarded"))
    with d.block(f"def {cd}(n):"):
        with d.block("while n > 0:"):
            d("yield n")
            d(f"n -= {p.pick(['1', '1', '2'])}")
        d("return " + p.pick(['"liftoff"', "n", "None"]))
    d("")
    with d.block(f"def {ch}(*its):"):
        d("r = None")
        with d.block("for it in its:"):
            d("r = yield from it")
        d("return r")
    d("")
    with d.block(f"def {acc}():"):
        d("total = 0")
        with d.block("while True:"):
            d("x = yield total")
            with d.block("if x is None:"):
                d("break")
            d("total += x")
        d('return f"total {total}"')
    d("")
    with d.block(f"def {ev}(it):"):
        with d.block("for x in it:"):
            with d.block(f"if x % {p.pick(['2', '2', '3'])} == 0:"):
                d("yield x")
    d("")
    with d.block(f"def {gd}(n):"):
        with d.block("try:"):
            with d.block("for i in range(n):"):
                d("yield i")
        with d.block("except ValueError as e:"):
            d('print("gen caught", e)')
            d("yield -1")
        with d.block("finally:"):
            d('print("gen finally")')
    d("")

    def k():
        return str(p.r.randint(0, 7))

    for _ in range(p.r.randint(3, 6)):
        op = p.r.randint(0, 13)
        if op == 0:
            b(f'print("countdown", list({cd}({k()})), sum({cd}({k()})), max({cd}({k()}), default=None))')
        elif op == 1:
            g = p.fresh("g")
            b(f"{g} = {cd}({p.r.randint(1, 4)})")
            b(f'print(next({g}), next({g}, "x"))')
            with b.block("try:"):
                with b.block("while True:"):
                    b(f'print("more", next({g}))')
            with b.block("except StopIteration as e:"):
                b('print("stop", e.value, e.args)')
        elif op == 2:
            b(f'print("chain", list({ch}(range({k()}), "ab", {cd}({k()}), [None])))')
        elif op == 3:
            o = p.fresh("outer")
            b(f"def {o}():")
            b(f"    r = yield from {cd}({k()})")
            b('    print("inner returned", r)')
            b("    yield r")
            b(f"    yield from {ch}([1], [2])")
            b(f'print("delegate", list({o}()))')
        elif op == 4:
            g = p.fresh("g")
            b(f"{g} = {acc}()")
            b(f"print(next({g}), {g}.send({k()}), {g}.send({p.r.randint(-5, 5)}))")
            with b.block("try:"):
                b(f"{g}.send(None)")
            with b.block("except StopIteration as e:"):
                b('print("acc done", e.value)')
        elif op == 5:
            b(f'print("pipeline", sum({ev}({cd}({p.r.randint(3, 12)}))), list({ev}(map(lambda v: v * 3, range({k()})))))')
        elif op == 6:
            g = p.fresh("g")
            b(f"{g} = {gd}({p.r.randint(2, 5)})")
            b(f"print(next({g}), next({g}))")
            b(f'print("thrown", {g}.throw(ValueError("boom")))')
            b(f"{g}.close()")
            b('print("closed")')
        elif op == 7:
            b(f'print("guarded", list({gd}({k()})))')
        elif op == 8:
            g = p.fresh("g")
            b(f"{g} = {gd}({p.r.randint(2, 5)})")
            b(f"print(next({g}))")
            b(f"{g}.close()")
            b(f'print("closed early", next({g}, "nothing"))')
        elif op == 9:
            nat = p.fresh("naturals")
            b(f"def {nat}():")
            b("    n = 0")
            b("    while True:")
            b("        yield n")
            b("        n += 1")
            b(f'print("zip", list(zip({nat}(), {word(p)})), dict(zip("xyz", {nat}())))')
        elif op == 10:
            b(f'print("genexp", sum(x * x for x in {ev}(range({p.r.randint(2, 15)}))), list(enumerate({cd}(3), 1)))')
        elif op == 11:
            it = p.fresh("it")
            b(f"{it} = iter({[p.r.randint(0, 9) for _ in range(p.r.randint(2, 5))]})")
            b(f'print("iter", next({it}), list({it}), next({it}, "end"))')
        elif op == 12:
            g, w = p.fresh("shared"), p.fresh("puller")
            b(f"{g} = {cd}({p.r.randint(3, 8)})")
            b(f"async def {w}(name, d):")
            b("    got = []")
            b(f"    for v in {g}:")
            b('        print(name, "pulls", v)')
            b("        got.append(v)")
            b("        await asyncio.sleep(d)")
            b("    return got")
            b(f'print("shared", await asyncio.gather({w}("a", {p.delay()}), {w}("b", {p.delay()})))')
        else:
            g = p.fresh("g")
            b(f"{g} = (c.upper() for c in {word(p)})")
            b(f'print("gen", next({g}), "".join({g}), list({g}))')
        p.maybe_yield(b, 0.2)


# ---------------------------------------------------------------- exceptions

ERRORS = {
    "notfound": "raise {nf}(x)",
    "retry": "raise {rt}(x, {w})",
    "value": 'raise ValueError(f"bad {{x}}")',
    "zero": "return 1 // (x - x)",
    "key": "return {{}}[x]",
    "index": "return [][x]",
    "type": 'return x + "s"',
    "attr": "return x.nothing",
    "int": 'return int("x" + str(x))',
}


def exceptions(p, b):
    p.tag("exception")
    d = p.defs
    app, nf, rt, risky = p.fresh("AppError"), p.fresh("NotFound"), p.fresh("Retry"), p.fresh("risky")
    with d.block(f"class {app}(Exception):"):
        d("pass")
    d("")
    with d.block(f"class {nf}({app}):"):
        with d.block("def __init__(self, key):"):
            d('super().__init__(f"missing {key}")')
            d("self.key = key")
    d("")
    with d.block(f"class {rt}({app}):"):
        with d.block("def __str__(self):"):
            d('return f"retry after {self.args[0]}"')
    d("")
    k = p.r.randint(3, 5)
    kinds = [p.pick(sorted(ERRORS)) for _ in range(k - 1)]
    with d.block(f"def {risky}(x):"):
        for i, kind in enumerate(kinds):
            with d.block(f"if x % {k} == {i}:"):
                d(ERRORS[kind].format(nf=nf, rt=rt, w=word(p)))
        d("return x * 10")
    d("")

    for _ in range(p.r.randint(2, 5)):
        op = p.r.randint(0, 12)
        if op == 0:
            with b.block(f"for i in range({p.r.randint(1, 6)}):"):
                with b.block("try:"):
                    b(f"r = {risky}(i)")
                with b.block(f"except {nf} as e:"):
                    b('print("not found", e, e.key, e.args)')
                    if p.chance(0.3):
                        b("continue")
                with b.block(f"except {app} as e:"):
                    b('print("app error", type(e).__name__, e, e.args)')
                with b.block("except (ValueError, ZeroDivisionError) as e:"):
                    b('print("value/zero", type(e).__name__, e)')
                    if p.chance(0.2):
                        b("break")
                with b.block("except Exception as e:"):
                    b('print("other", type(e).__name__, e)')
                with b.block("else:"):
                    b('print("ok", r)')
                with b.block("finally:"):
                    b('print("finally", i)')
        elif op == 1:
            with b.block("try:"):
                with b.block("try:"):
                    b(f"{risky}({p.r.randint(0, 9)})")
                with b.block("except Exception as e:"):
                    b(f'raise {app}("wrapped") from e')
                with b.block("else:"):
                    b('print("no error to wrap")')
            with b.block(f"except {app} as e:"):
                b('print("chained", e, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)')
        elif op == 2:
            with b.block("try:"):
                with b.block("try:"):
                    b(f"{{}}[{word(p)}]")
                with b.block("except KeyError:"):
                    b(p.pick([f'raise {app}("clean") from None', f'raise {nf}("implicit")']))
            with b.block(f"except {app} as e:"):
                b('print("context", repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)')
        elif op == 3:
            f = p.fresh("fin")
            b(f"def {f}(x):")
            b("    try:")
            b("        if x:")
            b(f'            raise {nf}(x)')
            b('        return "try"')
            b("    finally:")
            b('        print("finally runs", x)')
            if p.chance(0.5):
                b('        return "finally wins"')
            with b.block("try:"):
                b(f"print({f}(0), {f}({p.r.randint(0, 2)}))")
            with b.block(f"except {app} as e:"):
                b('print("escaped finally", e)')
        elif op == 4:
            with b.block("try:"):
                with b.block("try:"):
                    b(f"print({risky}({p.r.randint(0, 9)}))")
                with b.block("except ValueError:"):
                    b('print("inner handler")')
                    b("raise")
                with b.block("else:"):
                    b('print("inner else")')
                    if p.chance(0.4):
                        b(f'raise {rt}("from else")')
                with b.block("finally:"):
                    b('print("inner finally")')
            with b.block("except Exception as e:"):
                b('print("outer got", type(e).__name__, e)')
        elif op == 5:
            x = p.r.randint(0, 200)
            with b.block("try:"):
                b(p.pick([f'assert {x} > 100, f"too small: {{{x}}}"', f"assert {x} % 2"]))
                b('print("assert passed")')
            with b.block("except AssertionError as e:"):
                b('print("assert", repr(e), e.args)')
        elif op == 6:
            fl = p.fresh("failing")
            b(f"async def {fl}(d):")
            b("    await asyncio.sleep(d)")
            b(f"    return {risky}({p.r.randint(0, 9)})")
            with b.block("try:"):
                b(f'print("task gave", await asyncio.create_task({fl}({p.delay()})))')
            with b.block(f"except {app} as e:"):
                b('print("task app error", type(e).__name__, e)')
            with b.block("except Exception as e:"):
                b('print("task error", type(e).__name__, e)')
        elif op == 7:
            with b.block("try:"):
                with b.block("try:"):
                    b(f'raise ExceptionGroup("many", [ValueError("a"), {nf}("k"), TypeError("t"), {rt}(3)])')
                with b.block("except* ValueError as eg:"):
                    b('print("value group", eg.exceptions, eg.message)')
                with b.block(f"except* {nf} as eg:"):
                    b('print("not found group", [str(e) for e in eg.exceptions])')
                if p.chance(0.5):
                    with b.block(f"except* {app} as eg:"):
                        b('print("app group", repr(eg))')
            with b.block("except Exception as e:"):
                b('print("left over", type(e).__name__, repr(e), len(e.exceptions))')
        elif op == 8:
            b(p.pick(['print(repr(ValueError()), str(KeyError("k")), repr(KeyError("k")), ValueError(1, 2).args, str(ValueError(1, 2)))',
                      f'print(isinstance({nf}(1), {app}), issubclass({rt}, Exception), issubclass({app}, {nf}), {app}.__name__)',
                      f'print(repr({nf}(5)), str({rt}(7, "x")), {rt}(7, "x").args, repr({app}()))',
                      'print(repr(StopIteration(3)), ZeroDivisionError.__name__, isinstance(KeyError(), LookupError))']))
        elif op == 9:
            at = p.fresh("attempts")
            b(f"{at} = 0")
            with b.block("while True:"):
                with b.block("try:"):
                    b(f"{at} += 1")
                    with b.block(f"if {at} < {p.r.randint(1, 4)}:"):
                        b(f"raise {rt}({at})")
                    b('print("succeeded after", ' + at + ")")
                    b("break")
                with b.block(f"except {rt} as e:"):
                    b('print("caught", e)')
                    b(f"await asyncio.sleep({p.delay()})")
        elif op == 10:
            with b.block("def scoped():"):
                b("x = 1")
                b("del x")
                b("return x")
            with b.block("try:"):
                b("scoped()")
            with b.block("except NameError as e:"):
                b('print("del then read:", isinstance(e, NameError), e)')
        elif op == 11:
            with b.block("try:"):
                b(p.pick(["None.append(1)", "[1, 2].nothing", "'abc'.missing()", "len(5)", "int('1.5')",
                          "[1, 2, 3][10]", "{'a': 1}['b']", "1 / 0", "float('x')", "'a' * 'b'",
                          "(1, 2)[5]", "sorted([1, 'a'])", "'abc'[1] + 2", "-1 ** 0.5 + None",
                          "list(range(3)).index(7)", "'x'.join([1, 2])", "int(None)", "divmod(1, 0)",
                          "1 % 0", "2.0 // 0", "'%d' % 'a'", "'{}{}'.format(1)", "range(1, 2, 0)"]))
            with b.block("except Exception as e:"):
                b('print("builtin error", type(e).__name__, e)')
        else:
            with b.block("try:"):
                b(f"raise {nf}({p.r.randint(0, 9)})")
            with b.block(f"except ({rt}, {nf}) as e:"):
                b('print("tuple catch", type(e).__name__, e)')
            with b.block("finally:"):
                b('print("done with tuple catch")')
        p.maybe_yield(b, 0.15)
    if p.chance(0.08):
        b(f'raise {nf}("at the end of the part")')


# ---------------------------------------------------------------- async with, async for

def async_ctx(p, b):
    p.tag("async_ctx")
    d = p.defs
    res, tick, agen, cons, sync = (p.fresh("Resource"), p.fresh("Ticker"), p.fresh("agen"),
                                   p.fresh("consume"), p.fresh("Guard"))
    with d.block(f"class {res}:"):
        d("opened = []")
        with d.block("def __init__(self, name, d, suppress=False):"):
            d("self.name, self.d, self.suppress = name, d, suppress")
        with d.block("async def __aenter__(self):"):
            d(f'print("enter", self.name, {p.now()})')
            d("await asyncio.sleep(self.d)")
            d(f"{res}.opened.append(self.name)")
            d("return self")
        with d.block("async def __aexit__(self, et, ev, tb):"):
            d(f'print("exit", self.name, et.__name__ if et else None, ev, {p.now()})')
            d(f"await asyncio.sleep({p.pick(['0', '0', '0.1', 'self.d'])})")
            d(f"{res}.opened.remove(self.name)")
            d("return self.suppress")
    d("")
    with d.block(f"class {tick}:"):
        with d.block("def __init__(self, name, n, d):"):
            d("self.name, self.n, self.d, self.i = name, n, d, 0")
        with d.block("def __aiter__(self):"):
            d("return self")
        with d.block("async def __anext__(self):"):
            with d.block("if self.i >= self.n:"):
                d("raise StopAsyncIteration")
            d("self.i += 1")
            d("await asyncio.sleep(self.d)")
            d('return f"{self.name}{self.i}"')
    d("")
    with d.block(f"async def {agen}(n, d):"):
        if p.chance(0.4):
            with d.block("try:"):
                with d.block("for i in range(n):"):
                    d("await asyncio.sleep(d)")
                    d(f"yield i * {p.r.randint(1, 3)}")
            with d.block("finally:"):
                d('print("agen finally", n)')
        else:
            with d.block("for i in range(n):"):
                d("await asyncio.sleep(d)")
                d(f"yield i * {p.r.randint(1, 3)}")
    d("")
    with d.block(f"async def {cons}(it, name):"):
        d("out = []")
        with d.block("async for x in it:"):
            d(f'print(name, "got", x, {p.now()})')
            d("out.append(x)")
        d("return out")
    d("")
    with d.block(f"class {sync}:"):
        with d.block("def __init__(self, name, suppress):"):
            d("self.name, self.suppress = name, suppress")
        with d.block("def __enter__(self):"):
            d('print("sync enter", self.name)')
            d("return self.name")
        with d.block("def __exit__(self, et, ev, tb):"):
            d('print("sync exit", self.name, repr(ev))')
            d("return self.suppress")
    d("")

    def n():
        return str(p.r.randint(0, 4))

    for _ in range(p.r.randint(2, 5)):
        op = p.r.randint(0, 10)
        if op == 0:
            with b.block(f"async with {res}({word(p)}, {p.delay()}) as r:"):
                b(f'print("inside", r.name, {res}.opened, {p.now()})')
            b(f'print("after", {res}.opened)')
        elif op == 1:
            sup = p.pick(["True", "False"])
            with b.block("try:"):
                with b.block(f"async with {res}({word(p)}, {p.delay()}, suppress={sup}) as r:"):
                    b(f'raise ValueError("in body of " + r.name)')
                b('print("suppressed, after with")')
            with b.block("except ValueError as e:"):
                b('print("escaped", e)')
        elif op == 2:
            with b.block(f"async with {res}('a', {p.delay()}) as r1, {res}('b', {p.delay()}) as r2:"):
                b(f'print("both", r1.name, r2.name, {res}.opened)')
        elif op == 3:
            brk = p.chance(0.3)
            with b.block(f"async for x in {tick}({word(p)}, {n()}, {p.delay()}):"):
                b(f'print("tick", x, {p.now()})')
                if brk:
                    with b.block(f"if x.endswith('{p.r.randint(1, 2)}'):"):
                        b("break")
            with b.block("else:"):
                b('print("ticker exhausted")')
        elif op == 4:
            b(p.pick([f'print("acomp", [x async for x in {agen}({n()}, {p.delay()})])',
                      f'print("acomp", [x async for x in {agen}({n()}, {p.delay()}) if x % 2 == 0])',
                      f'print("acomp", {{x: x * 2 async for x in {agen}({n()}, {p.delay()})}})',
                      f'print("acomp", [x + "!" async for x in {tick}("t", {n()}, {p.delay()})])']))
        elif op == 5:
            co = p.fresh("double")
            b(f"async def {co}(x):")
            b(f"    await asyncio.sleep({p.delay()})")
            b("    return x * 2")
            b(f'print("await in comp", [await {co}(x) for x in range({n()})], {p.now()})')
        elif op == 6:
            b(f'print("concurrent", await asyncio.gather({cons}({tick}("a", {n()}, {p.delay()}), "A"), '
              f'{cons}({agen}({n()}, {p.delay()}), "B")))')
        elif op == 7:
            ag = p.fresh("ag")
            b(f"{ag} = {agen}({p.r.randint(2, 4)}, {p.delay()})")
            b(f'print("manual", await {ag}.__anext__(), await {ag}.__anext__())')
            b(f"await {ag}.aclose()")
            with b.block("try:"):
                b(f"await {ag}.__anext__()")
            with b.block("except StopAsyncIteration:"):
                b('print("closed agen is exhausted")')
        elif op == 8:
            sup = p.pick(["True", "False"])
            with b.block("try:"):
                with b.block(f"with {sync}({word(p)}, {sup}) as g:"):
                    b('print("in sync with", g)')
                    if p.chance(0.6):
                        b("raise KeyError(g)")
                b('print("after sync with")')
            with b.block("except KeyError as e:"):
                b('print("sync escaped", repr(e))')
        elif op == 9:
            it = p.fresh("ti")
            b(f"{it} = {tick}('m', {p.r.randint(1, 3)}, {p.delay()})")
            with b.block("try:"):
                with b.block("while True:"):
                    b(f'print("anext", await {it}.__anext__())')
            with b.block("except StopAsyncIteration:"):
                b(f'print("stop async at", {p.now()})')
        else:
            b(f'print("agen list", await {cons}({agen}({n()}, {p.delay()}), "C"))')
        p.maybe_yield(b, 0.15)


FEATURES = {
    "generator": (1.0, generators),
    "exception": (1.0, exceptions),
    "async_ctx": (1.0, async_ctx),
}
