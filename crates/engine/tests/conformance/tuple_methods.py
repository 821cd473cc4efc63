"""Conformance: tuple — count, index, operators, indexing, immutability errors, the
tuple() constructor, hashing of tuples as dict keys, comparisons and reprs.

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


t = (1, 2, 3, 2)

# ---------------------------------------------------------------- count / index
check('t.count(2)', lambda: (t.count(2)))
check('t.count(5)', lambda: (t.count(5)))
check('().count(1)', lambda: (().count(1)))
check('(1, 1.0, True).count(1)', lambda: ((1, 1.0, True).count(1)))
check('((1,), (1,), [1]).count((1,))', lambda: (((1,), (1,), [1]).count((1,))))
check('t.count()', lambda: (t.count()))
check('t.count(1, 2)', lambda: (t.count(1, 2)))
check('t.index(2)', lambda: (t.index(2)))
check('t.index(2, 2)', lambda: (t.index(2, 2)))
check('t.index(2, -1)', lambda: (t.index(2, -1)))
check('t.index(2, 1, 2)', lambda: (t.index(2, 1, 2)))
check('t.index(2, 2, 3)', lambda: (t.index(2, 2, 3)))
check('t.index(5)', lambda: (t.index(5)))
check("t.index('a')", lambda: (t.index('a')))
check('().index(0)', lambda: (().index(0)))
check('t.index(2.0)', lambda: (t.index(2.0)))
check("t.index(2, 'a')", lambda: (t.index(2, 'a')))
check('t.index()', lambda: (t.index()))
check("('a', 'b').index('b')", lambda: (('a', 'b').index('b')))
check('((1, 2), (3, 4)).index((3, 4))', lambda: (((1, 2), (3, 4)).index((3, 4))))

# ---------------------------------------------------------------- displays and constructor
check('()', lambda: (()))
check('(1,)', lambda: ((1,)))
check('(1)', lambda: ((1)))
check('1,', lambda: (1,))
check('(1, 2, 3,)', lambda: ((1, 2, 3,)))
check('((),)', lambda: (((),)))
check('((1, 2), [3])', lambda: (((1, 2), [3])))
check('tuple()', lambda: (tuple()))
check('tuple([1, 2])', lambda: (tuple([1, 2])))
check("tuple('abc')", lambda: (tuple('abc')))
check('tuple(range(3))', lambda: (tuple(range(3))))
check("tuple({'a': 1, 'b': 2})", lambda: (tuple({'a': 1, 'b': 2})))
check('tuple(x * 2 for x in [1, 2])', lambda: (tuple(x * 2 for x in [1, 2])))
check('tuple((1, 2))', lambda: (tuple((1, 2))))
check('tuple(5)', lambda: (tuple(5)))
check('tuple(None)', lambda: (tuple(None)))
check('tuple(1, 2)', lambda: (tuple(1, 2)))
check('tuple(iterable=[1])', lambda: (tuple(iterable=[1])))
check("(*'ab', 1)", lambda: ((*'ab', 1)))
check('(*[],)', lambda: ((*[],)))
check("repr((1, 'a', None))", lambda: (repr((1, 'a', None))))
check("str(('a',))", lambda: (str(('a',))))
check('repr(((1,),))', lambda: (repr(((1,),))))

# ---------------------------------------------------------------- operators
check('(1, 2) + (3,)', lambda: ((1, 2) + (3,)))
check('() + ()', lambda: (() + ()))
check('(1,) + [2]', lambda: ((1,) + [2]))
check("(1,) + 'a'", lambda: ((1,) + 'a'))
check('(1, 2) * 2', lambda: ((1, 2) * 2))
check('(1, 2) * 0', lambda: ((1, 2) * 0))
check('(1, 2) * -3', lambda: ((1, 2) * -3))
check('3 * (0,)', lambda: (3 * (0,)))
check('(1,) * 1.5', lambda: ((1,) * 1.5))
check('(1, 2) == (1, 2)', lambda: ((1, 2) == (1, 2)))
check('(1, 2) == [1, 2]', lambda: ((1, 2) == [1, 2]))
check('(1, 2) != (1, 2.0)', lambda: ((1, 2) != (1, 2.0)))
check('(1, 2) < (1, 3)', lambda: ((1, 2) < (1, 3)))
check('(1, 2) < (1, 2, 0)', lambda: ((1, 2) < (1, 2, 0)))
check('() < (0,)', lambda: (() < (0,)))
check('(2,) > (1, 9)', lambda: ((2,) > (1, 9)))
check("(1, 'a') < (1, 'b')", lambda: ((1, 'a') < (1, 'b')))
check("(1, 'a') < (1, 2)", lambda: ((1, 'a') < (1, 2)))
check("(1, 'a') < (2, 2)", lambda: ((1, 'a') < (2, 2)))
check('(1, 2) < [1, 3]', lambda: ((1, 2) < [1, 3]))
check('(None, 1) < (None, 2)', lambda: ((None, 1) < (None, 2)))
check('(None,) < (None,)', lambda: ((None,) < (None,)))
check('(None,) < (1,)', lambda: ((None,) < (1,)))
check('2 in t', lambda: (2 in t))
check('5 in t', lambda: (5 in t))
check('5 not in t', lambda: (5 not in t))
check('(1,) in [(1,), 2]', lambda: ((1,) in [(1,), 2]))
check('len(t)', lambda: (len(t)))
check('len(())', lambda: (len(())))
check('bool(())', lambda: (bool(())))
check('bool((0,))', lambda: (bool((0,))))
check('bool(((),))', lambda: (bool(((),))))
check('t[0]', lambda: (t[0]))
check('t[-1]', lambda: (t[-1]))
check('t[4]', lambda: (t[4]))
check('t[-5]', lambda: (t[-5]))
check("t['0']", lambda: (t['0']))
check('t[1:3]', lambda: (t[1:3]))
check('t[::-1]', lambda: (t[::-1]))
check('t[5:]', lambda: (t[5:]))
check('hash((1, 2)) == hash((1, 2))', lambda: (hash((1, 2)) == hash((1, 2))))
check('hash((1, [2]))', lambda: (hash((1, [2]))))
check("{(1, 2): 'a', (1, 3): 'b'}[(1, 2)]", lambda: ({(1, 2): 'a', (1, 3): 'b'}[(1, 2)]))
check("{(1, 2): 'a'}[1, 2]", lambda: ({(1, 2): 'a'}[1, 2]))
check("{(1, (2, 3)): 'nested'}[(1, (2, 3))]", lambda: ({(1, (2, 3)): 'nested'}[(1, (2, 3))]))
check("{(1, [2]): 'x'}", lambda: ({(1, [2]): 'x'}))
check('t.__len__()', lambda: (t.__len__()))
check('t.__contains__(3)', lambda: (t.__contains__(3)))
check('t.__getitem__(0)', lambda: (t.__getitem__(0)))
check('t.__add__((9,))', lambda: (t.__add__((9,))))
check('t.__add__([9])', lambda: (t.__add__([9])))
check('t.__mul__(2)', lambda: (t.__mul__(2)))
check('t.__eq__((1, 2, 3, 2))', lambda: (t.__eq__((1, 2, 3, 2))))
check('t.__eq__([1, 2, 3, 2])', lambda: (t.__eq__([1, 2, 3, 2])))
check('t.__lt__((1, 3))', lambda: (t.__lt__((1, 3))))
check('tuple.__name__', lambda: (tuple.__name__))
check('t.nosuch', lambda: (t.nosuch))
check('t.append', lambda: (t.append))
check('t.sort()', lambda: (t.sort()))
def case_item_assignment():
    tt = (1, 2)
    tt[0] = 5
    return tt
check('item_assignment', case_item_assignment)
def case_item_deletion():
    tt = (1, 2)
    del tt[0]
    return tt
check('item_deletion', case_item_deletion)
def case_augmented_add_rebinds():
    a = (1,)
    b = a
    a += (2,)
    return a, b, a is b
check('augmented_add_rebinds', case_augmented_add_rebinds)
def case_augmented_mul_rebinds():
    a = (1, 2)
    a *= 2
    return a
check('augmented_mul_rebinds', case_augmented_mul_rebinds)
def case_mutable_inside():
    tt = (1, [2])
    tt[1].append(3)
    return tt
check('mutable_inside', case_mutable_inside)
def case_iadd_inside_tuple():
    tt = (1, [2])
    try:
        tt[1] += [3]
    except TypeError as e:
        return str(e), tt
    return tt
check('iadd_inside_tuple', case_iadd_inside_tuple)
def case_unpack():
    a, b, c = (1, 2, 3)
    return c, b, a
check('unpack', case_unpack)
def case_tuple_of_one_vs_parens():
    return type((1)).__name__, type((1,)).__name__
check('tuple_of_one_vs_parens', case_tuple_of_one_vs_parens)
def case_iteration():
    out = []
    for x in (3, 1, 2):
        out.append(x)
    return out
check('iteration', case_iteration)
def case_sorted_tuples():
    return sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')])
check('sorted_tuples', case_sorted_tuples)
def case_max_of_tuples():
    return max([(1, 'b'), (1, 'c'), (0, 'z')]), min([(1, 'b'), (1, 'c'), (0, 'z')])
check('max_of_tuples', case_max_of_tuples)
def case_tuple_compare_stops_at_first_difference():
    return (1, 'x') < (2, 3), (1, 2) == (1, 'two')
check('tuple_compare_stops_at_first_difference', case_tuple_compare_stops_at_first_difference)
