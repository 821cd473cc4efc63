"""Conformance: dict — every method (clear, copy, fromkeys, get, items, keys, pop,
popitem, setdefault, update, values), views and their set operations, | and |=,
insertion order, key equality (1 == 1.0 == True), the dict() constructor, mutation
during iteration, and their error messages.
mut(D, f) calls f(D) and returns (what f returned, D afterwards).

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


def mut(d, f):
    r = f(d)
    return (r, d)

# ---------------------------------------------------------------- get / setdefault
check("{'a': 1}.get('a')", lambda: ({'a': 1}.get('a')))
check("{'a': 1}.get('b')", lambda: ({'a': 1}.get('b')))
check("{'a': 1}.get('b', 0)", lambda: ({'a': 1}.get('b', 0)))
check("{'a': 1}.get('a', 0)", lambda: ({'a': 1}.get('a', 0)))
check("{'a': None}.get('a', 0)", lambda: ({'a': None}.get('a', 0)))
check("{1: 'one'}.get(1.0)", lambda: ({1: 'one'}.get(1.0)))
check("{1: 'one'}.get(True)", lambda: ({1: 'one'}.get(True)))
check('{}.get([])', lambda: ({}.get([])))
check('{}.get()', lambda: ({}.get()))
check('{}.get(1, 2, 3)', lambda: ({}.get(1, 2, 3)))
check('{}.get(key=1)', lambda: ({}.get(key=1)))
check("mut({'a': 1}, lambda d: d.setdefault('a', 5))", lambda: (mut({'a': 1}, lambda d: d.setdefault('a', 5))))
check("mut({'a': 1}, lambda d: d.setdefault('b', 5))", lambda: (mut({'a': 1}, lambda d: d.setdefault('b', 5))))
check("mut({'a': 1}, lambda d: d.setdefault('b'))", lambda: (mut({'a': 1}, lambda d: d.setdefault('b'))))
check("mut({}, lambda d: d.setdefault('k', []).append(1))", lambda: (mut({}, lambda d: d.setdefault('k', []).append(1))))
check('mut({}, lambda d: d.setdefault([], 1))', lambda: (mut({}, lambda d: d.setdefault([], 1))))
check('mut({}, lambda d: d.setdefault())', lambda: (mut({}, lambda d: d.setdefault())))
def case_setdefault_grouping():
    groups = {}
    for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
        groups.setdefault(word[0], []).append(word)
    return groups

# ---------------------------------------------------------------- pop / popitem / clear
check('setdefault_grouping', case_setdefault_grouping)
check("mut({'a': 1, 'b': 2}, lambda d: d.pop('a'))", lambda: (mut({'a': 1, 'b': 2}, lambda d: d.pop('a'))))
check("mut({'a': 1}, lambda d: d.pop('z'))", lambda: (mut({'a': 1}, lambda d: d.pop('z'))))
check("mut({'a': 1}, lambda d: d.pop('z', None))", lambda: (mut({'a': 1}, lambda d: d.pop('z', None))))
check("mut({'a': 1}, lambda d: d.pop('z', 'dflt'))", lambda: (mut({'a': 1}, lambda d: d.pop('z', 'dflt'))))
check("mut({'a': 1}, lambda d: d.pop('a', 'dflt'))", lambda: (mut({'a': 1}, lambda d: d.pop('a', 'dflt'))))
check('mut({}, lambda d: d.pop())', lambda: (mut({}, lambda d: d.pop())))
check('mut({}, lambda d: d.pop([]))', lambda: (mut({}, lambda d: d.pop([]))))
check('mut({}, lambda d: d.pop([], 1))', lambda: (mut({}, lambda d: d.pop([], 1))))
check("mut({1: 'x'}, lambda d: d.pop(1.0))", lambda: (mut({1: 'x'}, lambda d: d.pop(1.0))))
check("mut({(1, 2): 'x'}, lambda d: d.pop((1, 2)))", lambda: (mut({(1, 2): 'x'}, lambda d: d.pop((1, 2)))))
check("mut({'a': 1, 'b': 2, 'c': 3}, lambda d: d.popitem())", lambda: (mut({'a': 1, 'b': 2, 'c': 3}, lambda d: d.popitem())))
check("mut({'a': 1}, lambda d: d.popitem())", lambda: (mut({'a': 1}, lambda d: d.popitem())))
check('mut({}, lambda d: d.popitem())', lambda: (mut({}, lambda d: d.popitem())))
check("mut({'a': 1}, lambda d: d.popitem(0))", lambda: (mut({'a': 1}, lambda d: d.popitem(0))))
def case_popitem_lifo_after_update():
    d = {'a': 1, 'b': 2}
    d['a'] = 10
    d['c'] = 3
    return d.popitem(), d.popitem(), d
check('popitem_lifo_after_update', case_popitem_lifo_after_update)
check("mut({'a': 1}, lambda d: d.clear())", lambda: (mut({'a': 1}, lambda d: d.clear())))
check('mut({}, lambda d: d.clear())', lambda: (mut({}, lambda d: d.clear())))
check("mut({'a': 1}, lambda d: d.clear(1))", lambda: (mut({'a': 1}, lambda d: d.clear(1))))

# ---------------------------------------------------------------- copy / fromkeys
check("{'a': [1]}.copy()", lambda: ({'a': [1]}.copy()))
def case_copy_is_shallow():
    d = {'a': [1], 'b': 2}
    c = d.copy()
    c['b'] = 20
    c['a'].append(2)
    return d, c, d is c
check('copy_is_shallow', case_copy_is_shallow)
check('{}.copy(1)', lambda: ({}.copy(1)))
check("dict.fromkeys(['a', 'b'])", lambda: (dict.fromkeys(['a', 'b'])))
check("dict.fromkeys(['a', 'b'], 0)", lambda: (dict.fromkeys(['a', 'b'], 0)))
check("dict.fromkeys('abca', 1)", lambda: (dict.fromkeys('abca', 1)))
check("dict.fromkeys(range(3), 'x')", lambda: (dict.fromkeys(range(3), 'x')))
check('dict.fromkeys([])', lambda: (dict.fromkeys([])))
check('dict.fromkeys(5)', lambda: (dict.fromkeys(5)))
check('dict.fromkeys([[1]])', lambda: (dict.fromkeys([[1]])))
check('dict.fromkeys()', lambda: (dict.fromkeys()))
check('{}.fromkeys([1, 2])', lambda: ({}.fromkeys([1, 2])))
def case_fromkeys_shared_value():
    d = dict.fromkeys(['a', 'b'], [])
    d['a'].append(1)
    return d

# ---------------------------------------------------------------- update
check('fromkeys_shared_value', case_fromkeys_shared_value)
check("mut({'a': 1}, lambda d: d.update({'b': 2}))", lambda: (mut({'a': 1}, lambda d: d.update({'b': 2}))))
check("mut({'a': 1}, lambda d: d.update({'a': 9, 'c': 3}))", lambda: (mut({'a': 1}, lambda d: d.update({'a': 9, 'c': 3}))))
check("mut({'a': 1}, lambda d: d.update([('b', 2), ('c', 3)]))", lambda: (mut({'a': 1}, lambda d: d.update([('b', 2), ('c', 3)]))))
check("mut({'a': 1}, lambda d: d.update(b=2, a=0))", lambda: (mut({'a': 1}, lambda d: d.update(b=2, a=0))))
check("mut({'a': 1}, lambda d: d.update({'b': 2}, c=3))", lambda: (mut({'a': 1}, lambda d: d.update({'b': 2}, c=3))))
check("mut({'a': 1}, lambda d: d.update([['x', 1]]))", lambda: (mut({'a': 1}, lambda d: d.update([['x', 1]]))))
check("mut({'a': 1}, lambda d: d.update(['xy']))", lambda: (mut({'a': 1}, lambda d: d.update(['xy']))))
check("mut({'a': 1}, lambda d: d.update(zip('pq', [1, 2])))", lambda: (mut({'a': 1}, lambda d: d.update(zip('pq', [1, 2])))))
check("mut({'a': 1}, lambda d: d.update())", lambda: (mut({'a': 1}, lambda d: d.update())))
check("mut({'a': 1}, lambda d: d.update([]))", lambda: (mut({'a': 1}, lambda d: d.update([]))))
check("mut({'a': 1}, lambda d: d.update(1))", lambda: (mut({'a': 1}, lambda d: d.update(1))))
check("mut({'a': 1}, lambda d: d.update([1]))", lambda: (mut({'a': 1}, lambda d: d.update([1]))))
check("mut({'a': 1}, lambda d: d.update([(1, 2, 3)]))", lambda: (mut({'a': 1}, lambda d: d.update([(1, 2, 3)]))))
check("mut({'a': 1}, lambda d: d.update(['abc']))", lambda: (mut({'a': 1}, lambda d: d.update(['abc']))))
check("mut({'a': 1}, lambda d: d.update([('ok', 1), 'bad']))", lambda: (mut({'a': 1}, lambda d: d.update([('ok', 1), 'bad']))))
check("mut({'a': 1}, lambda d: d.update({'b': 1}, {'c': 2}))", lambda: (mut({'a': 1}, lambda d: d.update({'b': 1}, {'c': 2}))))
check("mut({'a': 1}, lambda d: d.update(None))", lambda: (mut({'a': 1}, lambda d: d.update(None))))

# ---------------------------------------------------------------- views
check("{'a': 1, 'b': 2}.keys()", lambda: ({'a': 1, 'b': 2}.keys()))
check("{'a': 1, 'b': 2}.values()", lambda: ({'a': 1, 'b': 2}.values()))
check("{'a': 1, 'b': 2}.items()", lambda: ({'a': 1, 'b': 2}.items()))
check('{}.keys()', lambda: ({}.keys()))
check('{}.items()', lambda: ({}.items()))
check("list({'a': 1, 'b': 2}.keys())", lambda: (list({'a': 1, 'b': 2}.keys())))
check("list({'a': 1, 'b': 2}.values())", lambda: (list({'a': 1, 'b': 2}.values())))
check("list({'a': 1, 'b': 2}.items())", lambda: (list({'a': 1, 'b': 2}.items())))
check("len({'a': 1, 'b': 2}.items())", lambda: (len({'a': 1, 'b': 2}.items())))
check("'a' in {'a': 1}.keys()", lambda: ('a' in {'a': 1}.keys()))
check("1 in {'a': 1}.values()", lambda: (1 in {'a': 1}.values()))
check("('a', 1) in {'a': 1}.items()", lambda: (('a', 1) in {'a': 1}.items()))
check("('a', 2) in {'a': 1}.items()", lambda: (('a', 2) in {'a': 1}.items()))
check("'a' in {'a': 1}.items()", lambda: ('a' in {'a': 1}.items()))
check("{'a': 1}.keys() == {'a'}", lambda: ({'a': 1}.keys() == {'a'}))
check("{'a': 1}.keys() == ['a']", lambda: ({'a': 1}.keys() == ['a']))
check("{'a': 1, 'b': 2}.keys() == {'b': 0, 'a': 0}.keys()", lambda: ({'a': 1, 'b': 2}.keys() == {'b': 0, 'a': 0}.keys()))
check("{'a': 1}.items() == {('a', 1)}", lambda: ({'a': 1}.items() == {('a', 1)}))
check("{'a': 1}.values() == {'a': 1}.values()", lambda: ({'a': 1}.values() == {'a': 1}.values()))
check("sorted({3: 'c', 1: 'a', 2: 'b'}.keys() & {1, 2, 9})", lambda: (sorted({3: 'c', 1: 'a', 2: 'b'}.keys() & {1, 2, 9})))
check("sorted({3: 'c', 1: 'a', 2: 'b'}.keys() | {9})", lambda: (sorted({3: 'c', 1: 'a', 2: 'b'}.keys() | {9})))
check("sorted({3: 'c', 1: 'a', 2: 'b'}.keys() - {1})", lambda: (sorted({3: 'c', 1: 'a', 2: 'b'}.keys() - {1})))
check("sorted({3: 'c', 1: 'a', 2: 'b'}.keys() ^ {1, 9})", lambda: (sorted({3: 'c', 1: 'a', 2: 'b'}.keys() ^ {1, 9})))
check("{3: 'c', 1: 'a'}.keys() & {1, 2, 9}", lambda: ({3: 'c', 1: 'a'}.keys() & {1, 2, 9}))
check("{1: 'a'}.keys() | [2]", lambda: ({1: 'a'}.keys() | [2]))
check("sorted({1: 'a', 2: 'b'}.items() & {(1, 'a'), (2, 'z')})", lambda: (sorted({1: 'a', 2: 'b'}.items() & {(1, 'a'), (2, 'z')})))
check("{1: 'a'}.keys().isdisjoint({2})", lambda: ({1: 'a'}.keys().isdisjoint({2})))
check("{1: 'a'}.keys().isdisjoint([1])", lambda: ({1: 'a'}.keys().isdisjoint([1])))
check("{1: 'a'}.values() | {1}", lambda: ({1: 'a'}.values() | {1}))
check("{1: 'a'}.keys() <= {1, 2}", lambda: ({1: 'a'}.keys() <= {1, 2}))
check("{1: 'a', 2: 'b'}.keys() > {1}", lambda: ({1: 'a', 2: 'b'}.keys() > {1}))
check("list(reversed({'a': 1, 'b': 2}))", lambda: (list(reversed({'a': 1, 'b': 2}))))
check("list(reversed({'a': 1, 'b': 2}.keys()))", lambda: (list(reversed({'a': 1, 'b': 2}.keys()))))
check("list(reversed({'a': 1, 'b': 2}.values()))", lambda: (list(reversed({'a': 1, 'b': 2}.values()))))
check("list(reversed({'a': 1, 'b': 2}.items()))", lambda: (list(reversed({'a': 1, 'b': 2}.items()))))
check("{'a': 1}.keys().mapping", lambda: ({'a': 1}.keys().mapping))
check("{'a': 1}.keys()[0]", lambda: ({'a': 1}.keys()[0]))
def case_views_are_live():
    d = {'a': 1}
    k = d.keys()
    v = d.values()
    i = d.items()
    d['b'] = 2
    del d['a']
    return list(k), list(v), list(i), len(k)
check('views_are_live', case_views_are_live)
def case_view_iteration_changed_size():
    d = {'a': 1, 'b': 2}
    for k in d.keys():
        d['c'] = 3
    return d
check('view_iteration_changed_size', case_view_iteration_changed_size)
def case_iteration_changed_size():
    d = {'a': 1, 'b': 2}
    for k in d:
        del d[k]
    return d
check('iteration_changed_size', case_iteration_changed_size)
def case_iteration_keys_changed():
    d = {'a': 1, 'b': 2}
    for k in d:
        del d['b']
        d['z'] = 0
    return d
check('iteration_keys_changed', case_iteration_keys_changed)
def case_iteration_value_change_is_fine():
    d = {'a': 1, 'b': 2}
    for k in d:
        d[k] *= 10
    return d
check('iteration_value_change_is_fine', case_iteration_value_change_is_fine)
def case_iterate_over_copy_and_delete():
    d = {'a': 1, 'b': 2, 'c': 3}
    for k in list(d):
        if d[k] % 2:
            del d[k]
    return d

# ---------------------------------------------------------------- operators, subscripts
check('iterate_over_copy_and_delete', case_iterate_over_copy_and_delete)
check("{'a': 1} | {'b': 2}", lambda: ({'a': 1} | {'b': 2}))
check("{'a': 1, 'b': 2} | {'a': 3}", lambda: ({'a': 1, 'b': 2} | {'a': 3}))
check("{'a': 1} | [('b', 2)]", lambda: ({'a': 1} | [('b', 2)]))
check("{'a': 1} | None", lambda: ({'a': 1} | None))
def case_ior():
    d = {'a': 1}
    e = d
    d |= {'b': 2}
    d |= [('c', 3)]
    return d, e is d
check('ior', case_ior)
def case_ior_bad():
    d = {'a': 1}
    d |= 5
    return d
check('ior_bad', case_ior_bad)
check("{'a': 1}['a']", lambda: ({'a': 1}['a']))
check("{'a': 1}['b']", lambda: ({'a': 1}['b']))
check('{}[0]', lambda: ({}[0]))
check('{(1, 2): 3}[(1, 2)]', lambda: ({(1, 2): 3}[(1, 2)]))
check("{'a': 1}[['a']]", lambda: ({'a': 1}[['a']]))
check("{1: 'int'}[1.0]", lambda: ({1: 'int'}[1.0]))
check("{1: 'int'}[True]", lambda: ({1: 'int'}[True]))
check("{0: 'zero'}[False]", lambda: ({0: 'zero'}[False]))
check("{0: 'zero'}[-0.0]", lambda: ({0: 'zero'}[-0.0]))
check("{'1': 1}[1]", lambda: ({'1': 1}[1]))
check("{1: 'a', 1.0: 'b', True: 'c'}", lambda: ({1: 'a', 1.0: 'b', True: 'c'}))
check("{1.0: 'a', 1: 'b'}", lambda: ({1.0: 'a', 1: 'b'}))
check("{'a': 1, 'a': 2}", lambda: ({'a': 1, 'a': 2}))
check("{'a': 1} == {'a': 1.0}", lambda: ({'a': 1} == {'a': 1.0}))
check("{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", lambda: ({'a': 1, 'b': 2} == {'b': 2, 'a': 1}))
check("{'a': 1} != {'a': 2}", lambda: ({'a': 1} != {'a': 2}))
check("{'a': 1} < {'a': 2}", lambda: ({'a': 1} < {'a': 2}))
check('{} == []', lambda: ({} == []))
check("'a' in {'a': 1}", lambda: ('a' in {'a': 1}))
check("1 in {'a': 1}", lambda: (1 in {'a': 1}))
check('[] in {}', lambda: ([] in {}))
check("len({'a': 1, 'b': 2})", lambda: (len({'a': 1, 'b': 2})))
check('bool({})', lambda: (bool({})))
check('bool({0: 0})', lambda: (bool({0: 0})))
check('hash({})', lambda: (hash({})))
check("{'a': 1}.nosuch", lambda: ({'a': 1}.nosuch))
check("{'a': 1}.has_key('a')", lambda: ({'a': 1}.has_key('a')))
check("{'a': 1}.__getitem__('a')", lambda: ({'a': 1}.__getitem__('a')))
check("{'a': 1}.__contains__('a')", lambda: ({'a': 1}.__contains__('a')))
check("{'a': 1}.__len__()", lambda: ({'a': 1}.__len__()))
check("{'a': 1}.__eq__({'a': 1})", lambda: ({'a': 1}.__eq__({'a': 1})))
check("{'a': 1}.__eq__(1)", lambda: ({'a': 1}.__eq__(1)))
check("{'a': 1}.__or__({'b': 2})", lambda: ({'a': 1}.__or__({'b': 2})))
check("{'a': 1}.__or__(1)", lambda: ({'a': 1}.__or__(1)))
check('dict.__name__', lambda: (dict.__name__))
def case_setitem_and_order():
    d = {'b': 1, 'a': 2}
    d['c'] = 3
    d['b'] = 10
    return d
check('setitem_and_order', case_setitem_and_order)
def case_del_and_reinsert_moves_to_end():
    d = {'a': 1, 'b': 2, 'c': 3}
    del d['a']
    d['a'] = 1
    return d, list(d)
check('del_and_reinsert_moves_to_end', case_del_and_reinsert_moves_to_end)
def case_del_missing():
    d = {'a': 1}
    del d['b']
    return d
check('del_missing', case_del_missing)
def case_setitem_unhashable():
    d = {}
    d[[1]] = 2
    return d
check('setitem_unhashable', case_setitem_unhashable)
def case_float_key_replaces_value_keeps_key():
    d = {1: 'a'}
    d[1.0] = 'b'
    d[True] = 'c'
    return d
check('float_key_replaces_value_keeps_key', case_float_key_replaces_value_keeps_key)
def case_recursive_repr():
    d = {'a': 1}
    d['self'] = d
    return repr(d)
check('recursive_repr', case_recursive_repr)
def case_nested_in_list_recursive():
    d = {}
    d['l'] = [d]
    return repr(d)
check('nested_in_list_recursive', case_nested_in_list_recursive)
def case_counting():
    counts = {}
    for ch in 'mississippi':
        counts[ch] = counts.get(ch, 0) + 1
    return counts
check('counting', case_counting)
def case_sorted_by_value():
    d = {'a': 3, 'b': 1, 'c': 2, 'd': 1}
    return sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get), min(d, key=d.get)
check('sorted_by_value', case_sorted_by_value)
def case_dict_of_tuples_unpack():
    out = []
    for k, (x, y) in {'p': (1, 2), 'q': (3, 4)}.items():
        out.append(k + str(x + y))
    return out
check('dict_of_tuples_unpack', case_dict_of_tuples_unpack)
def case_keys_iteration_order_ints():
    d = {}
    for k in [5, 3, 100, -1, 0]:
        d[k] = k * k
    return list(d), list(d.values())

# ---------------------------------------------------------------- dict() constructor and displays
check('keys_iteration_order_ints', case_keys_iteration_order_ints)
check('dict()', lambda: (dict()))
check('dict(a=1, b=2)', lambda: (dict(a=1, b=2)))
check("dict({'a': 1}, b=2)", lambda: (dict({'a': 1}, b=2)))
check("dict({'a': 1}, a=2)", lambda: (dict({'a': 1}, a=2)))
check("dict([('a', 1), ('b', 2)])", lambda: (dict([('a', 1), ('b', 2)])))
check("dict([['a', 1]])", lambda: (dict([['a', 1]])))
check("dict(['ab', 'cd'])", lambda: (dict(['ab', 'cd'])))
check("dict(zip('ab', [1, 2]))", lambda: (dict(zip('ab', [1, 2]))))
check('dict(((1, 2), (3, 4)))', lambda: (dict(((1, 2), (3, 4)))))
check('dict({1: 2}.items())', lambda: (dict({1: 2}.items())))
check("dict(enumerate('xy'))", lambda: (dict(enumerate('xy'))))
check('dict([(1, 2, 3)])', lambda: (dict([(1, 2, 3)])))
check('dict([1])', lambda: (dict([1])))
check('dict(1)', lambda: (dict(1)))
check("dict('ab')", lambda: (dict('ab')))
check('dict(None)', lambda: (dict(None)))
check('dict({}, {})', lambda: (dict({}, {})))
check("dict([('a', 1)], [('b', 2)])", lambda: (dict([('a', 1)], [('b', 2)])))
check("{**{'a': 1}, 'b': 2}", lambda: ({**{'a': 1}, 'b': 2}))
check("{**{'a': 1}, **{'a': 2}}", lambda: ({**{'a': 1}, **{'a': 2}}))
check("{'x': 0, **{'x': 1}, 'x': 2}", lambda: ({'x': 0, **{'x': 1}, 'x': 2}))
check('{**[1]}', lambda: ({**[1]}))
check("{k: v for k, v in [('a', 1), ('b', 2)]}", lambda: ({k: v for k, v in [('a', 1), ('b', 2)]}))
check('{x: x * x for x in range(4) if x % 2}', lambda: ({x: x * x for x in range(4) if x % 2}))
check('{x % 3: x for x in range(10)}', lambda: ({x % 3: x for x in range(10)}))
check("{c: i for i, c in enumerate('hello')}", lambda: ({c: i for i, c in enumerate('hello')}))
check('{(i, j): i * j for i in range(2) for j in range(2)}', lambda: ({(i, j): i * j for i in range(2) for j in range(2)}))
check('{[]: 1 for _ in range(1)}', lambda: ({[]: 1 for _ in range(1)}))
check("repr({'a': 'b', 1: None, (1,): [2]})", lambda: (repr({'a': 'b', 1: None, (1,): [2]})))
check('str({\'q\': "it\'s"})', lambda: (str({'q': "it's"})))
check('{}', lambda: ({}))
check('{1: {2: {3: {}}}}', lambda: ({1: {2: {3: {}}}}))

# ---------------------------------------------------------------- more edge cases
check("{'a': 1}.get('a', 'd') or 'fallback'", lambda: ({'a': 1}.get('a', 'd') or 'fallback'))
check("{'a': 0}.get('a') or 'fallback'", lambda: ({'a': 0}.get('a') or 'fallback'))
check("{'a': 1}.pop('a', None)", lambda: ({'a': 1}.pop('a', None)))
check('dict.fromkeys(x * 2 for x in range(3))', lambda: (dict.fromkeys(x * 2 for x in range(3))))
check("dict.fromkeys('ab', None) == {'a': None, 'b': None}", lambda: (dict.fromkeys('ab', None) == {'a': None, 'b': None}))
check("list({'a': 1, 'b': 2}) == list({'a': 1, 'b': 2}.keys())", lambda: (list({'a': 1, 'b': 2}) == list({'a': 1, 'b': 2}.keys())))
check("{'a': 1}.keys() == {'a': 2}.keys()", lambda: ({'a': 1}.keys() == {'a': 2}.keys()))
check("{'a': 1}.items() == {'a': 2}.items()", lambda: ({'a': 1}.items() == {'a': 2}.items()))
check('{}.keys() == set()', lambda: ({}.keys() == set()))
check("{1: 'a'}.keys() < {1, 2}", lambda: ({1: 'a'}.keys() < {1, 2}))
check("{1: 'a'}.keys() < {1}", lambda: ({1: 'a'}.keys() < {1}))
check("{1: 'a'}.keys() - {1: 'z'}.keys()", lambda: ({1: 'a'}.keys() - {1: 'z'}.keys()))
check("{1: 'a', 2: 'b'}.keys() & {2: 0}.keys()", lambda: ({1: 'a', 2: 'b'}.keys() & {2: 0}.keys()))
check("{1: 'a', 2: 'b'}.items() - {(1, 'a')}", lambda: ({1: 'a', 2: 'b'}.items() - {(1, 'a')}))
check("{1: 'a'}.values() in [{1: 'a'}.values()]", lambda: ({1: 'a'}.values() in [{1: 'a'}.values()]))
check("{1: 'a'}.values()[0]", lambda: ({1: 'a'}.values()[0]))
check("list({1: 'a', 2: 'b'}.values()) == ['a', 'b']", lambda: (list({1: 'a', 2: 'b'}.values()) == ['a', 'b']))
check("next(iter({'first': 1, 'second': 2}))", lambda: (next(iter({'first': 1, 'second': 2}))))
check("next(reversed({'first': 1, 'second': 2}))", lambda: (next(reversed({'first': 1, 'second': 2}))))
check("next(reversed({'first': 1, 'second': 2}.items()))", lambda: (next(reversed({'first': 1, 'second': 2}.items()))))
check("dict({'a': 1}) == {'a': 1}", lambda: (dict({'a': 1}) == {'a': 1}))
check("dict({'a': 1}) is {'a': 1}", lambda: (dict({'a': 1}) is {'a': 1}))
check("dict(**{'a': 1}, b=2)", lambda: (dict(**{'a': 1}, b=2)))
check("dict([('a', 1), ('a', 2)])", lambda: (dict([('a', 1), ('a', 2)])))
check('dict.fromkeys([1, 1.0, True])', lambda: (dict.fromkeys([1, 1.0, True])))
check("{0: 'a', 0.0: 'b', False: 'c'}", lambda: ({0: 'a', 0.0: 'b', False: 'c'}))
check("{(1, 2): 'x', (1, 2.0): 'y'}", lambda: ({(1, 2): 'x', (1, 2.0): 'y'}))
check("{'x': [1, 2]}['x'][1]", lambda: ({'x': [1, 2]}['x'][1]))
check("{'x': {'y': {'z': 1}}}['x']['y']['z']", lambda: ({'x': {'y': {'z': 1}}}['x']['y']['z']))
check("{'x': {'y': 1}}['x']['missing']", lambda: ({'x': {'y': 1}}['x']['missing']))
check("{'x': None}['x']['y']", lambda: ({'x': None}['x']['y']))
check("{True: 'yes'}[1]", lambda: ({True: 'yes'}[1]))
check("{1.5: 'f'}[1.5]", lambda: ({1.5: 'f'}[1.5]))
check("{float('nan'): 1}[float('nan')]", lambda: ({float('nan'): 1}[float('nan')]))
check("{None: 'none', (): 'empty tuple', '': 'empty str'}", lambda: ({None: 'none', (): 'empty tuple', '': 'empty str'}))
check("{frozenset([1]): 'fs'}[frozenset([1])]", lambda: ({frozenset([1]): 'fs'}[frozenset([1])]))
check("{'a': 1}.__contains__(['a'])", lambda: ({'a': 1}.__contains__(['a'])))
check("{'a': 1}.get(['a'])", lambda: ({'a': 1}.get(['a'])))
check("{'a': 1}.items().__len__()", lambda: ({'a': 1}.items().__len__()))
check('len({i: i for i in range(1000)})', lambda: (len({i: i for i in range(1000)})))
check('sum({1: 10, 2: 20}.values())', lambda: (sum({1: 10, 2: 20}.values())))
check("max({'b': 1, 'a': 2})", lambda: (max({'b': 1, 'a': 2})))
check("min({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1])", lambda: (min({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1])))
check("sorted({'b': 1, 'a': 2}.items(), reverse=True)", lambda: (sorted({'b': 1, 'a': 2}.items(), reverse=True)))
check("sorted({'b': 1, 'a': 2}, key=lambda k: -{'b': 1, 'a': 2}[k])", lambda: (sorted({'b': 1, 'a': 2}, key=lambda k: -{'b': 1, 'a': 2}[k])))
check('any({})', lambda: (any({})))
check("any({0: 'x'})", lambda: (any({0: 'x'})))
check('all({1: 0})', lambda: (all({1: 0})))
check("{'a': 1}.setdefault('a')", lambda: ({'a': 1}.setdefault('a')))
check("{'a': 1}.copy() == {'a': 1}", lambda: ({'a': 1}.copy() == {'a': 1}))
def case_popitem_until_empty():
    d = {1: 'a', 2: 'b', 3: 'c'}
    out = []
    while d:
        out.append(d.popitem())
    return out, d
check('popitem_until_empty', case_popitem_until_empty)
def case_update_with_self():
    d = {'a': 1}
    d.update(d)
    d.update(d.items())
    return d
check('update_with_self', case_update_with_self)
def case_update_keeps_position_of_existing_keys():
    d = {'a': 1, 'b': 2, 'c': 3}
    d.update({'c': 30, 'z': 0, 'a': 10})
    return d
check('update_keeps_position_of_existing_keys', case_update_keeps_position_of_existing_keys)
def case_delete_during_items_iteration():
    d = {'a': 1, 'b': 2}
    for k, v in d.items():
        del d[k]
check('delete_during_items_iteration', case_delete_during_items_iteration)
def case_pop_during_values_iteration():
    d = {'a': 1, 'b': 2}
    for v in d.values():
        d.pop('b', None)
check('pop_during_values_iteration', case_pop_during_values_iteration)
def case_dict_of_lists():
    d = {}
    for word in ['one', 'two', 'three', 'four']:
        d.setdefault(len(word), []).append(word)
    return d
check('dict_of_lists', case_dict_of_lists)
def case_invert_dict_with_duplicates():
    d = {'a': 1, 'b': 2, 'c': 1}
    inv = {}
    for k, v in d.items():
        inv.setdefault(v, []).append(k)
    return inv
check('invert_dict_with_duplicates', case_invert_dict_with_duplicates)
def case_nested_update():
    config = {'db': {'host': 'x', 'port': 1}}
    config['db']['port'] = 2
    config['db'].update(user='u')
    return config
check('nested_update', case_nested_update)
def case_dict_equality_nested():
    return {'a': [1, {'b': 2}]} == {'a': [1, {'b': 2}]}, {'a': [1]} == {'a': (1,)}
check('dict_equality_nested', case_dict_equality_nested)
def case_keys_after_many_deletes():
    d = {}
    for i in range(20):
        d[i] = i
    for i in range(0, 20, 2):
        del d[i]
    d[0] = 'back'
    return list(d)
check('keys_after_many_deletes', case_keys_after_many_deletes)
def case_dict_view_len_and_bool_after_clear():
    d = {'a': 1}
    k = d.keys()
    d.clear()
    return len(k), bool(k), list(k)
check('dict_view_len_and_bool_after_clear', case_dict_view_len_and_bool_after_clear)
def case_get_does_not_insert():
    d = {}
    d.get('a')
    return d, 'a' in d
check('get_does_not_insert', case_get_does_not_insert)
def case_in_checks_keys_not_values():
    d = {'k': 'v'}
    return 'k' in d, 'v' in d, 'v' in d.values()
check('in_checks_keys_not_values', case_in_checks_keys_not_values)
