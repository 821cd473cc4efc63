"""Conformance: unpacking — tuple/list targets, nested targets, starred targets,
swaps and evaluation order, for-loop targets, chained assignment, * and ** in calls
and in list/tuple/set/dict displays, and the unpacking error messages.

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


def f(*args, **kwargs):
    return args, kwargs
def abc(a, b, c):
    return a, b, c

# ---------------------------------------------------------------- basic and nested targets
def case_tuple_target():
    a, b = 1, 2
    return a, b
check('tuple_target', case_tuple_target)
def case_list_target():
    [a, b] = 'xy'
    return a, b
check('list_target', case_list_target)
def case_parenthesized_target():
    (a, b), c = (1, 2), 3
    return a, b, c
check('parenthesized_target', case_parenthesized_target)
def case_nested_deep():
    a, (b, (c, d)), e = 1, [2, (3, 4)], 5
    return a, b, c, d, e
check('nested_deep', case_nested_deep)
def case_unpack_string():
    a, b, c = 'abc'
    return a, b, c
check('unpack_string', case_unpack_string)
def case_unpack_dict_gives_keys():
    a, b = {'k1': 1, 'k2': 2}
    return a, b
check('unpack_dict_gives_keys', case_unpack_dict_gives_keys)
def case_unpack_dict_items():
    (k1, v1), (k2, v2) = {'a': 1, 'b': 2}.items()
    return k1, v1, k2, v2
check('unpack_dict_items', case_unpack_dict_items)
def case_unpack_range():
    a, b, c = range(3)
    return a, b, c
check('unpack_range', case_unpack_range)
def case_unpack_generator():
    a, b = (x * x for x in [3, 4])
    return a, b
check('unpack_generator', case_unpack_generator)
def case_unpack_int_set():
    a, b = {2, 1}
    return sorted([a, b])
check('unpack_int_set', case_unpack_int_set)
def case_unpack_single_element_tuple():
    a, = [5]
    (b,) = (6,)
    [c] = 'z'
    return a, b, c
check('unpack_single_element_tuple', case_unpack_single_element_tuple)
def case_unpack_into_attributes_and_items():
    class O:
        pass
    o = O()
    d = {}
    l = [0, 0]
    o.x, d['k'], l[1] = 1, 2, 3
    return o.x, d, l
check('unpack_into_attributes_and_items', case_unpack_into_attributes_and_items)
def case_unpack_into_slice():
    l = [1, 2, 3, 4]
    l[1:3], x = ['a', 'b', 'c'], 'x'
    return l, x

# ---------------------------------------------------------------- starred targets
check('unpack_into_slice', case_unpack_into_slice)
def case_star_end():
    a, *rest = [1, 2, 3, 4]
    return a, rest
check('star_end', case_star_end)
def case_star_start():
    *init, last = [1, 2, 3, 4]
    return init, last
check('star_start', case_star_start)
def case_star_middle():
    first, *mid, last = range(6)
    return first, mid, last
check('star_middle', case_star_middle)
def case_star_empty():
    a, *b, c = [1, 2]
    return a, b, c
check('star_empty', case_star_empty)
def case_star_only():
    *a, = (1, 2)
    return a
check('star_only', case_star_only)
def case_star_from_string():
    first, *others = 'hello'
    return first, others
check('star_from_string', case_star_from_string)
def case_star_result_is_list():
    *a, b = (1, 2, 3)
    return type(a).__name__, a
check('star_result_is_list', case_star_result_is_list)
def case_star_nested():
    (a, *b), *c = [1, 2, 3], 4, 5
    return a, b, c
check('star_nested', case_star_nested)
def case_star_in_for():
    out = []
    for first, *rest in [(1, 2, 3), (4,), 'ab']:
        out.append((first, rest))
    return out
check('star_in_for', case_star_in_for)
def case_star_not_enough():
    a, b, *c = [1]
    return a
check('star_not_enough', case_star_not_enough)
def case_star_not_enough_middle():
    a, *b, c, d = [1, 2]
    return a

# ---------------------------------------------------------------- swaps, evaluation order, chained assignment
check('star_not_enough_middle', case_star_not_enough_middle)
def case_swap():
    a, b = 1, 2
    a, b = b, a
    return a, b
check('swap', case_swap)
def case_rotate_three():
    a, b, c = 1, 2, 3
    a, b, c = b, c, a
    return a, b, c
check('rotate_three', case_rotate_three)
def case_swap_list_items():
    l = [1, 2, 3]
    l[0], l[2] = l[2], l[0]
    return l
check('swap_list_items', case_swap_list_items)
def case_fib_step():
    a, b = 0, 1
    for _ in range(10):
        a, b = b, a + b
    return a, b
check('fib_step', case_fib_step)
def case_target_order_left_to_right():
    l = [0, 0, 0]
    i = 0
    i, l[i] = 2, 'x'
    return i, l
check('target_order_left_to_right', case_target_order_left_to_right)
def case_same_name_twice():
    a, a = 1, 2
    return a
check('same_name_twice', case_same_name_twice)
def case_chained_assignment_shares_object():
    a = b = []
    a.append(1)
    return a, b, a is b
check('chained_assignment_shares_object', case_chained_assignment_shares_object)
def case_chained_assignment_order():
    l = [0, 0]
    i = l[i] = 1
    return i, l
check('chained_assignment_order', case_chained_assignment_order)
def case_chained_with_unpack():
    a, b = c = 1, 2
    return a, b, c
check('chained_with_unpack', case_chained_with_unpack)
def case_augmented_on_subscript_evaluates_once():
    calls = []
    l = [10, 20]
    def idx():
        calls.append(1)
        return 1
    l[idx()] += 5
    return l, len(calls)
check('augmented_on_subscript_evaluates_once', case_augmented_on_subscript_evaluates_once)
def case_rhs_evaluated_before_assignment():
    x = [1, 2]
    x, y = x + [3], x
    return x, y

# ---------------------------------------------------------------- for-loop targets
check('rhs_evaluated_before_assignment', case_rhs_evaluated_before_assignment)
def case_for_pairs():
    return [a * b for a, b in [(1, 2), (3, 4)]]
check('for_pairs', case_for_pairs)
def case_for_enumerate_nested():
    out = []
    for i, (name, score) in enumerate([('a', 1), ('b', 2)], 1):
        out.append(str(i) + name + str(score))
    return out
check('for_enumerate_nested', case_for_enumerate_nested)
def case_for_zip_three():
    return [a + b + c for a, b, c in zip('ab', 'cd', 'ef')]
check('for_zip_three', case_for_zip_three)
def case_for_dict_items():
    return [k + '=' + str(v) for k, v in {'x': 1, 'y': 2}.items()]
check('for_dict_items', case_for_dict_items)
def case_for_target_attribute():
    class O:
        pass
    o = O()
    for o.v in range(3):
        pass
    return o.v
check('for_target_attribute', case_for_target_attribute)
def case_for_target_subscript():
    l = [None]
    out = []
    for l[0] in 'ab':
        out.append(list(l))
    return out
check('for_target_subscript', case_for_target_subscript)
def case_for_loop_variable_after_loop():
    for i in range(3):
        pass
    return i
check('for_loop_variable_after_loop', case_for_loop_variable_after_loop)
def case_for_loop_variable_unset_when_empty():
    for j in []:
        pass
    return j
check('for_loop_variable_unset_when_empty', case_for_loop_variable_unset_when_empty)
def case_for_wrong_arity():
    for a, b in [(1, 2, 3)]:
        pass

# ---------------------------------------------------------------- * and ** in calls
check('for_wrong_arity', case_for_wrong_arity)
check('f(*[1, 2])', lambda: (f(*[1, 2])))
check("f(*'ab', *(3,))", lambda: (f(*'ab', *(3,))))
check('f(0, *[1], 2, *[3])', lambda: (f(0, *[1], 2, *[3])))
check("f(*range(3), **{'k': 1})", lambda: (f(*range(3), **{'k': 1})))
check("f(**{'a': 1, 'b': 2})", lambda: (f(**{'a': 1, 'b': 2})))
check("f(**{'a': 1}, b=2, **{'c': 3})", lambda: (f(**{'a': 1}, b=2, **{'c': 3})))
check('f(*[], **{})', lambda: (f(*[], **{})))
check("f(*{1: 'x', 2: 'y'})", lambda: (f(*{1: 'x', 2: 'y'})))
check('f(**dict(x=1))', lambda: (f(**dict(x=1))))
check('abc(*[1, 2, 3])', lambda: (abc(*[1, 2, 3])))
check('abc(1, *[2, 3])', lambda: (abc(1, *[2, 3])))
check("abc(*[1], **{'b': 2, 'c': 3})", lambda: (abc(*[1], **{'b': 2, 'c': 3})))
check("abc(**{'c': 3, 'a': 1, 'b': 2})", lambda: (abc(**{'c': 3, 'a': 1, 'b': 2})))
check('abc(*[1, 2])', lambda: (abc(*[1, 2])))
check('abc(*[1, 2, 3, 4])', lambda: (abc(*[1, 2, 3, 4])))
check("abc(1, **{'a': 1, 'b': 2, 'c': 3})", lambda: (abc(1, **{'a': 1, 'b': 2, 'c': 3})))
check("abc(**{'a': 1, 'b': 2, 'c': 3, 'd': 4})", lambda: (abc(**{'a': 1, 'b': 2, 'c': 3, 'd': 4})))
check('f(*5)', lambda: (f(*5)))
check('f(*None)', lambda: (f(*None)))
check("f(**[('a', 1)])", lambda: (f(**[('a', 1)])))
check("f(**{'a': 1}, **{'a': 2})", lambda: (f(**{'a': 1}, **{'a': 2})))
check("f(**{'a': 1}, a=2)", lambda: (f(**{'a': 1}, a=2)))
check("f(**{1: 'x'})", lambda: (f(**{1: 'x'})))
check("print(*[1, 2], sep='+') is None", lambda: (print(*[1, 2], sep='+') is None))
def case_star_args_evaluated_once_in_order():
    log = []
    def src(tag, vals):
        log.append(tag)
        return vals
    r = f(*src('first', [1]), *src('second', [2]), **src('third', {'k': 3}))
    return r, log

# ---------------------------------------------------------------- * and ** in displays
check('star_args_evaluated_once_in_order', case_star_args_evaluated_once_in_order)
check("[*[1, 2], *(3,), *'ab']", lambda: ([*[1, 2], *(3,), *'ab']))
check('[*range(3), 99, *range(2)]', lambda: ([*range(3), 99, *range(2)]))
check('(*[1, 2], 3)', lambda: ((*[1, 2], 3)))
check("(*'xy',)", lambda: ((*'xy',)))
check('{*[1, 2], *(2, 3)}', lambda: ({*[1, 2], *(2, 3)}))
check("{**{'a': 1}, 'b': 2}", lambda: ({**{'a': 1}, 'b': 2}))
check("{**{'a': 1}, **{'a': 3, 'c': 4}}", lambda: ({**{'a': 1}, **{'a': 3, 'c': 4}}))
check("{'a': 0, **{'a': 1}}", lambda: ({'a': 0, **{'a': 1}}))
check("{**{'a': 1}, 'a': 2}", lambda: ({**{'a': 1}, 'a': 2}))
check("{**dict(x=1), **{1: 'int key'}}", lambda: ({**dict(x=1), **{1: 'int key'}}))
check('[*{}]', lambda: ([*{}]))
check("[*{'k': 1}]", lambda: ([*{'k': 1}]))
check("[*{'k': 1}.items()]", lambda: ([*{'k': 1}.items()]))
check('[*5]', lambda: ([*5]))
check('{**[1, 2]}', lambda: ({**[1, 2]}))
check('{**None}', lambda: ({**None}))
check('[*[], *()]', lambda: ([*[], *()]))
check('len([*range(100)])', lambda: (len([*range(100)])))
def case_merge_dicts_copy():
    base = {'a': [1]}
    merged = {**base}
    merged['b'] = 2
    merged['a'].append(2)
    return base, merged
check('merge_dicts_copy', case_merge_dicts_copy)
