"""Conformance: functions — defaults evaluated once (the mutable default trap), *args /
**kwargs, keyword-only and positional-only parameters, closures with nonlocal,
global, lambdas, decorators with and without arguments, recursion, generators
(yield, yield from, send, throw, close, return value), generator expressions,
comprehensions of all four kinds with nested for/if, walrus, annotations, and
function attributes (__name__, __qualname__, __doc__, __defaults__).

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


# ---------------------------------------------------------------- defaults
def append_to(x, target=[]):
    target.append(x)
    return target
def append_safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
counter_for_default = [0]
def next_id():
    counter_for_default[0] += 1
    return counter_for_default[0]
def stamped(v, stamp=next_id()):
    return v, stamp
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
check('append_to(1)', lambda: (append_to(1)))
check('append_to(2)', lambda: (append_to(2)))
check('append_to(3, [])', lambda: (append_to(3, [])))
check('append_to(4)', lambda: (append_to(4)))
check('append_safe(1)', lambda: (append_safe(1)))
check('append_safe(2)', lambda: (append_safe(2)))
check("stamped('a')", lambda: (stamped('a')))
check("stamped('b')", lambda: (stamped('b')))
check("stamped('c', 99)", lambda: (stamped('c', 99)))
check("greet('Ann')", lambda: (greet('Ann')))
check("greet('Ann', 'Hi')", lambda: (greet('Ann', 'Hi')))
check("greet('Ann', punct='?')", lambda: (greet('Ann', punct='?')))
check("greet(punct='.', name='Bob')", lambda: (greet(punct='.', name='Bob')))
check("greet('Ann', 'Hi', '?', 'extra')", lambda: (greet('Ann', 'Hi', '?', 'extra')))
check('greet()', lambda: (greet()))
check('greet.__defaults__', lambda: (greet.__defaults__))
check('append_safe.__defaults__', lambda: (append_safe.__defaults__))
check('stamped.__defaults__', lambda: (stamped.__defaults__))
def case_default_bound_at_definition():
    x = 1
    def f(a=x):
        return a
    x = 2
    return f()
check('default_bound_at_definition', case_default_bound_at_definition)
def case_default_dict_trap():
    def memo(n, cache={}):
        cache[n] = n * n
        return len(cache)
    return memo(1), memo(2), memo(1)

# ---------------------------------------------------------------- *args / **kwargs / keyword-only / positional-only
check('default_dict_trap', case_default_dict_trap)
def va(*args):
    return args
def kw(**kwargs):
    return kwargs
def both(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
def kwonly(a, *, b, c=3):
    return a, b, c
def posonly(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
def posonly_kwargs(a, /, **kw):
    return a, kw
check('va()', lambda: (va()))
check('va(1)', lambda: (va(1)))
check('va(1, 2, 3)', lambda: (va(1, 2, 3)))
check("va(*[1, 2], *'ab')", lambda: (va(*[1, 2], *'ab')))
check('va(*range(3), 9)', lambda: (va(*range(3), 9)))
check('va(*())', lambda: (va(*())))
check('kw()', lambda: (kw()))
check('kw(a=1, b=2)', lambda: (kw(a=1, b=2)))
check("kw(**{'x': 1}, y=2)", lambda: (kw(**{'x': 1}, y=2)))
check("kw(**{'a': 1}, **{'b': 2})", lambda: (kw(**{'a': 1}, **{'b': 2})))
check('kw(1)', lambda: (kw(1)))
check('both(1, c=3)', lambda: (both(1, c=3)))
check('both(1, 2, 3, 4, c=5, e=6)', lambda: (both(1, 2, 3, 4, c=5, e=6)))
check('both(1, 2, 3, 4, c=5, d=6, e=7)', lambda: (both(1, 2, 3, 4, c=5, d=6, e=7)))
check('both(1)', lambda: (both(1)))
check('both(c=1)', lambda: (both(c=1)))
check('both(1, 2, c=3, a=4)', lambda: (both(1, 2, c=3, a=4)))
check('kwonly(1, b=2)', lambda: (kwonly(1, b=2)))
check('kwonly(1, b=2, c=4)', lambda: (kwonly(1, b=2, c=4)))
check('kwonly(a=1, b=2)', lambda: (kwonly(a=1, b=2)))
check('kwonly(1, 2)', lambda: (kwonly(1, 2)))
check('kwonly(1)', lambda: (kwonly(1)))
check('posonly(1)', lambda: (posonly(1)))
check('posonly(1, 2, 3, d=5)', lambda: (posonly(1, 2, 3, d=5)))
check('posonly(1, c=9)', lambda: (posonly(1, c=9)))
check('posonly(a=1)', lambda: (posonly(a=1)))
check('posonly(1, b=2)', lambda: (posonly(1, b=2)))
check('posonly(1, 2, 3, 4)', lambda: (posonly(1, 2, 3, 4)))
check('posonly_kwargs(1, a=2)', lambda: (posonly_kwargs(1, a=2)))
check('posonly_kwargs(1, b=2, c=3)', lambda: (posonly_kwargs(1, b=2, c=3)))
check('va(**{})', lambda: (va(**{})))
check('kw(*[])', lambda: (kw(*[])))
def case_args_is_tuple():
    def f(*args):
        return type(args).__name__, args
    return f(1, [2])
check('args_is_tuple', case_args_is_tuple)
def case_kwargs_is_new_dict():
    d = {'a': 1}
    def f(**kw):
        kw['b'] = 2
        return kw
    return f(**d), d
check('kwargs_is_new_dict', case_kwargs_is_new_dict)
def case_forwarding_wrapper():
    def target(a, b, *, c):
        return a, b, c
    def wrapper(*args, **kwargs):
        return target(*args, **kwargs)
    return wrapper(1, 2, c=3), wrapper(1, b=2, c=3)
check('forwarding_wrapper', case_forwarding_wrapper)
def case_keyword_argument_order_kept():
    def f(**kw):
        return list(kw)
    return f(z=1, a=2, m=3)

# ---------------------------------------------------------------- closures, nonlocal, global
check('keyword_argument_order_kept', case_keyword_argument_order_kept)
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
check('c1()', lambda: (c1()))
check('c1()', lambda: (c1()))
check('c2()', lambda: (c2()))
check('c1()', lambda: (c1()))
def case_closures_late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
check('closures_late_binding', case_closures_late_binding)
def case_closures_default_capture():
    fs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs]
check('closures_default_capture', case_closures_default_capture)
def case_closure_sees_later_rebinding():
    x = 'first'
    def show():
        return x
    x = 'second'
    return show()
check('closure_sees_later_rebinding', case_closure_sees_later_rebinding)
def case_nonlocal_two_levels():
    v = 0
    def outer():
        def inner():
            nonlocal v
            v += 10
        inner()
        inner()
    outer()
    return v
check('nonlocal_two_levels', case_nonlocal_two_levels)
def case_closure_cell_shared_between_functions():
    def make():
        n = 0
        def get():
            return n
        def inc():
            nonlocal n
            n += 1
        return get, inc
    get, inc = make()
    inc()
    inc()
    return get()
check('closure_cell_shared_between_functions', case_closure_cell_shared_between_functions)
G = 'global value'
def read_global():
    return G
def write_global():
    global G
    G = 'changed'
    return G
def shadow_global():
    G = 'local'
    return G
def make_new_global():
    global BRAND_NEW
    BRAND_NEW = 'created'
check('read_global()', lambda: (read_global()))
check('shadow_global()', lambda: (shadow_global()))
check('G', lambda: (G))
check('write_global()', lambda: (write_global()))
check('G', lambda: (G))
check('read_global()', lambda: (read_global()))
check('(make_new_global(), BRAND_NEW)', lambda: ((make_new_global(), BRAND_NEW)))
def case_global_counter():
    global total
    total = 0
    def add(n):
        global total
        total += n
    for i in range(5):
        add(i)
    return total

# ---------------------------------------------------------------- lambdas
check('global_counter', case_global_counter)
square = lambda x: x * x
check('square(5)', lambda: (square(5)))
check("(lambda: 'no args')()", lambda: ((lambda: 'no args')()))
check('(lambda *a, **k: (a, k))(1, x=2)', lambda: ((lambda *a, **k: (a, k))(1, x=2)))
check('(lambda a, b=2: a + b)(1)', lambda: ((lambda a, b=2: a + b)(1)))
check('(lambda x: (lambda y: x + y))(1)(2)', lambda: ((lambda x: (lambda y: x + y))(1)(2)))
check('(lambda x: x if x > 0 else -x)(-3)', lambda: ((lambda x: x if x > 0 else -x)(-3)))
check('square.__name__', lambda: (square.__name__))
check('(lambda: 0).__name__', lambda: ((lambda: 0).__name__))
check('list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)]))', lambda: (list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)]))))
check("sorted([(1, 'b'), (2, 'a')], key=lambda t: t[1])", lambda: (sorted([(1, 'b'), (2, 'a')], key=lambda t: t[1])))
check('(lambda *, k: k)(k=1)', lambda: ((lambda *, k: k)(k=1)))
check('(lambda a, /: a)(1)', lambda: ((lambda a, /: a)(1)))

# ---------------------------------------------------------------- decorators
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
def trace(log):
    def deco(fn):
        def wrapper(*args, **kwargs):
            log.append('call ' + fn.__name__ + repr(args))
            result = fn(*args, **kwargs)
            log.append('return ' + repr(result))
            return result
        return wrapper
    return deco
@shout
def hello(name):
    return 'hello ' + name
@repeat(3)
def dice(x):
    return x * 2
@shout
@shout
def twice(s):
    return s
check("hello('bob')", lambda: (hello('bob')))
check('dice(4)', lambda: (dice(4)))
check("twice('x')", lambda: (twice('x')))
check('hello.__name__', lambda: (hello.__name__))
check('dice.__name__', lambda: (dice.__name__))
def case_decorator_with_log():
    log = []
    @trace(log)
    def add(a, b):
        return a + b
    add(1, 2)
    add(3, b=4)
    return log
check('decorator_with_log', case_decorator_with_log)
def case_decorator_order():
    order = []
    def deco(tag):
        order.append('make ' + tag)
        def d(fn):
            order.append('apply ' + tag)
            def w():
                return tag + '(' + fn() + ')'
            return w
        return d
    @deco('outer')
    @deco('inner')
    def f():
        return 'f'
    return f(), order
check('decorator_order', case_decorator_order)
def case_decorator_returning_non_function():
    def to_value(fn):
        return fn()
    @to_value
    def computed():
        return 42
    return computed
check('decorator_returning_non_function', case_decorator_returning_non_function)
def case_decorator_registry():
    registry = {}
    def register(fn):
        registry[fn.__name__] = fn
        return fn
    @register
    def one():
        return 1
    @register
    def two():
        return 2
    return sorted(registry), registry['two']()
check('decorator_registry', case_decorator_registry)
def case_memoize_decorator():
    calls = []
    def memoize(fn):
        cache = {}
        def w(n):
            if n not in cache:
                cache[n] = fn(n)
            return cache[n]
        return w
    @memoize
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(30), len(calls)
check('memoize_decorator', case_memoize_decorator)
def case_class_method_decorator():
    def double_result(fn):
        def w(self, *a):
            return 2 * fn(self, *a)
        return w
    class K:
        def __init__(self, v):
            self.v = v
        @double_result
        def get(self):
            return self.v
    return K(21).get()

# ---------------------------------------------------------------- recursion
check('class_method_decorator', case_class_method_decorator)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a='A', b='B', c='C'):
    if n == 0:
        return []
    return hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
check('fact(20)', lambda: (fact(20)))
check('fact(60)', lambda: (fact(60)))
check('fib(20)', lambda: (fib(20)))
check('hanoi(3)', lambda: (hanoi(3)))
check('len(hanoi(10))', lambda: (len(hanoi(10))))
check('flatten([1, [2, [3, [4, []]], 5]])', lambda: (flatten([1, [2, [3, [4, []]], 5]])))
check("permutations('abc')", lambda: (permutations('abc')))
check('ackermann(2, 3)', lambda: (ackermann(2, 3)))
def case_deep_recursion_500():
    def depth(n):
        return 0 if n == 0 else 1 + depth(n - 1)
    return depth(500)
check('deep_recursion_500', case_deep_recursion_500)
def case_recursion_error():
    def forever(n):
        return forever(n + 1)
    try:
        forever(0)
    except RecursionError as e:
        return 'RecursionError', str(e)[:32]

# ---------------------------------------------------------------- generators
check('recursion_error', case_recursion_error)
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
def with_return():
    yield 1
    yield 2
    return 'done'
def delegator():
    result = yield from with_return()
    yield 'sub returned ' + result
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
def running_avg():
    total = 0
    n = 0
    avg = None
    while True:
        v = yield avg
        total += v
        n += 1
        avg = total / n
check('list(count_up(4))', lambda: (list(count_up(4))))
check('list(count_up(0))', lambda: (list(count_up(0))))
check('sum(count_up(101))', lambda: (sum(count_up(101))))
check('list(with_return())', lambda: (list(with_return())))
check('list(delegator())', lambda: (list(delegator())))
check('type(count_up(1)).__name__', lambda: (type(count_up(1)).__name__))
check('next(count_up(3))', lambda: (next(count_up(3))))
check('list(zip(count_up(3), count_up(5)))', lambda: (list(zip(count_up(3), count_up(5)))))
check('2 in count_up(5)', lambda: (2 in count_up(5)))
check('7 in count_up(5)', lambda: (7 in count_up(5)))
check('max(count_up(5))', lambda: (max(count_up(5))))
check('sorted(count_up(3), reverse=True)', lambda: (sorted(count_up(3), reverse=True)))
check('dict(enumerate(count_up(2)))', lambda: (dict(enumerate(count_up(2)))))
check('[x * 2 for x in count_up(3)]', lambda: ([x * 2 for x in count_up(3)]))
check('list(x for x in count_up(10) if x % 3 == 0)', lambda: (list(x for x in count_up(10) if x % 3 == 0)))
check('count_up.__name__', lambda: (count_up.__name__))
check('count_up(2).__name__', lambda: (count_up(2).__name__))
def case_generator_is_lazy():
    log = []
    def g():
        log.append('started')
        yield 1
        log.append('after first')
        yield 2
    it = g()
    before = list(log)
    first = next(it)
    middle = list(log)
    rest = list(it)
    return before, first, middle, rest, log
check('generator_is_lazy', case_generator_is_lazy)
def case_generator_single_use():
    it = count_up(3)
    return list(it), list(it)
check('generator_single_use', case_generator_single_use)
def case_send():
    gen = echo()
    first = next(gen)
    a = gen.send('a')
    b = gen.send('b')
    try:
        gen.send(None)
    except StopIteration as e:
        return first, a, b, e.value
check('send', case_send)
def case_send_running_average():
    avg = running_avg()
    next(avg)
    return [avg.send(v) for v in [10, 20, 60]]
check('send_running_average', case_send_running_average)
def case_send_non_none_to_fresh_generator():
    gen = echo()
    gen.send('x')
check('send_non_none_to_fresh_generator', case_send_non_none_to_fresh_generator)
def case_throw():
    def g():
        try:
            yield 1
        except ValueError as e:
            yield 'caught ' + str(e)
        yield 'after'
    it = g()
    next(it)
    r = it.throw(ValueError('boom'))
    return r, next(it)
check('throw', case_throw)
def case_throw_uncaught():
    def g():
        yield 1
    it = g()
    next(it)
    it.throw(KeyError('k'))
check('throw_uncaught', case_throw_uncaught)
def case_close_runs_finally():
    log = []
    def g():
        try:
            yield 1
            yield 2
        finally:
            log.append('finally')
    it = g()
    next(it)
    it.close()
    return log, list(it)
check('close_runs_finally', case_close_runs_finally)
def case_close_catches_generator_exit():
    log = []
    def g():
        try:
            yield 1
        except GeneratorExit:
            log.append('GeneratorExit seen')
            raise
    it = g()
    next(it)
    it.close()
    return log
check('close_catches_generator_exit', case_close_catches_generator_exit)
def case_yield_in_close_is_error():
    def g():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    it = g()
    next(it)
    it.close()
check('yield_in_close_is_error', case_yield_in_close_is_error)
def case_yield_from_iterables():
    def g():
        yield from [1, 2]
        yield from 'ab'
        yield from range(3, 5)
        yield from (x * x for x in [5])
    return list(g())
check('yield_from_iterables', case_yield_from_iterables)
def case_yield_from_send_passthrough():
    def inner():
        got = yield 'inner ready'
        yield 'inner got ' + repr(got)
    def outer():
        yield from inner()
    it = outer()
    return next(it), it.send(42)
check('yield_from_send_passthrough', case_yield_from_send_passthrough)
def case_generator_return_value():
    it = with_return()
    out = [next(it), next(it)]
    try:
        next(it)
    except StopIteration as e:
        out.append(e.value)
    return out
check('generator_return_value', case_generator_return_value)
def case_infinite_generator_with_break():
    def naturals():
        n = 0
        while True:
            yield n
            n += 1
    out = []
    for n in naturals():
        if n * n > 50:
            break
        out.append(n)
    return out
check('infinite_generator_with_break', case_infinite_generator_with_break)
def case_generator_pipeline():
    def numbers():
        yield from range(1, 11)
    def evens(src):
        for x in src:
            if x % 2 == 0:
                yield x
    def squares(src):
        for x in src:
            yield x * x
    return list(squares(evens(numbers())))
check('generator_pipeline', case_generator_pipeline)
def case_generator_expression_scoping():
    x = 10
    g = (x + i for i in range(3))
    x = 20
    return list(g)
check('generator_expression_scoping', case_generator_expression_scoping)
def case_generator_expression_first_iterable_evaluated_eagerly():
    data = [1, 2]
    g = (v for v in data)
    data = [7, 8, 9]
    return list(g)
check('generator_expression_first_iterable_evaluated_eagerly', case_generator_expression_first_iterable_evaluated_eagerly)
def case_generator_state_after_exception():
    def g():
        yield 1
        raise ValueError('inside')
        yield 2
    it = g()
    next(it)
    try:
        next(it)
    except ValueError:
        pass
    return list(it)
check('generator_state_after_exception', case_generator_state_after_exception)
def case_yield_expression_value_without_send():
    def g():
        x = yield 1
        yield x
    return list(g())

# ---------------------------------------------------------------- generator expressions consumed by builtins
check('yield_expression_value_without_send', case_yield_expression_value_without_send)
check('sum(x * x for x in range(10))', lambda: (sum(x * x for x in range(10))))
check("list(x for x in 'abc')", lambda: (list(x for x in 'abc')))
check("''.join(c.upper() for c in 'abc')", lambda: (''.join(c.upper() for c in 'abc')))
check("'-'.join(str(i) for i in range(5))", lambda: ('-'.join(str(i) for i in range(5))))
check("max(len(w) for w in ['a', 'abc', 'ab'])", lambda: (max(len(w) for w in ['a', 'abc', 'ab'])))
check("min((len(w), w) for w in ['bb', 'a', 'c'])", lambda: (min((len(w), w) for w in ['bb', 'a', 'c'])))
check('any(x > 3 for x in [1, 2, 5])', lambda: (any(x > 3 for x in [1, 2, 5])))
check('all(x > 0 for x in [1, 2, -5])', lambda: (all(x > 0 for x in [1, 2, -5])))
check('sorted(x % 4 for x in range(10))', lambda: (sorted(x % 4 for x in range(10))))
check('tuple(x for x in range(3))', lambda: (tuple(x for x in range(3))))
check('set(x % 3 for x in range(10))', lambda: (set(x % 3 for x in range(10))))
check("dict((k, v) for k, v in [('a', 1)])", lambda: (dict((k, v) for k, v in [('a', 1)])))
check("sum(1 for _ in 'hello')", lambda: (sum(1 for _ in 'hello')))
check('next(x for x in range(10) if x > 6)', lambda: (next(x for x in range(10) if x > 6)))
check("next((x for x in range(3) if x > 6), 'none')", lambda: (next((x for x in range(3) if x > 6), 'none')))
check('list(x * y for x in range(3) for y in range(3) if x != y)', lambda: (list(x * y for x in range(3) for y in range(3) if x != y)))

# ---------------------------------------------------------------- comprehensions
check('[x * 2 for x in range(5)]', lambda: ([x * 2 for x in range(5)]))
check('[x for x in range(10) if x % 3 == 0]', lambda: ([x for x in range(10) if x % 3 == 0]))
check('[x if x % 2 else -x for x in range(5)]', lambda: ([x if x % 2 else -x for x in range(5)]))
check('[(x, y) for x in range(3) for y in range(x)]', lambda: ([(x, y) for x in range(3) for y in range(x)]))
check("[(x, y) for x in range(3) if x for y in 'ab' if y != 'a']", lambda: ([(x, y) for x in range(3) if x for y in 'ab' if y != 'a']))
check('[[y for y in range(x)] for x in range(4)]', lambda: ([[y for y in range(x)] for x in range(4)]))
check("[c for word in ['ab', 'cd'] for c in word]", lambda: ([c for word in ['ab', 'cd'] for c in word]))
check('[row[i] for row in [[1, 2], [3, 4]] for i in range(2)]', lambda: ([row[i] for row in [[1, 2], [3, 4]] for i in range(2)]))
check('[[row[i] for row in [[1, 2], [3, 4]]] for i in range(2)]', lambda: ([[row[i] for row in [[1, 2], [3, 4]]] for i in range(2)]))
check('{x: x ** 2 for x in range(4)}', lambda: ({x: x ** 2 for x in range(4)}))
check("{v: k for k, v in {'a': 1, 'b': 2}.items()}", lambda: ({v: k for k, v in {'a': 1, 'b': 2}.items()}))
check('{x % 3 for x in range(10)}', lambda: ({x % 3 for x in range(10)}))
check('sorted({(x, y) for x in range(2) for y in range(2)})', lambda: (sorted({(x, y) for x in range(2) for y in range(2)})))
check("list((x, y) for x in 'ab' for y in 'cd')", lambda: (list((x, y) for x in 'ab' for y in 'cd')))
check('[x for x in []]', lambda: ([x for x in []]))
check('[i for i in range(3) if i if i > 1]', lambda: ([i for i in range(3) if i if i > 1]))
check('[(lambda n: n * 10)(x) for x in range(3)]', lambda: ([(lambda n: n * 10)(x) for x in range(3)]))
check('[x for x in range(20) if x % 2 if x % 3]', lambda: ([x for x in range(20) if x % 2 if x % 3]))
def case_comprehension_variable_does_not_leak():
    x = 'outer'
    r = [x for x in range(3)]
    return x, r
check('comprehension_variable_does_not_leak', case_comprehension_variable_does_not_leak)
def case_comprehension_sees_enclosing():
    k = 10
    return [k + i for i in range(3)]
check('comprehension_sees_enclosing', case_comprehension_sees_enclosing)
def case_nested_comprehension_closure():
    return [[i * j for j in range(1, 4)] for i in range(1, 4)]
check('nested_comprehension_closure', case_nested_comprehension_closure)
def case_comprehension_with_function_call_side_effects():
    log = []
    def f(x):
        log.append(x)
        return x
    r = [f(x) for x in range(3) if f(x * 10) is not None]
    return r, log
check('comprehension_with_function_call_side_effects', case_comprehension_with_function_call_side_effects)
def case_matrix_transpose():
    m = [[1, 2, 3], [4, 5, 6]]
    return [[row[i] for row in m] for i in range(len(m[0]))]
check('matrix_transpose', case_matrix_transpose)
def case_dict_comprehension_from_zip():
    return {k: v for k, v in zip('abc', range(3)) if v}
check('dict_comprehension_from_zip', case_dict_comprehension_from_zip)
def case_set_comprehension_dedupe():
    return sorted({w.lower() for w in ['A', 'a', 'B', 'b', 'c']})

# ---------------------------------------------------------------- walrus
check('set_comprehension_dedupe', case_set_comprehension_dedupe)
def case_walrus_in_while():
    data = [1, 2, 3, 0, 4]
    out = []
    i = 0
    while (v := data[i]) != 0:
        out.append(v)
        i += 1
    return out, v
check('walrus_in_while', case_walrus_in_while)
def case_walrus_in_if():
    if (n := len('hello')) > 3:
        return 'long', n
check('walrus_in_if', case_walrus_in_if)
def case_walrus_in_comprehension():
    vals = [y for x in range(6) if (y := x * x) % 2 == 0]
    return vals, y
check('walrus_in_comprehension', case_walrus_in_comprehension)
def case_walrus_in_comprehension_filter_and_value():
    return [(x, d) for x in [10, 15, 20] if (d := x % 7) > 0]
check('walrus_in_comprehension_filter_and_value', case_walrus_in_comprehension_filter_and_value)
def case_walrus_in_any_keeps_witness():
    if any((found := x) > 2 for x in [1, 5, 7]):
        return found
check('walrus_in_any_keeps_witness', case_walrus_in_any_keeps_witness)
check('(y := 5) + y', lambda: ((y := 5) + y))
check('[(z := 1), z + 1]', lambda: ([(z := 1), z + 1]))
check('(lambda: (w := 3) * w)()', lambda: ((lambda: (w := 3) * w)()))

# ---------------------------------------------------------------- annotations and function attributes
def annotated(a: int, b: str = 'x', *args: float, c: 'list[int]' = None, **kw: dict) -> bool:
    """Docstring of annotated."""
    return True
class WithAnnotations:
    count: int = 0
    name: str
    def method(self, x: int) -> 'WithAnnotations':
        return self
check('annotated(1)', lambda: (annotated(1)))
check('annotated.__annotations__', lambda: (annotated.__annotations__))
check('annotated.__doc__', lambda: (annotated.__doc__))
check('annotated.__name__', lambda: (annotated.__name__))
check('annotated.__qualname__', lambda: (annotated.__qualname__))
check('annotated.__defaults__', lambda: (annotated.__defaults__))
check('annotated.__kwdefaults__', lambda: (annotated.__kwdefaults__))
check('WithAnnotations.__annotations__', lambda: (WithAnnotations.__annotations__))
check('WithAnnotations.count', lambda: (WithAnnotations.count))
check('WithAnnotations.name', lambda: (WithAnnotations.name))
check('WithAnnotations.method.__qualname__', lambda: (WithAnnotations.method.__qualname__))
check('WithAnnotations().method(1).__class__.__name__', lambda: (WithAnnotations().method(1).__class__.__name__))
check('hello.__doc__', lambda: (hello.__doc__))
check('fact.__doc__', lambda: (fact.__doc__))
check('list[int]', lambda: (list[int]))
check('dict[str, list[int]]', lambda: (dict[str, list[int]]))
check('tuple[int, ...]', lambda: (tuple[int, ...]))
def case_annotation_evaluated_at_definition():
    log = []
    def ann(tag):
        log.append(tag)
        return tag
    def f(x: ann('param')) -> ann('return'):
        return x
    return log, f.__annotations__
check('annotation_evaluated_at_definition', case_annotation_evaluated_at_definition)
def case_local_variable_annotation_not_evaluated():
    y: undefined_name_in_annotation = 5
    return y
check('local_variable_annotation_not_evaluated', case_local_variable_annotation_not_evaluated)
def case_annotation_only_no_binding():
    z: int
    return z
check('annotation_only_no_binding', case_annotation_only_no_binding)
def case_nested_function_qualname():
    def outer():
        def inner():
            pass
        return inner
    return outer().__qualname__, outer().__name__
check('nested_function_qualname', case_nested_function_qualname)
def case_function_is_object():
    def f():
        return 1
    g = f
    f.custom = 'attr'
    return g(), g.custom, g is f, callable(g)
check('function_is_object', case_function_is_object)
def case_functions_in_data_structures():
    ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
    return {k: fn(3, 4) for k, fn in ops.items()}
check('functions_in_data_structures', case_functions_in_data_structures)
def case_return_multiple_values():
    def minmax(xs):
        return min(xs), max(xs)
    lo, hi = minmax([3, 1, 4, 1, 5])
    return lo, hi, minmax([2])
check('return_multiple_values', case_return_multiple_values)
def case_return_nothing_vs_pass():
    def a():
        return
    def b():
        pass
    def c():
        x = 1
    return a(), b(), c()
check('return_nothing_vs_pass', case_return_nothing_vs_pass)
def case_early_return_in_loop():
    def find(xs, target):
        for i, x in enumerate(xs):
            if x == target:
                return i
        return -1
    return find([5, 6, 7], 7), find([5], 9)
check('early_return_in_loop', case_early_return_in_loop)
def case_recursive_inner_function():
    def outer(n):
        def helper(k):
            return 0 if k == 0 else k + helper(k - 1)
        return helper(n)
    return outer(10)
check('recursive_inner_function', case_recursive_inner_function)
def case_call_with_unpacked_dict_and_list():
    def f(a, b, c, d):
        return a, b, c, d
    args = [1, 2]
    kwargs = {'d': 4, 'c': 3}
    return f(*args, **kwargs)
check('call_with_unpacked_dict_and_list', case_call_with_unpacked_dict_and_list)
