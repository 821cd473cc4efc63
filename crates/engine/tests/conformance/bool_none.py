"""Conformance: bool and None — truthiness of every value kind, and/or/not results,
bool arithmetic and methods, bool(), None's behaviour and errors.

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Plain:
    pass
class BadLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1

# ---------------------------------------------------------------- bool() of values
check('bool()', lambda: (bool()))
check('bool(0)', lambda: (bool(0)))
check('bool(1)', lambda: (bool(1)))
check('bool(-1)', lambda: (bool(-1)))
check('bool(0.0)', lambda: (bool(0.0)))
check('bool(-0.0)', lambda: (bool(-0.0)))
check('bool(0.1)', lambda: (bool(0.1)))
check("bool(float('nan'))", lambda: (bool(float('nan'))))
check("bool('')", lambda: (bool('')))
check("bool(' ')", lambda: (bool(' ')))
check("bool('False')", lambda: (bool('False')))
check('bool([])', lambda: (bool([])))
check('bool([[]])', lambda: (bool([[]])))
check('bool(())', lambda: (bool(())))
check('bool({})', lambda: (bool({})))
check('bool(set())', lambda: (bool(set())))
check('bool(frozenset())', lambda: (bool(frozenset())))
check('bool(range(0))', lambda: (bool(range(0))))
check('bool(range(1))', lambda: (bool(range(1))))
check('bool(None)', lambda: (bool(None)))
check('bool(True)', lambda: (bool(True)))
check('bool(2 ** 100)', lambda: (bool(2 ** 100)))
check('bool(Sized(0))', lambda: (bool(Sized(0))))
check('bool(Sized(3))', lambda: (bool(Sized(3))))
check('bool(Truthy(False))', lambda: (bool(Truthy(False))))
check('bool(Truthy(True))', lambda: (bool(Truthy(True))))
check('bool(Plain())', lambda: (bool(Plain())))
check('bool(BadLen())', lambda: (bool(BadLen())))
check('bool(BadBool())', lambda: (bool(BadBool())))
check('bool(1, 2)', lambda: (bool(1, 2)))
check('bool(x=1)', lambda: (bool(x=1)))
check('not Sized(0)', lambda: (not Sized(0)))
check('not Truthy(True)', lambda: (not Truthy(True)))

# ---------------------------------------------------------------- and / or / not return values
check('1 and 2', lambda: (1 and 2))
check('0 and 2', lambda: (0 and 2))
check('1 or 2', lambda: (1 or 2))
check('0 or 2', lambda: (0 or 2))
check("'' or 'default'", lambda: ('' or 'default'))
check("'x' or 'default'", lambda: ('x' or 'default'))
check('None or 0', lambda: (None or 0))
check('0 or None', lambda: (0 or None))
check('[] and 1', lambda: ([] and 1))
check('[0] and 1', lambda: ([0] and 1))
check('not 0', lambda: (not 0))
check("not 'a'", lambda: (not 'a'))
check('not None', lambda: (not None))
check('not not []', lambda: (not not []))
check('1 and 2 and 3', lambda: (1 and 2 and 3))
check('1 and 0 and 3', lambda: (1 and 0 and 3))
check("0 or '' or []", lambda: (0 or '' or []))
check("0 or '' or 'last'", lambda: (0 or '' or 'last'))
check('1 or undefined_name', lambda: (1 or undefined_name))
check('0 and undefined_name', lambda: (0 and undefined_name))
check('None and 1 / 0', lambda: (None and 1 / 0))
check('not 1 == 2', lambda: (not 1 == 2))
check('(not 1) == 2', lambda: ((not 1) == 2))
check("True and 'yes' or 'no'", lambda: (True and 'yes' or 'no'))
check("False and 'yes' or 'no'", lambda: (False and 'yes' or 'no'))
check("1 < 2 and 'a'", lambda: (1 < 2 and 'a'))
check('[] or {} or ()', lambda: ([] or {} or ()))
def case_short_circuit_calls():
    calls = []
    def f(x):
        calls.append(x)
        return x
    r = f(0) and f(1) or f(2) and f(0) or f(3)
    return r, calls

# ---------------------------------------------------------------- bool as int
check('short_circuit_calls', case_short_circuit_calls)
check('True + 1', lambda: (True + 1))
check('True * 10', lambda: (True * 10))
check('True / True', lambda: (True / True))
check('True // True', lambda: (True // True))
check('True % 2', lambda: (True % 2))
check('True ** 10', lambda: (True ** 10))
check('-True', lambda: (-True))
check('+True', lambda: (+True))
check('~True', lambda: (~True))
check('abs(False)', lambda: (abs(False)))
check('True == 1', lambda: (True == 1))
check('False == 0', lambda: (False == 0))
check('True == 1.0', lambda: (True == 1.0))
check('True is True', lambda: (True is True))
check('True > False', lambda: (True > False))
check('sum([True, True, False])', lambda: (sum([True, True, False])))
check('[10, 20][True]', lambda: ([10, 20][True]))
check("'abc'[False]", lambda: ('abc'[False]))
check('True & True', lambda: (True & True))
check('True | False', lambda: (True | False))
check('True ^ True', lambda: (True ^ True))
check('True & 1', lambda: (True & 1))
check('False | 2', lambda: (False | 2))
check('True << 3', lambda: (True << 3))
check('int(True)', lambda: (int(True)))
check('float(False)', lambda: (float(False)))
check('str(True)', lambda: (str(True)))
check('repr(False)', lambda: (repr(False)))
check('True.real', lambda: (True.real))
check('True.imag', lambda: (True.imag))
check('True.bit_length()', lambda: (True.bit_length()))
check('True.conjugate()', lambda: (True.conjugate()))
check('True.numerator', lambda: (True.numerator))
check('True.as_integer_ratio()', lambda: (True.as_integer_ratio()))
check('True.bit_count()', lambda: (True.bit_count()))
check('type(True).__name__', lambda: (type(True).__name__))
check('type(True + True).__name__', lambda: (type(True + True).__name__))
check('type(True & True).__name__', lambda: (type(True & True).__name__))
check('type(True & 1).__name__', lambda: (type(True & 1).__name__))
check('isinstance(True, int)', lambda: (isinstance(True, int)))
check('isinstance(1, bool)', lambda: (isinstance(1, bool)))
check('issubclass(bool, int)', lambda: (issubclass(bool, int)))
check('bool.__name__', lambda: (bool.__name__))
check("f'{True}'", lambda: (f'{True}'))
check("f'{True:d}'", lambda: (f'{True:d}'))
check("f'{True!r}'", lambda: (f'{True!r}'))
check("'%s %d %r' % (True, True, False)", lambda: ('%s %d %r' % (True, True, False)))
check('max(True, 2)', lambda: (max(True, 2)))
check('hash(True) == hash(1)', lambda: (hash(True) == hash(1)))
check("{True: 'a', 1: 'b'}", lambda: ({True: 'a', 1: 'b'}))
check('[True, 1, 1.0].index(1.0)', lambda: ([True, 1, 1.0].index(1.0)))
check("'True' == str(True)", lambda: ('True' == str(True)))
check("True + 'a'", lambda: (True + 'a'))
check('True.nosuch', lambda: (True.nosuch))

# ---------------------------------------------------------------- None
check('None', lambda: (None))
check('repr(None)', lambda: (repr(None)))
check('str(None)', lambda: (str(None)))
check('None == None', lambda: (None == None))
check('None is None', lambda: (None is None))
check('None == 0', lambda: (None == 0))
check('None == False', lambda: (None == False))
check("None != ''", lambda: (None != ''))
check('type(None).__name__', lambda: (type(None).__name__))
check('[None] * 3', lambda: ([None] * 3))
check('None + 1', lambda: (None + 1))
check('1 + None', lambda: (1 + None))
check('None < None', lambda: (None < None))
check('None < 1', lambda: (None < 1))
check('None()', lambda: (None()))
check('None[0]', lambda: (None[0]))
check("None['k']", lambda: (None['k']))
check('None.attr', lambda: (None.attr))
check('len(None)', lambda: (len(None)))
check('iter(None)', lambda: (iter(None)))
check("f'{None}'", lambda: (f'{None}'))
check("'%s' % None", lambda: ('%s' % None))
check("'%r' % (None,)", lambda: ('%r' % (None,)))
check('{None: 1}[None]', lambda: ({None: 1}[None]))
check('[1, None].count(None)', lambda: ([1, None].count(None)))
check('None in [0, False]', lambda: (None in [0, False]))
check('sorted([None, None])', lambda: (sorted([None, None])))
check('sorted([None, 1])', lambda: (sorted([None, 1])))
check('hash(None) == hash(None)', lambda: (hash(None) == hash(None)))
check('bool(None) is False', lambda: (bool(None) is False))
def case_function_returns_none():
    def f():
        pass
    def g():
        return
    return f(), g()
check('function_returns_none', case_function_returns_none)
def case_none_subscript_assign():
    x = None
    x[0] = 1
check('none_subscript_assign', case_none_subscript_assign)
def case_none_attribute_assign():
    x = None
    x.a = 1
check('none_attribute_assign', case_none_attribute_assign)
def case_none_iteration():
    for _ in None:
        pass
check('none_iteration', case_none_iteration)
def case_none_unpack():
    a, b = None
    return a, b

# ---------------------------------------------------------------- comparisons chaining results
check('none_unpack', case_none_unpack)
check('1 < 2 < 3', lambda: (1 < 2 < 3))
check('1 < 3 < 2', lambda: (1 < 3 < 2))
check('1 == 1 == 1.0', lambda: (1 == 1 == 1.0))
check('1 == 1 != 2', lambda: (1 == 1 != 2))
check('3 > 2 == 2', lambda: (3 > 2 == 2))
check('(1 < 2) < 3', lambda: ((1 < 2) < 3))
check('1 < 2 > 1', lambda: (1 < 2 > 1))
check("'a' < 'b' < 'c'", lambda: ('a' < 'b' < 'c'))
check('1 is not None', lambda: (1 is not None))
check('[] is not []', lambda: ([] is not []))
check('not 1 < 2', lambda: (not 1 < 2))
