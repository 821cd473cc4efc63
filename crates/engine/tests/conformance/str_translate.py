"""Conformance: str.maketrans and str.translate (optional in the spec: kept apart from
str_methods.py so that the main str table does not depend on them).

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


check("str.maketrans('abc', 'xyz')", lambda: (str.maketrans('abc', 'xyz')))
check("str.maketrans({'a': 'b', 'c': None})", lambda: (str.maketrans({'a': 'b', 'c': None})))
check("str.maketrans({97: 'b'})", lambda: (str.maketrans({97: 'b'})))
check("str.maketrans('ab', 'cd', 'e')", lambda: (str.maketrans('ab', 'cd', 'e')))
check("str.maketrans('', '', 'xy')", lambda: (str.maketrans('', '', 'xy')))
check("str.maketrans('abc', 'xy')", lambda: (str.maketrans('abc', 'xy')))
check("str.maketrans({'ab': 'c'})", lambda: (str.maketrans({'ab': 'c'})))
check("str.maketrans('abc')", lambda: (str.maketrans('abc')))
check('str.maketrans(1)', lambda: (str.maketrans(1)))
check('str.maketrans()', lambda: (str.maketrans()))
check("''.maketrans('a', 'b')", lambda: (''.maketrans('a', 'b')))
check("'hello'.translate(str.maketrans('lo', '01'))", lambda: ('hello'.translate(str.maketrans('lo', '01'))))
check("'hello'.translate(str.maketrans('', '', 'l'))", lambda: ('hello'.translate(str.maketrans('', '', 'l'))))
check("'hello'.translate({104: 'J', 111: None})", lambda: ('hello'.translate({104: 'J', 111: None})))
check("'hello'.translate({104: 74})", lambda: ('hello'.translate({104: 74})))
check("'hello'.translate({104: 'JJ'})", lambda: ('hello'.translate({104: 'JJ'})))
check("'hello'.translate({})", lambda: ('hello'.translate({})))
check("'hello'.translate([])", lambda: ('hello'.translate([])))
check("'hello'.translate({104: 1.5})", lambda: ('hello'.translate({104: 1.5})))
check("'hello'.translate({104: -1})", lambda: ('hello'.translate({104: -1})))
check("'hello'.translate()", lambda: ('hello'.translate()))
check("'hello'.translate(5)", lambda: ('hello'.translate(5)))
check("'abc'.translate(['x', 'y', 'z'] * 40)", lambda: ('abc'.translate(['x', 'y', 'z'] * 40)))
