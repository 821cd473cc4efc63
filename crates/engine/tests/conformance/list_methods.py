"""Conformance: list — every method (append, clear, copy, count, extend, index, insert,
pop, remove, reverse, sort), operators, indexing and item assignment/deletion,
the list() constructor, comparisons, aliasing, and their error messages.
mut(L, f) calls f(L) and returns (what f returned, L afterwards).

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


def mut(l, f):
    r = f(l)
    return (r, l)

# ---------------------------------------------------------------- append / extend / insert
check('mut([1, 2], lambda l: l.append(3))', lambda: (mut([1, 2], lambda l: l.append(3))))
check('mut([], lambda l: l.append(None))', lambda: (mut([], lambda l: l.append(None))))
check('mut([1], lambda l: l.append([2, 3]))', lambda: (mut([1], lambda l: l.append([2, 3]))))
check('mut([1], lambda l: l.append(l))', lambda: (mut([1], lambda l: l.append(l))))
check('mut([1], lambda l: l.append())', lambda: (mut([1], lambda l: l.append())))
check('mut([1], lambda l: l.append(1, 2))', lambda: (mut([1], lambda l: l.append(1, 2))))
check('mut([1], lambda l: l.append(x=1))', lambda: (mut([1], lambda l: l.append(x=1))))
check('mut([1, 2], lambda l: l.extend([3, 4]))', lambda: (mut([1, 2], lambda l: l.extend([3, 4]))))
check('mut([1, 2], lambda l: l.extend((3, 4)))', lambda: (mut([1, 2], lambda l: l.extend((3, 4)))))
check("mut([1, 2], lambda l: l.extend('ab'))", lambda: (mut([1, 2], lambda l: l.extend('ab'))))
check('mut([1, 2], lambda l: l.extend(range(3)))', lambda: (mut([1, 2], lambda l: l.extend(range(3)))))
check("mut([1, 2], lambda l: l.extend({5: 'a', 6: 'b'}))", lambda: (mut([1, 2], lambda l: l.extend({5: 'a', 6: 'b'}))))
check('mut([1, 2], lambda l: l.extend(x * x for x in [3, 4]))', lambda: (mut([1, 2], lambda l: l.extend(x * x for x in [3, 4]))))
check('mut([1, 2], lambda l: l.extend([]))', lambda: (mut([1, 2], lambda l: l.extend([]))))
check('mut([1, 2], lambda l: l.extend(l))', lambda: (mut([1, 2], lambda l: l.extend(l))))
check('mut([1, 2], lambda l: l.extend(5))', lambda: (mut([1, 2], lambda l: l.extend(5))))
check('mut([1, 2], lambda l: l.extend(None))', lambda: (mut([1, 2], lambda l: l.extend(None))))
check('mut([1, 2], lambda l: l.extend())', lambda: (mut([1, 2], lambda l: l.extend())))
check("mut([1, 2, 3], lambda l: l.insert(0, 'x'))", lambda: (mut([1, 2, 3], lambda l: l.insert(0, 'x'))))
check("mut([1, 2, 3], lambda l: l.insert(1, 'x'))", lambda: (mut([1, 2, 3], lambda l: l.insert(1, 'x'))))
check("mut([1, 2, 3], lambda l: l.insert(3, 'x'))", lambda: (mut([1, 2, 3], lambda l: l.insert(3, 'x'))))
check("mut([1, 2, 3], lambda l: l.insert(100, 'x'))", lambda: (mut([1, 2, 3], lambda l: l.insert(100, 'x'))))
check("mut([1, 2, 3], lambda l: l.insert(-1, 'x'))", lambda: (mut([1, 2, 3], lambda l: l.insert(-1, 'x'))))
check("mut([1, 2, 3], lambda l: l.insert(-100, 'x'))", lambda: (mut([1, 2, 3], lambda l: l.insert(-100, 'x'))))
check("mut([], lambda l: l.insert(5, 'x'))", lambda: (mut([], lambda l: l.insert(5, 'x'))))
check("mut([1], lambda l: l.insert(True, 'x'))", lambda: (mut([1], lambda l: l.insert(True, 'x'))))
check("mut([1], lambda l: l.insert(1.0, 'x'))", lambda: (mut([1], lambda l: l.insert(1.0, 'x'))))
check("mut([1], lambda l: l.insert('0', 'x'))", lambda: (mut([1], lambda l: l.insert('0', 'x'))))
check('mut([1], lambda l: l.insert(0))', lambda: (mut([1], lambda l: l.insert(0))))
check('mut([1], lambda l: l.insert())', lambda: (mut([1], lambda l: l.insert())))

# ---------------------------------------------------------------- pop / remove / clear
check('mut([1, 2, 3], lambda l: l.pop())', lambda: (mut([1, 2, 3], lambda l: l.pop())))
check('mut([1, 2, 3], lambda l: l.pop(0))', lambda: (mut([1, 2, 3], lambda l: l.pop(0))))
check('mut([1, 2, 3], lambda l: l.pop(-1))', lambda: (mut([1, 2, 3], lambda l: l.pop(-1))))
check('mut([1, 2, 3], lambda l: l.pop(-3))', lambda: (mut([1, 2, 3], lambda l: l.pop(-3))))
check('mut([1, 2, 3], lambda l: l.pop(1))', lambda: (mut([1, 2, 3], lambda l: l.pop(1))))
check('mut([1, 2, 3], lambda l: l.pop(3))', lambda: (mut([1, 2, 3], lambda l: l.pop(3))))
check('mut([1, 2, 3], lambda l: l.pop(-4))', lambda: (mut([1, 2, 3], lambda l: l.pop(-4))))
check('mut([], lambda l: l.pop())', lambda: (mut([], lambda l: l.pop())))
check('mut([], lambda l: l.pop(0))', lambda: (mut([], lambda l: l.pop(0))))
check("mut([1, 2], lambda l: l.pop('0'))", lambda: (mut([1, 2], lambda l: l.pop('0'))))
check('mut([1, 2], lambda l: l.pop(0.0))', lambda: (mut([1, 2], lambda l: l.pop(0.0))))
check('mut([1, 2], lambda l: l.pop(0, 1))', lambda: (mut([1, 2], lambda l: l.pop(0, 1))))
check('mut([1, 2], lambda l: l.pop(True))', lambda: (mut([1, 2], lambda l: l.pop(True))))
check('mut([1, 2, 1], lambda l: l.remove(1))', lambda: (mut([1, 2, 1], lambda l: l.remove(1))))
check('mut([1, 2, 1], lambda l: l.remove(2))', lambda: (mut([1, 2, 1], lambda l: l.remove(2))))
check('mut([1, 2], lambda l: l.remove(3))', lambda: (mut([1, 2], lambda l: l.remove(3))))
check('mut([], lambda l: l.remove(3))', lambda: (mut([], lambda l: l.remove(3))))
check('mut([1.0, 2], lambda l: l.remove(1))', lambda: (mut([1.0, 2], lambda l: l.remove(1))))
check('mut([True, 1], lambda l: l.remove(1))', lambda: (mut([True, 1], lambda l: l.remove(1))))
check("mut(['a', 'b'], lambda l: l.remove('b'))", lambda: (mut(['a', 'b'], lambda l: l.remove('b'))))
check('mut([[1], [2]], lambda l: l.remove([2]))', lambda: (mut([[1], [2]], lambda l: l.remove([2]))))
check('mut([1], lambda l: l.remove())', lambda: (mut([1], lambda l: l.remove())))
check('mut([1, 2, 3], lambda l: l.clear())', lambda: (mut([1, 2, 3], lambda l: l.clear())))
check('mut([], lambda l: l.clear())', lambda: (mut([], lambda l: l.clear())))
check('mut([1], lambda l: l.clear(1))', lambda: (mut([1], lambda l: l.clear(1))))

# ---------------------------------------------------------------- index / count
check('[1, 2, 3, 2].index(2)', lambda: ([1, 2, 3, 2].index(2)))
check('[1, 2, 3, 2].index(2, 2)', lambda: ([1, 2, 3, 2].index(2, 2)))
check('[1, 2, 3, 2].index(2, -1)', lambda: ([1, 2, 3, 2].index(2, -1)))
check('[1, 2, 3, 2].index(2, -100)', lambda: ([1, 2, 3, 2].index(2, -100)))
check('[1, 2, 3, 2].index(2, 1, 2)', lambda: ([1, 2, 3, 2].index(2, 1, 2)))
check('[1, 2, 3, 2].index(2, 2, 3)', lambda: ([1, 2, 3, 2].index(2, 2, 3)))
check('[1, 2, 3, 2].index(3, 0, 100)', lambda: ([1, 2, 3, 2].index(3, 0, 100)))
check('[1, 2, 3].index(4)', lambda: ([1, 2, 3].index(4)))
check("[1, 2, 3].index('a')", lambda: ([1, 2, 3].index('a')))
check('[1, 2, 3].index(None)', lambda: ([1, 2, 3].index(None)))
check('[].index(0)', lambda: ([].index(0)))
check('[1, 2, 3].index(1.0)', lambda: ([1, 2, 3].index(1.0)))
check('[1, 2, 3].index(True)', lambda: ([1, 2, 3].index(True)))
check('[[1], [2]].index([2])', lambda: ([[1], [2]].index([2])))
check('[1, 2].index(2, 5)', lambda: ([1, 2].index(2, 5)))
check("[1, 2].index(2, 'a')", lambda: ([1, 2].index(2, 'a')))
check('[1, 2].index(2, 0, 1.5)', lambda: ([1, 2].index(2, 0, 1.5)))
check('[1, 2].index()', lambda: ([1, 2].index()))
check('[1, 2].index(2, None)', lambda: ([1, 2].index(2, None)))
check('[1, 2, 1, 1].count(1)', lambda: ([1, 2, 1, 1].count(1)))
check('[1, 2].count(3)', lambda: ([1, 2].count(3)))
check('[].count(1)', lambda: ([].count(1)))
check('[1, 1.0, True].count(1)', lambda: ([1, 1.0, True].count(1)))
check('[0, False, 0.0, None].count(0)', lambda: ([0, False, 0.0, None].count(0)))
check('[[1], [1], 1].count([1])', lambda: ([[1], [1], 1].count([1])))
check("['a', 'a', 'b'].count('a')", lambda: (['a', 'a', 'b'].count('a')))
check('[1].count()', lambda: ([1].count()))
check('[1].count(1, 2)', lambda: ([1].count(1, 2)))

# ---------------------------------------------------------------- reverse / copy
check('mut([1, 2, 3], lambda l: l.reverse())', lambda: (mut([1, 2, 3], lambda l: l.reverse())))
check('mut([], lambda l: l.reverse())', lambda: (mut([], lambda l: l.reverse())))
check('mut([1, 2, 3, 4], lambda l: l.reverse())', lambda: (mut([1, 2, 3, 4], lambda l: l.reverse())))
check('mut([1], lambda l: l.reverse(1))', lambda: (mut([1], lambda l: l.reverse(1))))
check('[1, [2]].copy()', lambda: ([1, [2]].copy()))
check('mut([1, 2], lambda l: l.copy())', lambda: (mut([1, 2], lambda l: l.copy())))
check('[].copy()', lambda: ([].copy()))
def case_copy_is_shallow():
    a = [1, [2, 3]]
    b = a.copy()
    b[0] = 'x'
    b[1].append(4)
    return a, b, a is b, a[1] is b[1]
check('copy_is_shallow', case_copy_is_shallow)
check('[1].copy(1)', lambda: ([1].copy(1)))

# ---------------------------------------------------------------- sort
check('mut([3, 1, 2], lambda l: l.sort())', lambda: (mut([3, 1, 2], lambda l: l.sort())))
check('mut([3, 1, 2], lambda l: l.sort(reverse=True))', lambda: (mut([3, 1, 2], lambda l: l.sort(reverse=True))))
check("mut(['b', 'A', 'c', 'a'], lambda l: l.sort())", lambda: (mut(['b', 'A', 'c', 'a'], lambda l: l.sort())))
check("mut(['b', 'A', 'c', 'a'], lambda l: l.sort(key=str.lower))", lambda: (mut(['b', 'A', 'c', 'a'], lambda l: l.sort(key=str.lower))))
check("mut(['bb', 'a', 'ccc', 'dd'], lambda l: l.sort(key=len))", lambda: (mut(['bb', 'a', 'ccc', 'dd'], lambda l: l.sort(key=len))))
check("mut(['bb', 'a', 'ccc', 'dd'], lambda l: l.sort(key=len, reverse=True))", lambda: (mut(['bb', 'a', 'ccc', 'dd'], lambda l: l.sort(key=len, reverse=True))))
check("mut([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')], lambda l: l.sort(key=lambda t: t[0]))", lambda: (mut([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')], lambda l: l.sort(key=lambda t: t[0]))))
check("mut([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')], lambda l: l.sort(key=lambda t: t[0], reverse=True))", lambda: (mut([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')], lambda l: l.sort(key=lambda t: t[0], reverse=True))))
check("mut([(1, 'b'), (0, 'z'), (1, 'a')], lambda l: l.sort())", lambda: (mut([(1, 'b'), (0, 'z'), (1, 'a')], lambda l: l.sort())))
check('mut([3, 1.5, True, -2], lambda l: l.sort())', lambda: (mut([3, 1.5, True, -2], lambda l: l.sort())))
check('mut([1, True, 1.0], lambda l: l.sort())', lambda: (mut([1, True, 1.0], lambda l: l.sort())))
check('mut([True, 1, 1.0], lambda l: l.sort(reverse=True))', lambda: (mut([True, 1, 1.0], lambda l: l.sort(reverse=True))))
check('mut([[2], [1, 5], [1]], lambda l: l.sort())', lambda: (mut([[2], [1, 5], [1]], lambda l: l.sort())))
check('mut([], lambda l: l.sort())', lambda: (mut([], lambda l: l.sort())))
check('mut([1], lambda l: l.sort(key=lambda x: x.nope))', lambda: (mut([1], lambda l: l.sort(key=lambda x: x.nope))))
check('mut([3, 1], lambda l: l.sort(key=lambda x: -x))', lambda: (mut([3, 1], lambda l: l.sort(key=lambda x: -x))))
check('mut([3, 1, 2], lambda l: l.sort(key=None))', lambda: (mut([3, 1, 2], lambda l: l.sort(key=None))))
check('mut([3, 1, 2], lambda l: l.sort(reverse=0))', lambda: (mut([3, 1, 2], lambda l: l.sort(reverse=0))))
check('mut([3, 1, 2], lambda l: l.sort(reverse=None))', lambda: (mut([3, 1, 2], lambda l: l.sort(reverse=None))))
check("mut([1, 'a'], lambda l: l.sort())", lambda: (mut([1, 'a'], lambda l: l.sort())))
check("mut(['a', 1], lambda l: l.sort())", lambda: (mut(['a', 1], lambda l: l.sort())))
check('mut([1, None], lambda l: l.sort())', lambda: (mut([1, None], lambda l: l.sort())))
check('mut([{1: 2}, {3: 4}], lambda l: l.sort())', lambda: (mut([{1: 2}, {3: 4}], lambda l: l.sort())))
check('mut([3, 1], lambda l: l.sort(lambda x: x))', lambda: (mut([3, 1], lambda l: l.sort(lambda x: x))))
check('mut([3, 1], lambda l: l.sort(cmp=None))', lambda: (mut([3, 1], lambda l: l.sort(cmp=None))))
check('mut([3, 1], lambda l: l.sort(key=5))', lambda: (mut([3, 1], lambda l: l.sort(key=5))))
check('mut([3, 1], lambda l: l.sort(key=lambda a, b: a))', lambda: (mut([3, 1], lambda l: l.sort(key=lambda a, b: a))))
check('mut([-3, 1, -2, 4], lambda l: l.sort(key=abs))', lambda: (mut([-3, 1, -2, 4], lambda l: l.sort(key=abs))))
check('mut([5, 3, 9, 1], lambda l: l.sort(key=lambda x: x % 3))', lambda: (mut([5, 3, 9, 1], lambda l: l.sort(key=lambda x: x % 3))))
check('mut(list(range(10)), lambda l: l.sort(key=lambda x: x % 2))', lambda: (mut(list(range(10)), lambda l: l.sort(key=lambda x: x % 2))))
check('mut(list(range(10)), lambda l: l.sort(key=lambda x: x % 2, reverse=True))', lambda: (mut(list(range(10)), lambda l: l.sort(key=lambda x: x % 2, reverse=True))))
check("mut([float('nan'), 2.0, 1.0], lambda l: l.sort())", lambda: (mut([float('nan'), 2.0, 1.0], lambda l: l.sort())))
def case_sort_modified_during_sort():
    l = [3, 2, 1]
    def key(x):
        l.append(x)
        return x
    try:
        l.sort(key=key)
    except ValueError as e:
        return 'ValueError: ' + str(e)
    return l
check('sort_modified_during_sort', case_sort_modified_during_sort)
def case_sort_key_called_once_each():
    calls = []
    def key(x):
        calls.append(x)
        return -x
    l = [1, 3, 2]
    l.sort(key=key)
    return l, calls
check('sort_key_called_once_each', case_sort_key_called_once_each)
def case_sort_stability_many():
    data = [(i % 4, i) for i in range(20)]
    data.sort(key=lambda t: t[0])
    return data
check('sort_stability_many', case_sort_stability_many)
def case_sort_reverse_stable():
    data = [('a', 1), ('b', 0), ('c', 1), ('d', 0)]
    return sorted(data, key=lambda t: t[1], reverse=True)
check('sort_reverse_stable', case_sort_reverse_stable)
def case_sort_returns_none():
    l = [2, 1]
    r = l.sort()
    return r, l

# ---------------------------------------------------------------- operators
check('sort_returns_none', case_sort_returns_none)
check('[1, 2] + [3]', lambda: ([1, 2] + [3]))
check('[] + []', lambda: ([] + []))
check('[1] + (2,)', lambda: ([1] + (2,)))
check("[1] + 'ab'", lambda: ([1] + 'ab'))
check('[1] + None', lambda: ([1] + None))
check('[1, 2] * 3', lambda: ([1, 2] * 3))
check('[1, 2] * 0', lambda: ([1, 2] * 0))
check('[1, 2] * -1', lambda: ([1, 2] * -1))
check('0 * [1]', lambda: (0 * [1]))
check('[1] * True', lambda: ([1] * True))
check('[1] * 2.0', lambda: ([1] * 2.0))
check("[1] * 'a'", lambda: ([1] * 'a'))
check('[[0] * 2] * 2', lambda: ([[0] * 2] * 2))
check('[1, 2] == [1, 2]', lambda: ([1, 2] == [1, 2]))
check('[1, 2] == [2, 1]', lambda: ([1, 2] == [2, 1]))
check('[1, 2] == (1, 2)', lambda: ([1, 2] == (1, 2)))
check('[1, 2] != [1, 2, 3]', lambda: ([1, 2] != [1, 2, 3]))
check('[1] == [1.0]', lambda: ([1] == [1.0]))
check('[1, 2] < [1, 3]', lambda: ([1, 2] < [1, 3]))
check('[1, 2] < [1, 2, 0]', lambda: ([1, 2] < [1, 2, 0]))
check('[] < [0]', lambda: ([] < [0]))
check('[2] > [1, 9]', lambda: ([2] > [1, 9]))
check('[1, 2] <= [1, 2]', lambda: ([1, 2] <= [1, 2]))
check("[1, 'a'] < [1, 'b']", lambda: ([1, 'a'] < [1, 'b']))
check("[1, 'a'] < [1, 2]", lambda: ([1, 'a'] < [1, 2]))
check('[1] < (1,)', lambda: ([1] < (1,)))
check('[1, 2] >= [1]', lambda: ([1, 2] >= [1]))
check('[[1, 2]] < [[1, 3]]', lambda: ([[1, 2]] < [[1, 3]]))
check('2 in [1, 2, 3]', lambda: (2 in [1, 2, 3]))
check('4 in [1, 2, 3]', lambda: (4 in [1, 2, 3]))
check('4 not in [1, 2, 3]', lambda: (4 not in [1, 2, 3]))
check('1.0 in [1]', lambda: (1.0 in [1]))
check('[1] in [[1], 2]', lambda: ([1] in [[1], 2]))
check("'a' in ['abc']", lambda: ('a' in ['abc']))
check("None in [0, False, '']", lambda: (None in [0, False, '']))
check('len([1, 2, 3])', lambda: (len([1, 2, 3])))
check('len([])', lambda: (len([])))
check('len([[1, 2]])', lambda: (len([[1, 2]])))
check('bool([])', lambda: (bool([])))
check('bool([0])', lambda: (bool([0])))
check('list.__name__', lambda: (list.__name__))
check('[].__len__()', lambda: ([].__len__()))
check('[1, 2].__contains__(2)', lambda: ([1, 2].__contains__(2)))
check('[1, 2].__getitem__(1)', lambda: ([1, 2].__getitem__(1)))
check('[1, 2].__getitem__(5)', lambda: ([1, 2].__getitem__(5)))
check('[1, 2].__add__([3])', lambda: ([1, 2].__add__([3])))
check('[1, 2].__add__((3,))', lambda: ([1, 2].__add__((3,))))
check('[1, 2].__mul__(2)', lambda: ([1, 2].__mul__(2)))
check('[1, 2].__rmul__(2)', lambda: ([1, 2].__rmul__(2)))
check('[1, 2].__eq__([1, 2])', lambda: ([1, 2].__eq__([1, 2])))
check('[1, 2].__eq__((1, 2))', lambda: ([1, 2].__eq__((1, 2))))
check('[1, 2].__lt__([2])', lambda: ([1, 2].__lt__([2])))
check('list(reversed([1, 2, 3]))', lambda: (list(reversed([1, 2, 3]))))
check('list([1, 2].__reversed__())', lambda: (list([1, 2].__reversed__())))
check('[1, 2].__iter__().__next__()', lambda: ([1, 2].__iter__().__next__()))
check('hash([])', lambda: (hash([])))
check('{[]: 1}', lambda: ({[]: 1}))
check('[1, 2].nosuch', lambda: ([1, 2].nosuch))
check('[1, 2].sort.__name__', lambda: ([1, 2].sort.__name__))

# ---------------------------------------------------------------- indexing and assignment
check('[10, 20, 30][0]', lambda: ([10, 20, 30][0]))
check('[10, 20, 30][-1]', lambda: ([10, 20, 30][-1]))
check('[10, 20, 30][-3]', lambda: ([10, 20, 30][-3]))
check('[10, 20, 30][3]', lambda: ([10, 20, 30][3]))
check('[10, 20, 30][-4]', lambda: ([10, 20, 30][-4]))
check('[][0]', lambda: ([][0]))
check('[10, 20][True]', lambda: ([10, 20][True]))
check('[10, 20][1.0]', lambda: ([10, 20][1.0]))
check("[10, 20]['0']", lambda: ([10, 20]['0']))
check('[10, 20][None]', lambda: ([10, 20][None]))
check('[10, 20][2 ** 100]', lambda: ([10, 20][2 ** 100]))
check('[10, 20][-(2 ** 100)]', lambda: ([10, 20][-(2 ** 100)]))
check('[[1, 2], [3, 4]][1][0]', lambda: ([[1, 2], [3, 4]][1][0]))
def case_setitem():
    l = [1, 2, 3]
    l[0] = 'a'
    l[-1] = 'c'
    return l
check('setitem', case_setitem)
def case_setitem_out_of_range():
    l = [1, 2, 3]
    l[3] = 'x'
    return l
check('setitem_out_of_range', case_setitem_out_of_range)
def case_setitem_negative_out_of_range():
    l = [1, 2, 3]
    l[-4] = 'x'
    return l
check('setitem_negative_out_of_range', case_setitem_negative_out_of_range)
def case_setitem_bad_index():
    l = [1, 2, 3]
    l['a'] = 'x'
    return l
check('setitem_bad_index', case_setitem_bad_index)
def case_setitem_float_index():
    l = [1, 2, 3]
    l[1.0] = 'x'
    return l
check('setitem_float_index', case_setitem_float_index)
def case_delitem():
    l = [1, 2, 3, 4]
    del l[0]
    del l[-1]
    return l
check('delitem', case_delitem)
def case_delitem_out_of_range():
    l = [1, 2]
    del l[5]
    return l
check('delitem_out_of_range', case_delitem_out_of_range)
def case_delitem_str_index():
    l = [1, 2]
    del l['x']
    return l
check('delitem_str_index', case_delitem_str_index)
def case_augmented_add_extends_in_place():
    a = [1]
    b = a
    a += [2]
    a += (3,)
    a += 'xy'
    return a, b, a is b
check('augmented_add_extends_in_place', case_augmented_add_extends_in_place)
def case_augmented_add_bad():
    a = [1]
    a += 5
    return a
check('augmented_add_bad', case_augmented_add_bad)
def case_plus_makes_new():
    a = [1]
    b = a
    a = a + [2]
    return a, b, a is b
check('plus_makes_new', case_plus_makes_new)
def case_augmented_mul():
    a = [1, 2]
    b = a
    a *= 2
    return a, b is a
check('augmented_mul', case_augmented_mul)
def case_augmented_mul_zero():
    a = [1, 2]
    a *= 0
    return a
check('augmented_mul_zero', case_augmented_mul_zero)
def case_aliasing_rows():
    grid = [[0] * 3] * 2
    grid[0][0] = 1
    return grid
check('aliasing_rows', case_aliasing_rows)
def case_no_aliasing_rows():
    grid = [[0] * 3 for _ in range(2)]
    grid[0][0] = 1
    return grid
check('no_aliasing_rows', case_no_aliasing_rows)
def case_recursive_repr():
    a = [1, 2]
    a.append(a)
    return repr(a), str(a)
check('recursive_repr', case_recursive_repr)
def case_nested_recursive_repr():
    a = []
    b = [a]
    a.append(b)
    return repr(a)
check('nested_recursive_repr', case_nested_recursive_repr)
def case_list_equality_identity_shortcut():
    x = float('nan')
    return [x] == [x], [float('nan')] == [float('nan')]
check('list_equality_identity_shortcut', case_list_equality_identity_shortcut)
def case_modify_while_iterating():
    l = [1, 2, 3, 4]
    for x in l:
        if x == 2:
            l.remove(x)
    return l
check('modify_while_iterating', case_modify_while_iterating)
def case_append_while_iterating_bounded():
    l = [1, 2]
    out = []
    for x in l:
        out.append(x)
        if len(l) < 5:
            l.append(x * 10)
    return out, l
check('append_while_iterating_bounded', case_append_while_iterating_bounded)
def case_del_whole_name():
    l = [1]
    del l
    return l

# ---------------------------------------------------------------- list() constructor
check('del_whole_name', case_del_whole_name)
check('list()', lambda: (list()))
check('list([1, 2])', lambda: (list([1, 2])))
check('list((1, 2))', lambda: (list((1, 2))))
check("list('abc')", lambda: (list('abc')))
check("list('')", lambda: (list('')))
check('list(range(4))', lambda: (list(range(4))))
check('list(range(0))', lambda: (list(range(0))))
check("list({'a': 1, 'b': 2})", lambda: (list({'a': 1, 'b': 2})))
check("list({'a': 1, 'b': 2}.values())", lambda: (list({'a': 1, 'b': 2}.values())))
check("list({'a': 1, 'b': 2}.items())", lambda: (list({'a': 1, 'b': 2}.items())))
check('list({3, 1, 2})', lambda: (list({3, 1, 2})))
check('list(frozenset([5]))', lambda: (list(frozenset([5]))))
check("list(x for x in 'hi')", lambda: (list(x for x in 'hi')))
check('list(map(abs, [-1, -2]))', lambda: (list(map(abs, [-1, -2]))))
check("list(enumerate('ab'))", lambda: (list(enumerate('ab'))))
check("list(zip([1, 2], 'ab'))", lambda: (list(zip([1, 2], 'ab'))))
check('list(iter([1, 2]))', lambda: (list(iter([1, 2]))))
check("list(reversed('abc'))", lambda: (list(reversed('abc'))))
check('list(5)', lambda: (list(5)))
check('list(None)', lambda: (list(None)))
check('list(1, 2)', lambda: (list(1, 2)))
check('list(x=[1])', lambda: (list(x=[1])))
check('list([1, 2]) is list([1, 2])', lambda: (list([1, 2]) is list([1, 2])))
check("[*'ab', *[1]]", lambda: ([*'ab', *[1]]))
check('[1, 2, 3,]', lambda: ([1, 2, 3,]))
check('[x for x in []]', lambda: ([x for x in []]))
check("repr([1, 'a', 2.5, None, True, [], (), {}])", lambda: (repr([1, 'a', 2.5, None, True, [], (), {}])))
check('str([\'a\', "b\'c", \'d"e\'])', lambda: (str(['a', "b'c", 'd"e'])))
check("repr(['\\n', '\\\\', 'é'])", lambda: (repr(['\n', '\\', 'é'])))
