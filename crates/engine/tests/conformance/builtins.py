"""Conformance: the built-in functions — len, enumerate, zip, map, filter, sorted,
reversed, min/max, sum, abs, any/all, isinstance/issubclass, type, callable,
getattr/setattr/hasattr/delattr, iter/next, repr/str/ascii, the type constructors,
object(), and print with sep/end (printed directly at the end of the file).

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


class Point:
    kind = 'point'
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(' + repr(self.x) + ', ' + repr(self.y) + ')'
    def norm1(self):
        return abs(self.x) + abs(self.y)
class Callable:
    def __call__(self, a):
        return a * 2
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
class Rev:
    def __reversed__(self):
        return iter(['z', 'y'])
class LenOnly:
    def __len__(self):
        return 7
class Base:
    pass
class Child(Base):
    pass
class WithProp:
    @property
    def boom(self):
        raise ValueError('boom')
    @property
    def missing(self):
        raise AttributeError('nope')
def gen3():
    yield 1
    yield 2
    yield 3
p = Point(1, -2)

# ---------------------------------------------------------------- len
check("len('abc')", lambda: (len('abc')))
check('len([1, 2])', lambda: (len([1, 2])))
check('len((1,))', lambda: (len((1,))))
check("len({'a': 1})", lambda: (len({'a': 1})))
check('len({1, 2, 3})', lambda: (len({1, 2, 3})))
check('len(frozenset())', lambda: (len(frozenset())))
check('len(range(3, 10, 2))', lambda: (len(range(3, 10, 2))))
check('len(LenOnly())', lambda: (len(LenOnly())))
check("len({'a': 1}.items())", lambda: (len({'a': 1}.items())))
check('len(5)', lambda: (len(5)))
check('len(None)', lambda: (len(None)))
check('len(iter([1]))', lambda: (len(iter([1]))))
check('len(gen3())', lambda: (len(gen3())))
check('len(Point(0, 0))', lambda: (len(Point(0, 0))))
check('len()', lambda: (len()))
check('len([], [])', lambda: (len([], [])))

# ---------------------------------------------------------------- enumerate
check("list(enumerate('abc'))", lambda: (list(enumerate('abc'))))
check("list(enumerate('abc', 1))", lambda: (list(enumerate('abc', 1))))
check("list(enumerate('abc', start=10))", lambda: (list(enumerate('abc', start=10))))
check("list(enumerate('abc', -2))", lambda: (list(enumerate('abc', -2))))
check('list(enumerate([]))', lambda: (list(enumerate([]))))
check('list(enumerate(range(2), 2 ** 70))', lambda: (list(enumerate(range(2), 2 ** 70))))
check("list(enumerate({'k': 1, 'j': 2}))", lambda: (list(enumerate({'k': 1, 'j': 2}))))
check('list(enumerate(gen3()))', lambda: (list(enumerate(gen3()))))
check("next(enumerate('xy'))", lambda: (next(enumerate('xy'))))
check('list(enumerate(5))', lambda: (list(enumerate(5))))
check("list(enumerate('a', 1.5))", lambda: (list(enumerate('a', 1.5))))
check("list(enumerate('a', '1'))", lambda: (list(enumerate('a', '1'))))
check('list(enumerate())', lambda: (list(enumerate())))
check("list(enumerate('a', start=1, stop=2))", lambda: (list(enumerate('a', start=1, stop=2))))
check("type(enumerate('a')).__name__", lambda: (type(enumerate('a')).__name__))
def case_enumerate_unpack_loop():
    out = []
    for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
        out.append(i * 100 + a * 10 + b)
    return out

# ---------------------------------------------------------------- zip
check('enumerate_unpack_loop', case_enumerate_unpack_loop)
check("list(zip([1, 2, 3], 'abc'))", lambda: (list(zip([1, 2, 3], 'abc'))))
check("list(zip([1, 2, 3], 'ab'))", lambda: (list(zip([1, 2, 3], 'ab'))))
check("list(zip([1], 'ab', (True, False)))", lambda: (list(zip([1], 'ab', (True, False)))))
check('list(zip())', lambda: (list(zip())))
check('list(zip([1, 2]))', lambda: (list(zip([1, 2]))))
check('list(zip([], [1]))', lambda: (list(zip([], [1]))))
check("list(zip(*[(1, 'a'), (2, 'b')]))", lambda: (list(zip(*[(1, 'a'), (2, 'b')]))))
check('list(zip(*[[1, 2, 3], [4, 5, 6]]))', lambda: (list(zip(*[[1, 2, 3], [4, 5, 6]]))))
check("dict(zip('abc', range(3)))", lambda: (dict(zip('abc', range(3)))))
check('list(zip([1, 2], [3, 4], strict=True))', lambda: (list(zip([1, 2], [3, 4], strict=True))))
check('list(zip([1, 2, 3], [3, 4], strict=True))', lambda: (list(zip([1, 2, 3], [3, 4], strict=True))))
check('list(zip([1], [3, 4], strict=True))', lambda: (list(zip([1], [3, 4], strict=True))))
check('list(zip([1, 2], [3, 4], [5], strict=True))', lambda: (list(zip([1, 2], [3, 4], [5], strict=True))))
check('list(zip([1], [2], [3, 4], strict=True))', lambda: (list(zip([1], [2], [3, 4], strict=True))))
check("list(zip([1, 2], 'ab', strict=False))", lambda: (list(zip([1, 2], 'ab', strict=False))))
check('list(zip(1, [2]))', lambda: (list(zip(1, [2]))))
check('list(zip([1], None))', lambda: (list(zip([1], None))))
check('list(zip([1], bad=True))', lambda: (list(zip([1], bad=True))))
check('type(zip()).__name__', lambda: (type(zip()).__name__))
def case_zip_consumes_lazily():
    it = iter([1, 2, 3, 4])
    pairs = list(zip(it, 'ab'))
    return pairs, list(it)
check('zip_consumes_lazily', case_zip_consumes_lazily)
def case_zip_strict_partial_output():
    out = []
    try:
        for pair in zip('abc', [1, 2], strict=True):
            out.append(pair)
    except ValueError as e:
        out.append(str(e))
    return out

# ---------------------------------------------------------------- map / filter
check('zip_strict_partial_output', case_zip_strict_partial_output)
check('list(map(str, [1, 2, 3]))', lambda: (list(map(str, [1, 2, 3]))))
check('list(map(lambda x: x * x, range(4)))', lambda: (list(map(lambda x: x * x, range(4)))))
check('list(map(lambda a, b: a + b, [1, 2, 3], [10, 20]))', lambda: (list(map(lambda a, b: a + b, [1, 2, 3], [10, 20]))))
check('list(map(pow, [2, 3], [3, 2], [5, 5]))', lambda: (list(map(pow, [2, 3], [3, 2], [5, 5]))))
check("list(map(int, ['1', ' 2 ', '-3']))", lambda: (list(map(int, ['1', ' 2 ', '-3']))))
check("list(map(int, ['1', 'x']))", lambda: (list(map(int, ['1', 'x']))))
check("list(map(len, ['a', [1, 2], {}]))", lambda: (list(map(len, ['a', [1, 2], {}]))))
check("list(map(str.upper, 'abc'))", lambda: (list(map(str.upper, 'abc'))))
check('list(map(None, [1]))', lambda: (list(map(None, [1]))))
check('list(map(abs))', lambda: (list(map(abs))))
check('list(map())', lambda: (list(map())))
check('list(map(abs, 5))', lambda: (list(map(abs, 5))))
check('list(map(lambda: 1, [1]))', lambda: (list(map(lambda: 1, [1]))))
check('type(map(abs, [])).__name__', lambda: (type(map(abs, [])).__name__))
check("list(filter(None, [0, 1, '', 'a', [], [0], None, False, 2.5]))", lambda: (list(filter(None, [0, 1, '', 'a', [], [0], None, False, 2.5]))))
check('list(filter(lambda x: x % 2, range(10)))', lambda: (list(filter(lambda x: x % 2, range(10)))))
check("list(filter(str.isdigit, ['1', 'a', '23']))", lambda: (list(filter(str.isdigit, ['1', 'a', '23']))))
check('list(filter(lambda x: x > 5, []))', lambda: (list(filter(lambda x: x > 5, []))))
check('list(filter(5, [1]))', lambda: (list(filter(5, [1]))))
check('list(filter(None, 5))', lambda: (list(filter(None, 5))))
check('list(filter(None))', lambda: (list(filter(None))))
check('type(filter(None, [])).__name__', lambda: (type(filter(None, [])).__name__))
def case_map_is_lazy():
    seen = []
    def f(x):
        seen.append(x)
        return x
    m = map(f, [1, 2, 3])
    first = next(m)
    return first, seen, list(m), seen
check('map_is_lazy', case_map_is_lazy)
def case_map_exhausted_once():
    m = map(abs, [-1, -2])
    return list(m), list(m)

# ---------------------------------------------------------------- sorted / reversed
check('map_exhausted_once', case_map_exhausted_once)
check('sorted([3, 1, 2])', lambda: (sorted([3, 1, 2])))
check('sorted([3, 1, 2], reverse=True)', lambda: (sorted([3, 1, 2], reverse=True)))
check("sorted('hello')", lambda: (sorted('hello')))
check("sorted({'b': 1, 'a': 2})", lambda: (sorted({'b': 1, 'a': 2})))
check('sorted({3, 1, 2})', lambda: (sorted({3, 1, 2})))
check('sorted((1.5, -1, 0))', lambda: (sorted((1.5, -1, 0))))
check('sorted(gen3(), reverse=True)', lambda: (sorted(gen3(), reverse=True)))
check('sorted([])', lambda: (sorted([])))
check("sorted(['bb', 'a', 'ccc'], key=len)", lambda: (sorted(['bb', 'a', 'ccc'], key=len)))
check("sorted(['bb', 'a', 'ccc'], key=len, reverse=True)", lambda: (sorted(['bb', 'a', 'ccc'], key=len, reverse=True)))
check("sorted(['b', 'A', 'a', 'B'], key=str.lower)", lambda: (sorted(['b', 'A', 'a', 'B'], key=str.lower)))
check("sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0])", lambda: (sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0])))
check('sorted([p, Point(0, 0), Point(-5, 1)], key=lambda q: q.x)', lambda: (sorted([p, Point(0, 0), Point(-5, 1)], key=lambda q: q.x)))
check('sorted([p, Point(0, 0)])', lambda: (sorted([p, Point(0, 0)])))
check("sorted([1, 'a'])", lambda: (sorted([1, 'a'])))
check('sorted([3, 1], key=None)', lambda: (sorted([3, 1], key=None)))
check('sorted([3, 1], lambda x: x)', lambda: (sorted([3, 1], lambda x: x)))
check('sorted()', lambda: (sorted()))
check('sorted(5)', lambda: (sorted(5)))
check('sorted([1], cmp=1)', lambda: (sorted([1], cmp=1)))
check("sorted([3, 1], reverse='yes')", lambda: (sorted([3, 1], reverse='yes')))
check('list(reversed([1, 2, 3]))', lambda: (list(reversed([1, 2, 3]))))
check('list(reversed((1, 2)))', lambda: (list(reversed((1, 2)))))
check("list(reversed('abc'))", lambda: (list(reversed('abc'))))
check('list(reversed(range(3)))', lambda: (list(reversed(range(3)))))
check("list(reversed({'a': 1, 'b': 2}))", lambda: (list(reversed({'a': 1, 'b': 2}))))
check('list(reversed(Rev()))', lambda: (list(reversed(Rev()))))
check('list(reversed(Seq()))', lambda: (list(reversed(Seq()))))
check('list(reversed({1, 2}))', lambda: (list(reversed({1, 2}))))
check('list(reversed(iter([1, 2])))', lambda: (list(reversed(iter([1, 2])))))
check('list(reversed(gen3()))', lambda: (list(reversed(gen3()))))
check('list(reversed(5))', lambda: (list(reversed(5))))
check('list(reversed(LenOnly()))', lambda: (list(reversed(LenOnly()))))
check('list(reversed())', lambda: (list(reversed())))
check('type(reversed([])).__name__', lambda: (type(reversed([])).__name__))
check('type(reversed(range(2))).__name__', lambda: (type(reversed(range(2))).__name__))

# ---------------------------------------------------------------- min / max
check('min(3, 1, 2)', lambda: (min(3, 1, 2)))
check('max(3, 1, 2)', lambda: (max(3, 1, 2)))
check('min([3, 1, 2])', lambda: (min([3, 1, 2])))
check('max([3, 1, 2])', lambda: (max([3, 1, 2])))
check("min('hello')", lambda: (min('hello')))
check("max('apple', 'pear')", lambda: (max('apple', 'pear')))
check('min([1, 2], [1, 3])', lambda: (min([1, 2], [1, 3])))
check("max((1, 'a'), (1, 'b'))", lambda: (max((1, 'a'), (1, 'b'))))
check('min([4, -5, 3], key=abs)', lambda: (min([4, -5, 3], key=abs)))
check('max([4, -5, 3], key=abs)', lambda: (max([4, -5, 3], key=abs)))
check("max(['bb', 'a', 'cc'], key=len)", lambda: (max(['bb', 'a', 'cc'], key=len)))
check("min(['bb', 'a', 'c'], key=len)", lambda: (min(['bb', 'a', 'c'], key=len)))
check('max(4, -5, 3, key=abs)', lambda: (max(4, -5, 3, key=abs)))
check("max({'a': 3, 'b': 5}, key={'a': 3, 'b': 5}.get)", lambda: (max({'a': 3, 'b': 5}, key={'a': 3, 'b': 5}.get)))
check('max([], default=None)', lambda: (max([], default=None)))
check("min([], default='empty')", lambda: (min([], default='empty')))
check('max([1], default=0)', lambda: (max([1], default=0)))
check('max(gen3())', lambda: (max(gen3())))
check('min(x * x for x in range(-3, 3))', lambda: (min(x * x for x in range(-3, 3))))
check('max([])', lambda: (max([])))
check('min(())', lambda: (min(())))
check('max(1)', lambda: (max(1)))
check('max()', lambda: (max()))
check('min(1, 2, default=0)', lambda: (min(1, 2, default=0)))
check("max([1, 'a'])", lambda: (max([1, 'a'])))
check("max(1, 'a')", lambda: (max(1, 'a')))
check('max([p, p])', lambda: (max([p, p])))
check('max([1, 2], key=lambda x: x.nope)', lambda: (max([1, 2], key=lambda x: x.nope)))
check('max([1, 2], key=5)', lambda: (max([1, 2], key=5)))
check('min([1.0, 1, True])', lambda: (min([1.0, 1, True])))
check('max([1, 1.0, True])', lambda: (max([1, 1.0, True])))
check("max(float('nan'), 1, 2)", lambda: (max(float('nan'), 1, 2)))
check("max(1, float('nan'), 2)", lambda: (max(1, float('nan'), 2)))
check('min(3, 2, key=lambda x: 0)', lambda: (min(3, 2, key=lambda x: 0)))
check('max(3, 2, key=lambda x: 0)', lambda: (max(3, 2, key=lambda x: 0)))
check('max([1, 2], bad=1)', lambda: (max([1, 2], bad=1)))

# ---------------------------------------------------------------- sum / abs / any / all
check('sum([1, 2, 3])', lambda: (sum([1, 2, 3])))
check('sum([])', lambda: (sum([])))
check('sum([], 5)', lambda: (sum([], 5)))
check('sum([1, 2], 10)', lambda: (sum([1, 2], 10)))
check('sum([1, 2], start=10)', lambda: (sum([1, 2], start=10)))
check('sum([0.5, 0.25])', lambda: (sum([0.5, 0.25])))
check('sum([1, 0.5])', lambda: (sum([1, 0.5])))
check('sum(range(101))', lambda: (sum(range(101))))
check('sum(x * x for x in range(5))', lambda: (sum(x * x for x in range(5))))
check('sum([True, True, 1])', lambda: (sum([True, True, 1])))
check('sum([[1], [2, 3]], [])', lambda: (sum([[1], [2, 3]], [])))
check('sum([(1,), (2,)], ())', lambda: (sum([(1,), (2,)], ())))
check("sum(['a', 'b'])", lambda: (sum(['a', 'b'])))
check("sum(['a', 'b'], '')", lambda: (sum(['a', 'b'], '')))
check("sum([1, 'a'])", lambda: (sum([1, 'a'])))
check('sum([[1]])', lambda: (sum([[1]])))
check('sum(5)', lambda: (sum(5)))
check('sum()', lambda: (sum()))
check('sum([1], 2, 3)', lambda: (sum([1], 2, 3)))
check('sum([2 ** 64, 2 ** 64])', lambda: (sum([2 ** 64, 2 ** 64])))
check('abs(-3)', lambda: (abs(-3)))
check('abs(3.5)', lambda: (abs(3.5)))
check('abs(-0.0)', lambda: (abs(-0.0)))
check('abs(True)', lambda: (abs(True)))
check('abs(-2 ** 70)', lambda: (abs(-2 ** 70)))
check("abs('a')", lambda: (abs('a')))
check('abs(None)', lambda: (abs(None)))
check('abs()', lambda: (abs()))
check('any([])', lambda: (any([])))
check("any([0, '', None])", lambda: (any([0, '', None])))
check("any([0, 'x'])", lambda: (any([0, 'x'])))
check('any(x > 2 for x in range(5))', lambda: (any(x > 2 for x in range(5))))
check("any('abc')", lambda: (any('abc')))
check('any([[]])', lambda: (any([[]])))
check('any(5)', lambda: (any(5)))
check('all([])', lambda: (all([])))
check("all([1, 'a', [0]])", lambda: (all([1, 'a', [0]])))
check('all([1, 0])', lambda: (all([1, 0])))
check('all(x < 10 for x in range(5))', lambda: (all(x < 10 for x in range(5))))
check("all('')", lambda: (all('')))
check('all(None)', lambda: (all(None)))
def case_any_short_circuits():
    seen = []
    def check_val(x):
        seen.append(x)
        return x > 1
    return any(check_val(x) for x in [1, 2, 3, 4]), seen
check('any_short_circuits', case_any_short_circuits)
def case_all_short_circuits():
    seen = []
    def check_val(x):
        seen.append(x)
        return x < 2
    return all(check_val(x) for x in [1, 2, 3, 4]), seen

# ---------------------------------------------------------------- isinstance / issubclass / type
check('all_short_circuits', case_all_short_circuits)
check('isinstance(1, int)', lambda: (isinstance(1, int)))
check('isinstance(1, (str, int))', lambda: (isinstance(1, (str, int))))
check('isinstance(1, (str, (float, int)))', lambda: (isinstance(1, (str, (float, int)))))
check('isinstance(1, ())', lambda: (isinstance(1, ())))
check("isinstance('a', (int, float))", lambda: (isinstance('a', (int, float))))
check('isinstance(True, int)', lambda: (isinstance(True, int)))
check('isinstance(1.0, (int,))', lambda: (isinstance(1.0, (int,))))
check('isinstance(None, type(None))', lambda: (isinstance(None, type(None))))
check('isinstance([], list)', lambda: (isinstance([], list)))
check('isinstance({}, dict)', lambda: (isinstance({}, dict)))
check('isinstance(Child(), Base)', lambda: (isinstance(Child(), Base)))
check('isinstance(Base(), Child)', lambda: (isinstance(Base(), Child)))
check('isinstance(Child(), (int, Base))', lambda: (isinstance(Child(), (int, Base))))
check('isinstance(Child(), object)', lambda: (isinstance(Child(), object)))
check('isinstance(int, type)', lambda: (isinstance(int, type)))
check('isinstance(int, object)', lambda: (isinstance(int, object)))
check("isinstance(1, 'int')", lambda: (isinstance(1, 'int')))
check('isinstance(1, [int])', lambda: (isinstance(1, [int])))
check('isinstance(1)', lambda: (isinstance(1)))
check('isinstance(1, int | str)', lambda: (isinstance(1, int | str)))
check("isinstance('s', int | None)", lambda: (isinstance('s', int | None)))
check('isinstance(None, int | None)', lambda: (isinstance(None, int | None)))
check('issubclass(bool, int)', lambda: (issubclass(bool, int)))
check('issubclass(int, bool)', lambda: (issubclass(int, bool)))
check('issubclass(Child, Base)', lambda: (issubclass(Child, Base)))
check('issubclass(Child, (int, Base))', lambda: (issubclass(Child, (int, Base))))
check('issubclass(Base, Base)', lambda: (issubclass(Base, Base)))
check('issubclass(Base, object)', lambda: (issubclass(Base, object)))
check('issubclass(int, object)', lambda: (issubclass(int, object)))
check('issubclass(Child(), Base)', lambda: (issubclass(Child(), Base)))
check('issubclass(1, int)', lambda: (issubclass(1, int)))
check("issubclass(Child, 'Base')", lambda: (issubclass(Child, 'Base')))
check('issubclass(int, int | str)', lambda: (issubclass(int, int | str)))
check('type(1)', lambda: (type(1)))
check("type('a')", lambda: (type('a')))
check('type(1.5)', lambda: (type(1.5)))
check('type(True)', lambda: (type(True)))
check('type(None)', lambda: (type(None)))
check('type([])', lambda: (type([])))
check('type(())', lambda: (type(())))
check('type({})', lambda: (type({})))
check('type(set())', lambda: (type(set())))
check('type(frozenset())', lambda: (type(frozenset())))
check('type(range(1))', lambda: (type(range(1))))
check('type(slice(1))', lambda: (type(slice(1))))
check('type(p)', lambda: (type(p)))
check('type(Point)', lambda: (type(Point)))
check('type(int)', lambda: (type(int)))
check('type(type)', lambda: (type(type)))
check('type(gen3)', lambda: (type(gen3)))
check('type(gen3())', lambda: (type(gen3())))
check('type(lambda: 0)', lambda: (type(lambda: 0)))
check('type(len)', lambda: (type(len)))
check('type([].append)', lambda: (type([].append)))
check('type(p.norm1)', lambda: (type(p.norm1)))
check('type(iter([]))', lambda: (type(iter([]))))
check("type(iter(''))", lambda: (type(iter(''))))
check('type(iter(range(1)))', lambda: (type(iter(range(1)))))
check('type({}.keys())', lambda: (type({}.keys())))
check('type({}.values())', lambda: (type({}.values())))
check('type({}.items())', lambda: (type({}.items())))
check('type(x for x in [])', lambda: (type(x for x in [])))
check('type(ValueError())', lambda: (type(ValueError())))
check('type(object())', lambda: (type(object())))
check('type(1) is int', lambda: (type(1) is int))
check('type(1) == int', lambda: (type(1) == int))
check('type(True) is int', lambda: (type(True) is int))
check('type(p).__name__', lambda: (type(p).__name__))
check('type(p.norm1).__name__', lambda: (type(p.norm1).__name__))
check('type(type(1)).__name__', lambda: (type(type(1)).__name__))
check('int.__name__ + str.__name__ + list.__name__', lambda: (int.__name__ + str.__name__ + list.__name__))
check('Point.__name__', lambda: (Point.__name__))
check('type()', lambda: (type()))
check('type(1, 2)', lambda: (type(1, 2)))
check('int | str', lambda: (int | str))
check('int | None', lambda: (int | None))

# ---------------------------------------------------------------- callable
check('callable(len)', lambda: (callable(len)))
check('callable(print)', lambda: (callable(print)))
check('callable(lambda: 0)', lambda: (callable(lambda: 0)))
check('callable(gen3)', lambda: (callable(gen3)))
check('callable(Point)', lambda: (callable(Point)))
check('callable(p)', lambda: (callable(p)))
check('callable(p.norm1)', lambda: (callable(p.norm1)))
check('callable(Callable())', lambda: (callable(Callable())))
check('callable(Callable()(21))', lambda: (callable(Callable()(21))))
check('callable(int)', lambda: (callable(int)))
check("callable('abc'.upper)", lambda: (callable('abc'.upper)))
check('callable(1)', lambda: (callable(1)))
check("callable('len')", lambda: (callable('len')))
check('callable(None)', lambda: (callable(None)))
check('callable([])', lambda: (callable([])))
check('callable()', lambda: (callable()))

# ---------------------------------------------------------------- getattr / setattr / hasattr / delattr
check("getattr(p, 'x')", lambda: (getattr(p, 'x')))
check("getattr(p, 'kind')", lambda: (getattr(p, 'kind')))
check("getattr(p, 'z')", lambda: (getattr(p, 'z')))
check("getattr(p, 'z', 'default')", lambda: (getattr(p, 'z', 'default')))
check("getattr(p, 'z', None)", lambda: (getattr(p, 'z', None)))
check("getattr(p, 'norm1')()", lambda: (getattr(p, 'norm1')()))
check("getattr(Point, 'kind')", lambda: (getattr(Point, 'kind')))
check("getattr(5, 'real')", lambda: (getattr(5, 'real')))
check("getattr([1, 1], 'count')(1)", lambda: (getattr([1, 1], 'count')(1)))
check("getattr('abc', 'upper')()", lambda: (getattr('abc', 'upper')()))
check('getattr(p, 1)', lambda: (getattr(p, 1)))
check('getattr(p)', lambda: (getattr(p)))
check("getattr(p, 'x', 1, 2)", lambda: (getattr(p, 'x', 1, 2)))
check("getattr(WithProp(), 'boom')", lambda: (getattr(WithProp(), 'boom')))
check("getattr(WithProp(), 'boom', 'dflt')", lambda: (getattr(WithProp(), 'boom', 'dflt')))
check("getattr(WithProp(), 'missing', 'dflt')", lambda: (getattr(WithProp(), 'missing', 'dflt')))
check("hasattr(p, 'x')", lambda: (hasattr(p, 'x')))
check("hasattr(p, 'z')", lambda: (hasattr(p, 'z')))
check("hasattr(p, 'norm1')", lambda: (hasattr(p, 'norm1')))
check("hasattr(Point, 'x')", lambda: (hasattr(Point, 'x')))
check("hasattr('a', 'upper')", lambda: (hasattr('a', 'upper')))
check("hasattr(1, 'real')", lambda: (hasattr(1, 'real')))
check("hasattr(WithProp(), 'missing')", lambda: (hasattr(WithProp(), 'missing')))
check("hasattr(WithProp(), 'boom')", lambda: (hasattr(WithProp(), 'boom')))
check('hasattr(p, 2)', lambda: (hasattr(p, 2)))
check("(setattr(p, 'z', 3), p.z)", lambda: ((setattr(p, 'z', 3), p.z)))
check("setattr(p, 'x', 10) is None", lambda: (setattr(p, 'x', 10) is None))
check('p.x', lambda: (p.x))
check("(setattr(Point, 'kind', 'pt'), p.kind, Point(0, 0).kind)", lambda: ((setattr(Point, 'kind', 'pt'), p.kind, Point(0, 0).kind)))
check("(delattr(p, 'z'), hasattr(p, 'z'))", lambda: ((delattr(p, 'z'), hasattr(p, 'z'))))
check("delattr(p, 'z')", lambda: (delattr(p, 'z')))
check("delattr(p, 'nope')", lambda: (delattr(p, 'nope')))
check('setattr(p, 5, 1)', lambda: (setattr(p, 5, 1)))
check("setattr(5, 'x', 1)", lambda: (setattr(5, 'x', 1)))
check("setattr([], 'x', 1)", lambda: (setattr([], 'x', 1)))
check("setattr('s', 'upper', 1)", lambda: (setattr('s', 'upper', 1)))
check("delattr([], 'append')", lambda: (delattr([], 'append')))
check("setattr(p, 'y')", lambda: (setattr(p, 'y')))
def case_setattr_dynamic_names():
    q = Point(0, 0)
    for name in ['a', 'b', 'c']:
        setattr(q, name, name * 2)
    return [getattr(q, n) for n in ['a', 'b', 'c']], q.__dict__
check('setattr_dynamic_names', case_setattr_dynamic_names)
def case_class_attr_shadowing():
    q = Point(0, 0)
    q.kind = 'instance'
    r = Point(0, 0)
    return q.kind, r.kind, Point.kind
check('class_attr_shadowing', case_class_attr_shadowing)
def case_delattr_instance_reveals_class_attr():
    q = Point(0, 0)
    q.kind = 'instance'
    delattr(q, 'kind')
    return q.kind

# ---------------------------------------------------------------- iter / next
check('delattr_instance_reveals_class_attr', case_delattr_instance_reveals_class_attr)
check('next(iter([1, 2]))', lambda: (next(iter([1, 2]))))
check("next(iter([]), 'default')", lambda: (next(iter([]), 'default')))
check('next(iter([]), None)', lambda: (next(iter([]), None)))
check('next(iter([]))', lambda: (next(iter([]))))
check("next(iter('ab'))", lambda: (next(iter('ab'))))
check("next(iter({'k': 1}))", lambda: (next(iter({'k': 1}))))
check('next(iter({5: 1}.items()))', lambda: (next(iter({5: 1}.items()))))
check('next(iter(range(3, 9)))', lambda: (next(iter(range(3, 9)))))
check('next(gen3())', lambda: (next(gen3())))
check('next(Countdown(3))', lambda: (next(Countdown(3))))
check('list(Countdown(3))', lambda: (list(Countdown(3))))
check('list(Seq())', lambda: (list(Seq())))
check('list(iter(Seq()))', lambda: (list(iter(Seq()))))
check('20 in Seq()', lambda: (20 in Seq()))
check('25 in Seq()', lambda: (25 in Seq()))
check('next([1, 2])', lambda: (next([1, 2])))
check("next('abc')", lambda: (next('abc')))
check('next(5)', lambda: (next(5)))
check('next()', lambda: (next()))
check('iter(5)', lambda: (iter(5)))
check('iter(None)', lambda: (iter(None)))
check('iter(p)', lambda: (iter(p)))
check('iter()', lambda: (iter()))
check('list(iter([1, 2, 3].pop, 1))', lambda: (list(iter([1, 2, 3].pop, 1))))
check('list(iter(Countdown(5).__next__, 2))', lambda: (list(iter(Countdown(5).__next__, 2))))
check('iter(5, 1)', lambda: (iter(5, 1)))
check('next(iter(lambda: 1, 2))', lambda: (next(iter(lambda: 1, 2))))
check('next(iter(len, 0))', lambda: (next(iter(len, 0))))
def case_iter_of_iterator_is_itself():
    it = iter([1, 2])
    return iter(it) is it
check('iter_of_iterator_is_itself', case_iter_of_iterator_is_itself)
def case_stop_iteration_message():
    try:
        next(iter([]))
    except StopIteration as e:
        return repr(e), str(e), e.args, e.value
check('stop_iteration_message', case_stop_iteration_message)
def case_next_default_after_partial():
    it = iter([1])
    return next(it), next(it, 'end'), next(it, 'end')
check('next_default_after_partial', case_next_default_after_partial)
def case_iterator_shared_between_loops():
    it = iter(range(6))
    first = [x for x, _ in zip(it, range(2))]
    return first, list(it)

# ---------------------------------------------------------------- repr / str / ascii / constructors
check('iterator_shared_between_loops', case_iterator_shared_between_loops)
check('repr(1)', lambda: (repr(1)))
check("repr('a')", lambda: (repr('a')))
check('repr([p])', lambda: (repr([p])))
check('repr((p,))', lambda: (repr((p,))))
check("repr({'k': p})", lambda: (repr({'k': p})))
check('str(p)', lambda: (str(p)))
check("str([p, 'a'])", lambda: (str([p, 'a'])))
check('ascii(p)', lambda: (ascii(p)))
check('repr(1.0)', lambda: (repr(1.0)))
check('repr(None)', lambda: (repr(None)))
check('repr(int)', lambda: (repr(int)))
check('repr(Point)', lambda: (repr(Point)))
check("repr(ValueError('x'))", lambda: (repr(ValueError('x'))))
check('repr()', lambda: (repr()))
check('str()', lambda: (str()))
check('int()', lambda: (int()))
check('float()', lambda: (float()))
check('bool()', lambda: (bool()))
check('list()', lambda: (list()))
check('tuple()', lambda: (tuple()))
check('dict()', lambda: (dict()))
check('set()', lambda: (set()))
check('frozenset()', lambda: (frozenset()))
check("int('7') + int(7.9) + int(True)", lambda: (int('7') + int(7.9) + int(True)))
check("float('7') + float(7)", lambda: (float('7') + float(7)))
check("bool('0')", lambda: (bool('0')))
check('str(7) + str(7.0) + str(None)', lambda: (str(7) + str(7.0) + str(None)))
check("list('ab') + list((1,)) + list({2: 0})", lambda: (list('ab') + list((1,)) + list({2: 0})))
check("tuple([1]) + tuple('c')", lambda: (tuple([1]) + tuple('c')))
check("dict([('a', 1)], b=2)", lambda: (dict([('a', 1)], b=2)))
check("set('aab') == {'a', 'b'}", lambda: (set('aab') == {'a', 'b'}))
check("frozenset('aab') == {'a', 'b'}", lambda: (frozenset('aab') == {'a', 'b'}))
check("int.__call__('5')", lambda: (int.__call__('5')))
check('object.__name__', lambda: (object.__name__))
check('type(object()).__name__', lambda: (type(object()).__name__))
check('object() == object()', lambda: (object() == object()))
check('object() != object()', lambda: (object() != object()))
check('isinstance(object(), object)', lambda: (isinstance(object(), object)))
check('object(1)', lambda: (object(1)))
def case_object_no_attributes():
    o = object()
    o.x = 1
check('object_no_attributes', case_object_no_attributes)
def case_object_identity():
    o = object()
    a = o
    return a is o, a == o, [o].count(o)

# ---------------------------------------------------------------- print with sep / end (printed directly)
check('object_identity', case_object_identity)
print('--- print section')
print()
print('a')
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep='-')
print('a', 'b', sep=' | ')
print('a', 'b', sep=None)
print('a', 'b', end='!\n')
print('no newline', end='')
print(' ... continued')
print('x', end='')
print('y', end='')
print()
print('a', 'b', sep='\n')
print('multi\nline')
print(1, 2.5, None, True, [1, 'a'], (2,), {'k': 'v'}, p)
print('tab\tsep', 'x', sep='\t')
print('', '', sep='*')
print(*[1, 2, 3])
print(*[1, 2, 3], sep=', ')
print(*'abc', sep='.')
print(*[])
print('end with sep', sep='-', end='.\n')
print('a', end=None)
print('flush', flush=True)
print('x', 'y', sep='', end='')
print('')
check("print('a', sep=1)", lambda: print('a', sep=1))
check("print('a', end=2)", lambda: print('a', end=2))
check('print returns None', lambda: print('value printed') is None)
print('%s and %s' % ('this', 'that'), end=' ')
print(f'{1 + 1}')
print('done')
