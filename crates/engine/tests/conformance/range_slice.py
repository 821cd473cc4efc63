"""Conformance: range (attributes, len, indexing, slicing, in, count, index, reversed,
equality, errors) and slices on lists/tuples/str (negative steps, out-of-range
bounds, slice objects), slice assignment and deletion on lists.

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


L = list(range(10))
S = 'abcdefghij'
T = tuple(range(10))

# ---------------------------------------------------------------- range basics
check('range(5)', lambda: (range(5)))
check('range(2, 5)', lambda: (range(2, 5)))
check('range(0, 10, 2)', lambda: (range(0, 10, 2)))
check('range(10, 0, -1)', lambda: (range(10, 0, -1)))
check('range(0)', lambda: (range(0)))
check('range(-3)', lambda: (range(-3)))
check('range(1, 5, 1)', lambda: (range(1, 5, 1)))
check('list(range(5))', lambda: (list(range(5))))
check('list(range(2, 5))', lambda: (list(range(2, 5))))
check('list(range(0, 10, 3))', lambda: (list(range(0, 10, 3))))
check('list(range(10, 0, -3))', lambda: (list(range(10, 0, -3))))
check('list(range(5, 5))', lambda: (list(range(5, 5))))
check('list(range(5, 2))', lambda: (list(range(5, 2))))
check('list(range(-5, -1))', lambda: (list(range(-5, -1))))
check('list(range(-1, -5, -1))', lambda: (list(range(-1, -5, -1))))
check('list(range(0, -10, -4))', lambda: (list(range(0, -10, -4))))
check('range(5).start', lambda: (range(5).start))
check('range(5).stop', lambda: (range(5).stop))
check('range(5).step', lambda: (range(5).step))
check('range(1, 10, 3).start', lambda: (range(1, 10, 3).start))
check('range(1, 10, 3).stop', lambda: (range(1, 10, 3).stop))
check('range(1, 10, 3).step', lambda: (range(1, 10, 3).step))
check('len(range(10))', lambda: (len(range(10))))
check('len(range(1, 10, 3))', lambda: (len(range(1, 10, 3))))
check('len(range(10, 1, -3))', lambda: (len(range(10, 1, -3))))
check('len(range(5, 2))', lambda: (len(range(5, 2))))
check('len(range(0, 2 ** 100))', lambda: (len(range(0, 2 ** 100))))
check('len(range(0, 2 ** 64, 2))', lambda: (len(range(0, 2 ** 64, 2))))
check('range(0, 2 ** 100)[-1]', lambda: (range(0, 2 ** 100)[-1]))
check('range(0, 10, 0)', lambda: (range(0, 10, 0)))
check('range(1.5)', lambda: (range(1.5)))
check("range('3')", lambda: (range('3')))
check('range(1, 2, 3, 4)', lambda: (range(1, 2, 3, 4)))
check('range()', lambda: (range()))
check('range(None)', lambda: (range(None)))
check('range(True)', lambda: (range(True)))
check('list(range(False, True + 2))', lambda: (list(range(False, True + 2))))
check('range(stop=5)', lambda: (range(stop=5)))

# ---------------------------------------------------------------- range indexing and slicing
check('range(10)[3]', lambda: (range(10)[3]))
check('range(10)[-1]', lambda: (range(10)[-1]))
check('range(10)[-10]', lambda: (range(10)[-10]))
check('range(10)[10]', lambda: (range(10)[10]))
check('range(10)[-11]', lambda: (range(10)[-11]))
check('range(2, 20, 3)[4]', lambda: (range(2, 20, 3)[4]))
check('range(20, 2, -3)[2]', lambda: (range(20, 2, -3)[2]))
check('range(0)[0]', lambda: (range(0)[0]))
check("range(10)['1']", lambda: (range(10)['1']))
check('range(10)[1.0]', lambda: (range(10)[1.0]))
check('range(10)[2:5]', lambda: (range(10)[2:5]))
check('range(10)[::2]', lambda: (range(10)[::2]))
check('range(10)[::-1]', lambda: (range(10)[::-1]))
check('range(10)[-3:]', lambda: (range(10)[-3:]))
check('range(10)[5:2]', lambda: (range(10)[5:2]))
check('range(10)[100:]', lambda: (range(10)[100:]))
check('range(1, 20, 3)[1:4]', lambda: (range(1, 20, 3)[1:4]))
check('range(1, 20, 3)[::-2]', lambda: (range(1, 20, 3)[::-2]))
check('range(10, 0, -2)[1:]', lambda: (range(10, 0, -2)[1:]))
check('range(10)[::0]', lambda: (range(10)[::0]))
check('list(range(10)[7:2:-2])', lambda: (list(range(10)[7:2:-2])))

# ---------------------------------------------------------------- range in / count / index / reversed / equality
check('3 in range(10)', lambda: (3 in range(10)))
check('10 in range(10)', lambda: (10 in range(10)))
check('-1 in range(10)', lambda: (-1 in range(10)))
check('4 in range(0, 10, 2)', lambda: (4 in range(0, 10, 2)))
check('5 in range(0, 10, 2)', lambda: (5 in range(0, 10, 2)))
check('3.0 in range(10)', lambda: (3.0 in range(10)))
check('3.5 in range(10)', lambda: (3.5 in range(10)))
check("'3' in range(10)", lambda: ('3' in range(10)))
check('8 in range(10, 0, -2)', lambda: (8 in range(10, 0, -2)))
check('2 ** 80 in range(0, 2 ** 100, 2)', lambda: (2 ** 80 in range(0, 2 ** 100, 2)))
check('range(10).count(3)', lambda: (range(10).count(3)))
check('range(10).count(11)', lambda: (range(10).count(11)))
check('range(10).count(3.0)', lambda: (range(10).count(3.0)))
check('range(0, 10, 2).count(3)', lambda: (range(0, 10, 2).count(3)))
check('range(10).index(3)', lambda: (range(10).index(3)))
check('range(0, 10, 2).index(6)', lambda: (range(0, 10, 2).index(6)))
check('range(10, 0, -2).index(4)', lambda: (range(10, 0, -2).index(4)))
check('range(10).index(11)', lambda: (range(10).index(11)))
check('range(0, 10, 2).index(3)', lambda: (range(0, 10, 2).index(3)))
check('range(10).index(3.0)', lambda: (range(10).index(3.0)))
check("range(10).index('a')", lambda: (range(10).index('a')))
check('range(10).index()', lambda: (range(10).index()))
check('list(reversed(range(5)))', lambda: (list(reversed(range(5)))))
check('list(reversed(range(0, 10, 3)))', lambda: (list(reversed(range(0, 10, 3)))))
check('list(reversed(range(0)))', lambda: (list(reversed(range(0)))))
check('range(0) == range(5, 2)', lambda: (range(0) == range(5, 2)))
check('range(0, 3) == range(3)', lambda: (range(0, 3) == range(3)))
check('range(0, 3, 2) == range(0, 4, 2)', lambda: (range(0, 3, 2) == range(0, 4, 2)))
check('range(3) == [0, 1, 2]', lambda: (range(3) == [0, 1, 2]))
check('range(3) != range(4)', lambda: (range(3) != range(4)))
check('range(3) < range(4)', lambda: (range(3) < range(4)))
check('range(1, 2) == range(1, 3, 5)', lambda: (range(1, 2) == range(1, 3, 5)))
check('hash(range(3)) == hash(range(0, 3, 1))', lambda: (hash(range(3)) == hash(range(0, 3, 1))))
check('sum(range(101))', lambda: (sum(range(101))))
check('max(range(5))', lambda: (max(range(5))))
check('min(range(3, 9, 2))', lambda: (min(range(3, 9, 2))))
check('sorted(range(5), reverse=True)', lambda: (sorted(range(5), reverse=True)))
check('tuple(range(3))', lambda: (tuple(range(3))))
check('range(3).nosuch', lambda: (range(3).nosuch))
check('range(3).count()', lambda: (range(3).count()))
check('type(range(3)).__name__', lambda: (type(range(3)).__name__))
def case_range_iter_and_for():
    out = []
    for i in range(3, -3, -2):
        out.append(i)
    return out
check('range_iter_and_for', case_range_iter_and_for)
def case_range_immutable():
    r = range(3)
    r[0] = 1
check('range_immutable', case_range_immutable)
def case_range_is_lazy_and_reusable():
    r = range(3)
    return list(r), list(r), [x * x for x in r]
check('range_is_lazy_and_reusable', case_range_is_lazy_and_reusable)
def case_range_unpack():
    a, b, c = range(3)
    return a, b, c

# ---------------------------------------------------------------- slices on lists
check('range_unpack', case_range_unpack)
check('L[2:5]', lambda: (L[2:5]))
check('L[:3]', lambda: (L[:3]))
check('L[7:]', lambda: (L[7:]))
check('L[:]', lambda: (L[:]))
check('L[-3:]', lambda: (L[-3:]))
check('L[:-3]', lambda: (L[:-3]))
check('L[-3:-1]', lambda: (L[-3:-1]))
check('L[-1:-3]', lambda: (L[-1:-3]))
check('L[::2]', lambda: (L[::2]))
check('L[1::2]', lambda: (L[1::2]))
check('L[::-1]', lambda: (L[::-1]))
check('L[::-2]', lambda: (L[::-2]))
check('L[8:2:-1]', lambda: (L[8:2:-1]))
check('L[8:2:-2]', lambda: (L[8:2:-2]))
check('L[2:8:-1]', lambda: (L[2:8:-1]))
check('L[-1:-4:-1]', lambda: (L[-1:-4:-1]))
check('L[5::-1]', lambda: (L[5::-1]))
check('L[:5:-1]', lambda: (L[:5:-1]))
check('L[100:]', lambda: (L[100:]))
check('L[:100]', lambda: (L[:100]))
check('L[-100:]', lambda: (L[-100:]))
check('L[-100:100]', lambda: (L[-100:100]))
check('L[5:5]', lambda: (L[5:5]))
check('L[::100]', lambda: (L[::100]))
check('L[::-100]', lambda: (L[::-100]))
check('L[None:None:None]', lambda: (L[None:None:None]))
check('L[None:3]', lambda: (L[None:3]))
check('L[2:None]', lambda: (L[2:None]))
check('L[::None]', lambda: (L[::None]))
check('L[True:3]', lambda: (L[True:3]))
check('L[::0]', lambda: (L[::0]))
check("L['a':]", lambda: (L['a':]))
check('L[1.0:]', lambda: (L[1.0:]))
check('L[:2.5]', lambda: (L[:2.5]))
check('L[2 ** 100:]', lambda: (L[2 ** 100:]))
check('L[-(2 ** 100):2]', lambda: (L[-(2 ** 100):2]))
check('L[::2 ** 100]', lambda: (L[::2 ** 100]))
check('L[::-(2 ** 100)]', lambda: (L[::-(2 ** 100)]))
check('[][:]', lambda: ([][:]))
check('[][::-1]', lambda: ([][::-1]))
check('L[1:3] is L[1:3]', lambda: (L[1:3] is L[1:3]))
check('L[:] is L', lambda: (L[:] is L))
def case_slice_copy_is_shallow():
    a = [[1], [2]]
    b = a[:]
    b[0].append(9)
    b[1] = 'x'
    return a, b

# ---------------------------------------------------------------- slices on tuples and strings
check('slice_copy_is_shallow', case_slice_copy_is_shallow)
check('T[2:5]', lambda: (T[2:5]))
check('T[::-1]', lambda: (T[::-1]))
check('T[::3]', lambda: (T[::3]))
check('T[-2:]', lambda: (T[-2:]))
check('T[5:1:-2]', lambda: (T[5:1:-2]))
check('S[2:5]', lambda: (S[2:5]))
check('S[::-1]', lambda: (S[::-1]))
check('S[::2]', lambda: (S[::2]))
check('S[-3:]', lambda: (S[-3:]))
check('S[:-3]', lambda: (S[:-3]))
check('S[8:2:-3]', lambda: (S[8:2:-3]))
check('S[100:]', lambda: (S[100:]))
check('S[5:5]', lambda: (S[5:5]))
check('S[::0]', lambda: (S[::0]))
check("S['a':]", lambda: (S['a':]))
check("'hello'[1:-1]", lambda: ('hello'[1:-1]))
check("'hello'[::-1] == 'olleh'", lambda: ('hello'[::-1] == 'olleh'))
check("''[::-1]", lambda: (''[::-1]))
check("'héllo'[1:3]", lambda: ('héllo'[1:3]))
check('S[slice(2, 5)]', lambda: (S[slice(2, 5)]))
check('S[slice(None, None, -2)]', lambda: (S[slice(None, None, -2)]))
check('L[slice(3)]', lambda: (L[slice(3)]))
check('T[slice(1, None)]', lambda: (T[slice(1, None)]))

# ---------------------------------------------------------------- slice objects
check('slice(5)', lambda: (slice(5)))
check('slice(1, 5)', lambda: (slice(1, 5)))
check('slice(1, 5, 2)', lambda: (slice(1, 5, 2)))
check('slice(None)', lambda: (slice(None)))
check('slice(5).start', lambda: (slice(5).start))
check('slice(5).stop', lambda: (slice(5).stop))
check('slice(1, 5, 2).step', lambda: (slice(1, 5, 2).step))
check('slice(1, 5) == slice(1, 5)', lambda: (slice(1, 5) == slice(1, 5)))
check('slice(1, 5) == slice(1, 6)', lambda: (slice(1, 5) == slice(1, 6)))
check('slice(1, 5, None) == slice(1, 5)', lambda: (slice(1, 5, None) == slice(1, 5)))
check('slice(1, 10, 2).indices(5)', lambda: (slice(1, 10, 2).indices(5)))
check('slice(None, None, -1).indices(5)', lambda: (slice(None, None, -1).indices(5)))
check('slice(-3, None).indices(10)', lambda: (slice(-3, None).indices(10)))
check('slice(None, None, 0).indices(5)', lambda: (slice(None, None, 0).indices(5)))
check('slice(1, 5).indices(-1)', lambda: (slice(1, 5).indices(-1)))
check('slice()', lambda: (slice()))
check('slice(1, 2, 3, 4)', lambda: (slice(1, 2, 3, 4)))
check("slice('a', 'b')", lambda: (slice('a', 'b')))
check("'abc'[slice('a', 'b')]", lambda: ('abc'[slice('a', 'b')]))
check('hash(slice(1, 2))', lambda: (hash(slice(1, 2))))
check('type(slice(1)).__name__', lambda: (type(slice(1)).__name__))

# ---------------------------------------------------------------- slice assignment and deletion on lists
def case_assign_same_length():
    l = list(range(6))
    l[1:3] = ['a', 'b']
    return l
check('assign_same_length', case_assign_same_length)
def case_assign_longer():
    l = list(range(6))
    l[1:3] = ['a', 'b', 'c', 'd']
    return l
check('assign_longer', case_assign_longer)
def case_assign_shorter():
    l = list(range(6))
    l[1:4] = ['x']
    return l
check('assign_shorter', case_assign_shorter)
def case_assign_empty_clears_range():
    l = list(range(6))
    l[1:4] = []
    return l
check('assign_empty_clears_range', case_assign_empty_clears_range)
def case_assign_insert_at_position():
    l = list(range(4))
    l[2:2] = ['new', 'new2']
    return l
check('assign_insert_at_position', case_assign_insert_at_position)
def case_assign_prepend():
    l = [1, 2]
    l[:0] = [-1, 0]
    return l
check('assign_prepend', case_assign_prepend)
def case_assign_append_past_end():
    l = [1, 2]
    l[100:] = [3]
    return l
check('assign_append_past_end', case_assign_append_past_end)
def case_assign_whole():
    l = [1, 2, 3]
    m = l
    l[:] = 'xy'
    return l, m is l
check('assign_whole', case_assign_whole)
def case_assign_from_iterables():
    l = [0, 0, 0]
    l[0:2] = range(5)
    l[-1:] = (x * 10 for x in [1, 2])
    return l
check('assign_from_iterables', case_assign_from_iterables)
def case_assign_from_self():
    l = [1, 2, 3]
    l[1:1] = l
    return l
check('assign_from_self', case_assign_from_self)
def case_assign_non_iterable():
    l = [1, 2, 3]
    l[0:1] = 5
    return l
check('assign_non_iterable', case_assign_non_iterable)
def case_assign_negative_bounds():
    l = list(range(6))
    l[-2:] = ['y', 'z']
    return l
check('assign_negative_bounds', case_assign_negative_bounds)
def case_assign_reversed_bounds_inserts():
    l = list(range(6))
    l[4:2] = ['q']
    return l
check('assign_reversed_bounds_inserts', case_assign_reversed_bounds_inserts)
def case_assign_extended_slice():
    l = list(range(6))
    l[::2] = ['a', 'b', 'c']
    return l
check('assign_extended_slice', case_assign_extended_slice)
def case_assign_extended_slice_negative():
    l = list(range(6))
    l[::-2] = ['a', 'b', 'c']
    return l
check('assign_extended_slice_negative', case_assign_extended_slice_negative)
def case_assign_extended_slice_wrong_size():
    l = list(range(6))
    l[::2] = ['a', 'b']
    return l
check('assign_extended_slice_wrong_size', case_assign_extended_slice_wrong_size)
def case_assign_step_one_any_size():
    l = list(range(6))
    l[0:6:1] = ['only']
    return l
check('assign_step_one_any_size', case_assign_step_one_any_size)
def case_assign_step_zero():
    l = list(range(6))
    l[::0] = []
    return l
check('assign_step_zero', case_assign_step_zero)
def case_del_slice():
    l = list(range(10))
    del l[2:5]
    return l
check('del_slice', case_del_slice)
def case_del_extended_slice():
    l = list(range(10))
    del l[::3]
    return l
check('del_extended_slice', case_del_extended_slice)
def case_del_negative_step():
    l = list(range(10))
    del l[::-2]
    return l
check('del_negative_step', case_del_negative_step)
def case_del_all():
    l = list(range(3))
    m = l
    del l[:]
    return l, m
check('del_all', case_del_all)
def case_del_empty_slice():
    l = [1, 2]
    del l[5:9]
    return l
check('del_empty_slice', case_del_empty_slice)
def case_tuple_slice_assign():
    t = (1, 2, 3)
    t[0:1] = [9]
    return t
check('tuple_slice_assign', case_tuple_slice_assign)
def case_str_slice_assign():
    s = 'abc'
    s[0:1] = 'z'
    return s
check('str_slice_assign', case_str_slice_assign)
def case_str_slice_delete():
    s = 'abc'
    del s[0:1]
    return s
check('str_slice_delete', case_str_slice_delete)
def case_augmented_slice():
    l = [1, 2, 3, 4]
    l[1:3] += ['x']
    return l
check('augmented_slice', case_augmented_slice)
def case_rotate_with_slices():
    l = [1, 2, 3, 4, 5]
    k = 2
    return l[k:] + l[:k], l[-k:] + l[:-k]
check('rotate_with_slices', case_rotate_with_slices)
