"""Conformance: set and frozenset — every method, the operators and their in-place
forms, comparisons, hashability, constructors, and their error messages.
Sets are shown sorted or hold small ints only, except in the last section, which
pins CPython's iteration order of int sets (collisions, negatives, growth).
mut(S, f) calls f(S) and returns (what f returned, S afterwards).

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


def mut(s, f):
    r = f(s)
    return (r, s)

# ---------------------------------------------------------------- add / remove / discard / pop / clear
check('mut({1, 2}, lambda s: s.add(3))', lambda: (mut({1, 2}, lambda s: s.add(3))))
check('mut({1, 2}, lambda s: s.add(2))', lambda: (mut({1, 2}, lambda s: s.add(2))))
check('mut({1, 2}, lambda s: s.add(1.0))', lambda: (mut({1, 2}, lambda s: s.add(1.0))))
check('mut({1, 2}, lambda s: s.add(True))', lambda: (mut({1, 2}, lambda s: s.add(True))))
check('mut(set(), lambda s: s.add((1, 2)))', lambda: (mut(set(), lambda s: s.add((1, 2)))))
check('mut(set(), lambda s: s.add([1]))', lambda: (mut(set(), lambda s: s.add([1]))))
check('mut(set(), lambda s: s.add({1}))', lambda: (mut(set(), lambda s: s.add({1}))))
check('mut(set(), lambda s: s.add(frozenset({1})))', lambda: (mut(set(), lambda s: s.add(frozenset({1})))))
check('mut(set(), lambda s: s.add())', lambda: (mut(set(), lambda s: s.add())))
check('mut(set(), lambda s: s.add(1, 2))', lambda: (mut(set(), lambda s: s.add(1, 2))))
check('mut({1, 2}, lambda s: s.remove(1))', lambda: (mut({1, 2}, lambda s: s.remove(1))))
check('mut({1, 2}, lambda s: s.remove(3))', lambda: (mut({1, 2}, lambda s: s.remove(3))))
check('mut({1, 2}, lambda s: s.remove(1.0))', lambda: (mut({1, 2}, lambda s: s.remove(1.0))))
check('mut({1, 2}, lambda s: s.remove([1]))', lambda: (mut({1, 2}, lambda s: s.remove([1]))))
check('mut({frozenset({1})}, lambda s: s.remove({1}))', lambda: (mut({frozenset({1})}, lambda s: s.remove({1}))))
check("mut({1, 2}, lambda s: s.remove('x'))", lambda: (mut({1, 2}, lambda s: s.remove('x'))))
check('mut({1, 2}, lambda s: s.remove())', lambda: (mut({1, 2}, lambda s: s.remove())))
check('mut({1, 2}, lambda s: s.discard(1))', lambda: (mut({1, 2}, lambda s: s.discard(1))))
check('mut({1, 2}, lambda s: s.discard(3))', lambda: (mut({1, 2}, lambda s: s.discard(3))))
check('mut({1, 2}, lambda s: s.discard([1]))', lambda: (mut({1, 2}, lambda s: s.discard([1]))))
check('mut({frozenset({1})}, lambda s: s.discard({1}))', lambda: (mut({frozenset({1})}, lambda s: s.discard({1}))))
check('mut({1, 2}, lambda s: s.discard())', lambda: (mut({1, 2}, lambda s: s.discard())))
check('mut({5}, lambda s: s.pop())', lambda: (mut({5}, lambda s: s.pop())))
check('mut({1, 2, 3}, lambda s: s.pop())', lambda: (mut({1, 2, 3}, lambda s: s.pop())))
check('mut(set(), lambda s: s.pop())', lambda: (mut(set(), lambda s: s.pop())))
check('mut({1}, lambda s: s.pop(1))', lambda: (mut({1}, lambda s: s.pop(1))))
check('mut({1, 2}, lambda s: s.clear())', lambda: (mut({1, 2}, lambda s: s.clear())))
check('mut({1, 2}, lambda s: s.clear(1))', lambda: (mut({1, 2}, lambda s: s.clear(1))))
def case_pop_until_empty():
    s = {3, 1, 2}
    out = []
    while s:
        out.append(s.pop())
    return sorted(out), s

# ---------------------------------------------------------------- union / intersection / difference / symmetric_difference
check('pop_until_empty', case_pop_until_empty)
check('sorted({1, 2}.union({2, 3}))', lambda: (sorted({1, 2}.union({2, 3}))))
check('sorted({1, 2}.union([3, 4], (5,), range(6, 8)))', lambda: (sorted({1, 2}.union([3, 4], (5,), range(6, 8)))))
check('sorted({1, 2}.union())', lambda: (sorted({1, 2}.union())))
check("sorted({1}.union('ab'), key=str)", lambda: (sorted({1}.union('ab'), key=str)))
check('{1}.union(5)', lambda: ({1}.union(5)))
check('{1}.union([[1]])', lambda: ({1}.union([[1]])))
check('sorted({1, 2, 3}.intersection({2, 3, 4}))', lambda: (sorted({1, 2, 3}.intersection({2, 3, 4}))))
check('sorted({1, 2, 3}.intersection([2, 3], (3,)))', lambda: (sorted({1, 2, 3}.intersection([2, 3], (3,)))))
check('sorted({1, 2, 3}.intersection())', lambda: (sorted({1, 2, 3}.intersection())))
check('{1, 2}.intersection({5})', lambda: ({1, 2}.intersection({5})))
check('{1}.intersection(5)', lambda: ({1}.intersection(5)))
check('sorted({1, 2, 3}.difference({2}))', lambda: (sorted({1, 2, 3}.difference({2}))))
check('sorted({1, 2, 3}.difference([1], (2,)))', lambda: (sorted({1, 2, 3}.difference([1], (2,)))))
check('sorted({1, 2, 3}.difference())', lambda: (sorted({1, 2, 3}.difference())))
check('{1}.difference({1})', lambda: ({1}.difference({1})))
check('{1}.difference(None)', lambda: ({1}.difference(None)))
check('sorted({1, 2, 3}.symmetric_difference({3, 4}))', lambda: (sorted({1, 2, 3}.symmetric_difference({3, 4}))))
check('sorted({1, 2}.symmetric_difference([2, 2, 5]))', lambda: (sorted({1, 2}.symmetric_difference([2, 2, 5]))))
check('{1}.symmetric_difference({1})', lambda: ({1}.symmetric_difference({1})))
check('{1}.symmetric_difference()', lambda: ({1}.symmetric_difference()))
check('{1}.symmetric_difference({2}, {3})', lambda: ({1}.symmetric_difference({2}, {3})))
check("mut({1, 2}, lambda s: s.update({3}, [4], 'a'[:0]))", lambda: (mut({1, 2}, lambda s: s.update({3}, [4], 'a'[:0]))))
check('mut({1, 2}, lambda s: s.update())', lambda: (mut({1, 2}, lambda s: s.update())))
check('mut({1, 2}, lambda s: s.update(3))', lambda: (mut({1, 2}, lambda s: s.update(3))))
check('mut({1, 2, 3}, lambda s: s.intersection_update({2, 3, 4}))', lambda: (mut({1, 2, 3}, lambda s: s.intersection_update({2, 3, 4}))))
check('mut({1, 2, 3}, lambda s: s.intersection_update([2, 3], [3]))', lambda: (mut({1, 2, 3}, lambda s: s.intersection_update([2, 3], [3]))))
check('mut({1, 2, 3}, lambda s: s.intersection_update())', lambda: (mut({1, 2, 3}, lambda s: s.intersection_update())))
check('mut({1, 2, 3}, lambda s: s.difference_update({2}))', lambda: (mut({1, 2, 3}, lambda s: s.difference_update({2}))))
check('mut({1, 2, 3}, lambda s: s.difference_update([1], [3]))', lambda: (mut({1, 2, 3}, lambda s: s.difference_update([1], [3]))))
check('mut({1, 2, 3}, lambda s: s.difference_update())', lambda: (mut({1, 2, 3}, lambda s: s.difference_update())))
check('mut({1, 2, 3}, lambda s: s.symmetric_difference_update({3, 4}))', lambda: (mut({1, 2, 3}, lambda s: s.symmetric_difference_update({3, 4}))))
check('mut({1, 2, 3}, lambda s: s.symmetric_difference_update([1, 1]))', lambda: (mut({1, 2, 3}, lambda s: s.symmetric_difference_update([1, 1]))))
check('mut({1, 2, 3}, lambda s: s.symmetric_difference_update())', lambda: (mut({1, 2, 3}, lambda s: s.symmetric_difference_update())))
check('mut({1, 2}, lambda s: s.difference_update(s))', lambda: (mut({1, 2}, lambda s: s.difference_update(s))))
check('mut({1, 2}, lambda s: s.symmetric_difference_update(s))', lambda: (mut({1, 2}, lambda s: s.symmetric_difference_update(s))))

# ---------------------------------------------------------------- isdisjoint / issubset / issuperset
check('{1, 2}.isdisjoint({3})', lambda: ({1, 2}.isdisjoint({3})))
check('{1, 2}.isdisjoint({2})', lambda: ({1, 2}.isdisjoint({2})))
check('{1, 2}.isdisjoint([3, 4])', lambda: ({1, 2}.isdisjoint([3, 4])))
check('set().isdisjoint(set())', lambda: (set().isdisjoint(set())))
check('{1}.isdisjoint(5)', lambda: ({1}.isdisjoint(5)))
check('{1, 2}.issubset({1, 2, 3})', lambda: ({1, 2}.issubset({1, 2, 3})))
check('{1, 2}.issubset({1, 2})', lambda: ({1, 2}.issubset({1, 2})))
check('{1, 2}.issubset({1})', lambda: ({1, 2}.issubset({1})))
check('{1, 2}.issubset([1, 2, 3])', lambda: ({1, 2}.issubset([1, 2, 3])))
check('set().issubset(set())', lambda: (set().issubset(set())))
check('{1}.issubset(1)', lambda: ({1}.issubset(1)))
check('{1, 2, 3}.issuperset({1})', lambda: ({1, 2, 3}.issuperset({1})))
check('{1, 2, 3}.issuperset([4])', lambda: ({1, 2, 3}.issuperset([4])))
check('{1}.issuperset([])', lambda: ({1}.issuperset([])))
check('{1}.issuperset()', lambda: ({1}.issuperset()))

# ---------------------------------------------------------------- operators
check('sorted({1, 2} | {2, 3})', lambda: (sorted({1, 2} | {2, 3})))
check('sorted({1, 2} & {2, 3})', lambda: (sorted({1, 2} & {2, 3})))
check('sorted({1, 2} - {2, 3})', lambda: (sorted({1, 2} - {2, 3})))
check('sorted({1, 2} ^ {2, 3})', lambda: (sorted({1, 2} ^ {2, 3})))
check('{1} | [2]', lambda: ({1} | [2]))
check('{1} & (1,)', lambda: ({1} & (1,)))
check("{1} - 'a'", lambda: ({1} - 'a'))
check('{1} ^ None', lambda: ({1} ^ None))
check('{1} + {2}', lambda: ({1} + {2}))
check('{1} * 2', lambda: ({1} * 2))
check('{1, 2} < {1, 2, 3}', lambda: ({1, 2} < {1, 2, 3}))
check('{1, 2} < {1, 2}', lambda: ({1, 2} < {1, 2}))
check('{1, 2} <= {1, 2}', lambda: ({1, 2} <= {1, 2}))
check('{1, 2, 3} > {1}', lambda: ({1, 2, 3} > {1}))
check('{1, 2} >= {3}', lambda: ({1, 2} >= {3}))
check('{1} < {2}', lambda: ({1} < {2}))
check('{1} > {2}', lambda: ({1} > {2}))
check('{1} == {1.0}', lambda: ({1} == {1.0}))
check('{1, 2} == {2, 1}', lambda: ({1, 2} == {2, 1}))
check('{1} == [1]', lambda: ({1} == [1]))
check('{1} != frozenset({1})', lambda: ({1} != frozenset({1})))
check('{1} == frozenset({1})', lambda: ({1} == frozenset({1})))
check('{1} < [1, 2]', lambda: ({1} < [1, 2]))
check('{1} <= frozenset({1, 2})', lambda: ({1} <= frozenset({1, 2})))
check('1 in {1, 2}', lambda: (1 in {1, 2}))
check('1.0 in {1, 2}', lambda: (1.0 in {1, 2}))
check('[] in {1}', lambda: ([] in {1}))
check('{1} in {frozenset({1})}', lambda: ({1} in {frozenset({1})}))
check('len({1, 2, 2, 3})', lambda: (len({1, 2, 2, 3})))
check('len(set())', lambda: (len(set())))
check('bool(set())', lambda: (bool(set())))
check('bool({0})', lambda: (bool({0})))
check('hash({1})', lambda: (hash({1})))
check('{{1}}', lambda: ({{1}}))
check('{1, 1.0, True}', lambda: ({1, 1.0, True}))
check('{True, 1, 1.0}', lambda: ({True, 1, 1.0}))
check('{0, False, 0.0}', lambda: ({0, False, 0.0}))
check('set.__name__', lambda: (set.__name__))
check('{1}.nosuch', lambda: ({1}.nosuch))
check('{1}[0]', lambda: ({1}[0]))
def case_ior_iand_isub_ixor():
    s = {1, 2}
    t = s
    s |= {3}
    s &= {1, 3, 5}
    s -= {1}
    s ^= {7}
    return sorted(s), s is t
check('ior_iand_isub_ixor', case_ior_iand_isub_ixor)
def case_ior_with_list():
    s = {1}
    s |= [2]
    return s
check('ior_with_list', case_ior_with_list)
def case_mutate_during_iteration():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
    return s
check('mutate_during_iteration', case_mutate_during_iteration)
def case_remove_during_iteration():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
    return s
check('remove_during_iteration', case_remove_during_iteration)
def case_set_is_unordered_equal():
    return {3, 1, 2} == {1, 2, 3}, sorted({'b', 'a', 'c'})

# ---------------------------------------------------------------- copy / constructors / displays
check('set_is_unordered_equal', case_set_is_unordered_equal)
check('{1, 2}.copy()', lambda: ({1, 2}.copy()))
def case_copy_independent():
    s = {1, 2}
    c = s.copy()
    c.add(3)
    return s, c, s is c
check('copy_independent', case_copy_independent)
check('set()', lambda: (set()))
check('set([1, 2, 2])', lambda: (set([1, 2, 2])))
check('set((3, 3, 4))', lambda: (set((3, 3, 4))))
check("sorted(set('hello'))", lambda: (sorted(set('hello'))))
check('set(range(5))', lambda: (set(range(5))))
check("set({1: 'a', 2: 'b'})", lambda: (set({1: 'a', 2: 'b'})))
check('set(x % 3 for x in range(10))', lambda: (set(x % 3 for x in range(10))))
check('set([[1]])', lambda: (set([[1]])))
check('set(5)', lambda: (set(5)))
check('set(1, 2)', lambda: (set(1, 2)))
check('set(iterable=[1])', lambda: (set(iterable=[1])))
check('{x * x for x in range(-2, 3)}', lambda: ({x * x for x in range(-2, 3)}))
check('{x for x in []}', lambda: ({x for x in []}))
check('{*[1, 2], *(2, 3)}', lambda: ({*[1, 2], *(2, 3)}))
check("sorted({c.upper() for c in 'abca'})", lambda: (sorted({c.upper() for c in 'abca'})))
check('repr(set())', lambda: (repr(set())))
check('repr({1, 2, 3})', lambda: (repr({1, 2, 3})))
check('str({1})', lambda: (str({1})))
def case_set_repr_recursive_impossible():
    s = set()
    try:
        s.add(s)
    except TypeError as e:
        return str(e)

# ---------------------------------------------------------------- frozenset
check('set_repr_recursive_impossible', case_set_repr_recursive_impossible)
check('frozenset()', lambda: (frozenset()))
check('frozenset([1, 2, 2])', lambda: (frozenset([1, 2, 2])))
check("frozenset({3: 'x'})", lambda: (frozenset({3: 'x'})))
check("sorted(frozenset('abc'))", lambda: (sorted(frozenset('abc'))))
check('frozenset([1]) == {1}', lambda: (frozenset([1]) == {1}))
check('frozenset([1, 2]) | {3}', lambda: (frozenset([1, 2]) | {3}))
check('{3} | frozenset([1, 2])', lambda: ({3} | frozenset([1, 2])))
check('frozenset([1, 2]) & {2}', lambda: (frozenset([1, 2]) & {2}))
check('frozenset([1, 2]) - {2}', lambda: (frozenset([1, 2]) - {2}))
check('frozenset([1, 2]) ^ {2, 3}', lambda: (frozenset([1, 2]) ^ {2, 3}))
check('type(frozenset([1]) | {2}).__name__', lambda: (type(frozenset([1]) | {2}).__name__))
check('type({2} | frozenset([1])).__name__', lambda: (type({2} | frozenset([1])).__name__))
check('frozenset([1, 2]).union([3])', lambda: (frozenset([1, 2]).union([3])))
check('frozenset([1, 2]).intersection([2])', lambda: (frozenset([1, 2]).intersection([2])))
check('frozenset([1, 2]).difference([2])', lambda: (frozenset([1, 2]).difference([2])))
check('frozenset([1, 2]).symmetric_difference([2, 3])', lambda: (frozenset([1, 2]).symmetric_difference([2, 3])))
check('frozenset([1, 2]).issubset([1, 2, 3])', lambda: (frozenset([1, 2]).issubset([1, 2, 3])))
check('frozenset([1, 2]).issuperset([1])', lambda: (frozenset([1, 2]).issuperset([1])))
check('frozenset([1, 2]).isdisjoint([3])', lambda: (frozenset([1, 2]).isdisjoint([3])))
check('frozenset([1, 2]).copy()', lambda: (frozenset([1, 2]).copy()))
check('frozenset([1]).add(2)', lambda: (frozenset([1]).add(2)))
check('frozenset([1]).remove(1)', lambda: (frozenset([1]).remove(1)))
check('frozenset([1]).discard(1)', lambda: (frozenset([1]).discard(1)))
check('frozenset([1]).pop()', lambda: (frozenset([1]).pop()))
check('frozenset([1]).clear()', lambda: (frozenset([1]).clear()))
check('frozenset([1]).update([2])', lambda: (frozenset([1]).update([2])))
check('hash(frozenset([1, 2])) == hash(frozenset([2, 1]))', lambda: (hash(frozenset([1, 2])) == hash(frozenset([2, 1]))))
check("{frozenset([1, 2]): 'a'}[frozenset([2, 1])]", lambda: ({frozenset([1, 2]): 'a'}[frozenset([2, 1])]))
check('{frozenset([1, 2]), frozenset([2, 1])}', lambda: ({frozenset([1, 2]), frozenset([2, 1])}))
check('frozenset([frozenset([1])])', lambda: (frozenset([frozenset([1])])))
check('frozenset([[1]])', lambda: (frozenset([[1]])))
check('frozenset(1)', lambda: (frozenset(1)))
check('frozenset([1], [2])', lambda: (frozenset([1], [2])))
check('1 in frozenset([1])', lambda: (1 in frozenset([1])))
check('len(frozenset([1, 2]))', lambda: (len(frozenset([1, 2]))))
check('frozenset([1, 2]) < frozenset([1, 2, 3])', lambda: (frozenset([1, 2]) < frozenset([1, 2, 3])))
check('frozenset.__name__', lambda: (frozenset.__name__))
def case_frozenset_augmented_rebinds():
    f = frozenset([1])
    g = f
    f |= {2}
    return f, g, f is g
check('frozenset_augmented_rebinds', case_frozenset_augmented_rebinds)
def case_frozenset_in_set():
    s = {frozenset([1, 2])}
    s.add(frozenset([2, 1]))
    return len(s)

# ---------------------------------------------------------------- more edge cases
check('frozenset_in_set', case_frozenset_in_set)
check('set() == frozenset()', lambda: (set() == frozenset()))
check('set() == {}', lambda: (set() == {}))
check('set() < {1}', lambda: (set() < {1}))
check('set() <= set()', lambda: (set() <= set()))
check('frozenset() < frozenset([0])', lambda: (frozenset() < frozenset([0])))
check('{1} < frozenset([1, 2])', lambda: ({1} < frozenset([1, 2])))
check('frozenset([1]) > set()', lambda: (frozenset([1]) > set()))
check('{1, 2}.issubset(x for x in range(5))', lambda: ({1, 2}.issubset(x for x in range(5))))
check('{1, 2}.issuperset(x for x in range(2))', lambda: ({1, 2}.issuperset(x for x in range(2))))
check('{1, 2}.isdisjoint(x for x in [3, 4])', lambda: ({1, 2}.isdisjoint(x for x in [3, 4])))
check("sorted({1, 2}.union({'k': 0}.keys() and {3}))", lambda: (sorted({1, 2}.union({'k': 0}.keys() and {3}))))
check("sorted({1, 2, 3}.difference({2: 'x'}))", lambda: (sorted({1, 2, 3}.difference({2: 'x'}))))
check("sorted({1, 2}.union({5: 'a'}))", lambda: (sorted({1, 2}.union({5: 'a'}))))
check('sorted({(1, 2), (0, 5)})', lambda: (sorted({(1, 2), (0, 5)})))
check('(1, 2) in {(1, 2), (3, 4)}', lambda: ((1, 2) in {(1, 2), (3, 4)}))
check('[1, 2] in {(1, 2)}', lambda: ([1, 2] in {(1, 2)}))
check("len(set('mississippi'))", lambda: (len(set('mississippi'))))
check("sorted(set('mississippi'))", lambda: (sorted(set('mississippi'))))
check('sum({1, 2, 3})', lambda: (sum({1, 2, 3})))
check('max({3, 7, 5})', lambda: (max({3, 7, 5})))
check('min(frozenset([4, 2]))', lambda: (min(frozenset([4, 2]))))
check('sorted({5, 1, 3}, reverse=True)', lambda: (sorted({5, 1, 3}, reverse=True)))
check('any(set())', lambda: (any(set())))
check('all(set())', lambda: (all(set())))
check('any({0})', lambda: (any({0})))
check('all({0, 1})', lambda: (all({0, 1})))
check('bool({False})', lambda: (bool({False})))
check('bool(frozenset([0]))', lambda: (bool(frozenset([0]))))
check("set('')", lambda: (set('')))
check('set([None])', lambda: (set([None])))
check("{None, 0, False, ''} == {None, 0, ''}", lambda: ({None, 0, False, ''} == {None, 0, ''}))
check('len({0, False, 0.0, -0.0})', lambda: (len({0, False, 0.0, -0.0})))
check('len({1, True, 1.0, 2, 2.0})', lambda: (len({1, True, 1.0, 2, 2.0})))
check('{2.0, 2}', lambda: ({2.0, 2}))
check('set([1, 2]) & set()', lambda: (set([1, 2]) & set()))
check('set() | set()', lambda: (set() | set()))
check('set() - {1}', lambda: (set() - {1}))
check('{1} - set()', lambda: ({1} - set()))
check('{1, 2} ^ set()', lambda: ({1, 2} ^ set()))
check('{1, 2} ^ {1, 2}', lambda: ({1, 2} ^ {1, 2}))
check('frozenset([1, 2]) == frozenset([2, 1])', lambda: (frozenset([1, 2]) == frozenset([2, 1])))
check('frozenset([1]) | frozenset([2]) | {3}', lambda: (frozenset([1]) | frozenset([2]) | {3}))
check('sorted({x for x in range(10) if x % 3 == 0})', lambda: (sorted({x for x in range(10) if x % 3 == 0})))
check('{x % 4 for x in range(100)}', lambda: ({x % 4 for x in range(100)}))
check('{1, 2}.union({2, 3}) == {1, 2} | {2, 3}', lambda: ({1, 2}.union({2, 3}) == {1, 2} | {2, 3}))
check('{1, 2, 3}.intersection({2, 3, 4}, {3, 4, 5})', lambda: ({1, 2, 3}.intersection({2, 3, 4}, {3, 4, 5})))
check('{1, 2}.copy() is not {1, 2}', lambda: ({1, 2}.copy() is not {1, 2}))
check('set({1, 2}) == {1, 2}', lambda: (set({1, 2}) == {1, 2}))
check('set(frozenset([1])) == {1}', lambda: (set(frozenset([1])) == {1}))
def case_inplace_with_frozenset_operand():
    s = {1, 2, 3}
    s |= frozenset([4])
    s -= frozenset([1])
    s &= frozenset([2, 3, 4, 5])
    s ^= frozenset([5])
    return sorted(s)
check('inplace_with_frozenset_operand', case_inplace_with_frozenset_operand)
def case_inplace_self():
    s = {1, 2}
    s -= s
    t = {3, 4}
    t ^= t
    u = {5}
    u |= u
    v = {6}
    v &= v
    return s, t, u, v
check('inplace_self', case_inplace_self)
def case_set_from_dict_items():
    return sorted(set({'a': 1, 'b': 2}.items()))
check('set_from_dict_items', case_set_from_dict_items)
def case_dedupe_preserving_order():
    seen = set()
    out = []
    for x in [3, 1, 3, 2, 1, 5]:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
check('dedupe_preserving_order', case_dedupe_preserving_order)
def case_set_of_frozensets_union():
    groups = {frozenset([1, 2]), frozenset([2, 3])}
    merged = set()
    for g in groups:
        merged |= g
    return sorted(merged)
check('set_of_frozensets_union', case_set_of_frozensets_union)
def case_add_returns_none_and_is_idempotent():
    s = set()
    r1 = s.add(1)
    r2 = s.add(1)
    return r1, r2, s
check('add_returns_none_and_is_idempotent', case_add_returns_none_and_is_idempotent)
def case_discard_while_iterating_copy():
    s = {1, 2, 3, 4}
    for x in set(s):
        if x % 2:
            s.discard(x)
    return s
check('discard_while_iterating_copy', case_discard_while_iterating_copy)
def case_common_elements():
    a = [1, 2, 3, 4]
    b = [3, 4, 5]
    return sorted(set(a) & set(b)), sorted(set(a) - set(b)), sorted(set(a) ^ set(b))

# ---------------------------------------------------------------- iteration order of int sets (CPython's hash table)
check('common_elements', case_common_elements)
check('{0, 1, 2, 3, 4}', lambda: ({0, 1, 2, 3, 4}))
check('{4, 3, 2, 1, 0}', lambda: ({4, 3, 2, 1, 0}))
check('{10, 2, 33}', lambda: ({10, 2, 33}))
check('{33, 10, 2}', lambda: ({33, 10, 2}))
check('{8, 0, 16}', lambda: ({8, 0, 16}))
check('{-1, -2, 3}', lambda: ({-1, -2, 3}))
check('{100, 50, 25, 12, 6, 3}', lambda: ({100, 50, 25, 12, 6, 3}))
check('list({7, 15, 23, 31})', lambda: (list({7, 15, 23, 31})))
check('set(range(20, 0, -3))', lambda: (set(range(20, 0, -3))))
check('{2 ** 40, 2 ** 20, 1}', lambda: ({2 ** 40, 2 ** 20, 1}))
def case_order_after_removal():
    s = {1, 9, 17}
    s.remove(1)
    s.add(25)
    return s
check('order_after_removal', case_order_after_removal)
def case_order_after_growth():
    s = set()
    for x in [40, 3, 18, 7, 99, 64, 5, 12, 27]:
        s.add(x)
    return s
check('order_after_growth', case_order_after_growth)
