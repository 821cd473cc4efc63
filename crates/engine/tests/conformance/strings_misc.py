"""Conformance: str beyond its methods — literals and escape sequences, repr of
strings (quote choice, escapes, non-printables), in, comparisons, + and *, indexing,
iteration, len and unicode (é, ß, İ, emoji, combining marks), str(), chr/ord,
immutability, str.join errors, and the misc errors of str operations.

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


s = 'héllo'

# ---------------------------------------------------------------- literals and escapes
check("'a\\tb'", lambda: ('a\tb'))
check("'a\\nb'", lambda: ('a\nb'))
check("'a\\\\b'", lambda: ('a\\b'))
check("'a\\'b'", lambda: ('a\'b'))
check('"a\\"b"', lambda: ("a\"b"))
check('"it\'s"', lambda: ("it's"))
check('\'say "hi"\'', lambda: ('say "hi"'))
check('\'both \\\' and "\'', lambda: ('both \' and "'))
check("'\\x41\\x42'", lambda: ('\x41\x42'))
check("'\\101'", lambda: ('\101'))
check("'\\0'", lambda: ('\0'))
check("'\\u00e9'", lambda: ('\u00e9'))
check("'\\U0001F600'", lambda: ('\U0001F600'))
check("'\\N{BULLET}'", lambda: ('\N{BULLET}'))
check("'\\N{GREEK SMALL LETTER ALPHA}'", lambda: ('\N{GREEK SMALL LETTER ALPHA}'))
def case_backslash_newline_continuation():
    return 'a\
    b'
check('backslash_newline_continuation', case_backslash_newline_continuation)
check("r'a\\nb'", lambda: (r'a\nb'))
check("r'\\d+\\.'", lambda: (r'\d+\.'))
check("len(r'\\n')", lambda: (len(r'\n')))
check("'abc' 'def'", lambda: ('abc' 'def'))
def case_implicit_concatenation_across_lines():
    return ('multi'
            'line')
check('implicit_concatenation_across_lines', case_implicit_concatenation_across_lines)
check('"""tri\'ple"""', lambda: ("""tri'ple"""))
check('\'\'\'x"y\'\'\'', lambda: ('''x"y'''))
check("'\\a\\b\\f\\v\\r'", lambda: ('\a\b\f\v\r'))
check("'\\x7f\\x80\\x9f\\xa0\\xad'", lambda: ('\x7f\x80\x9f\xa0\xad'))
check("'\\u200b\\u2028\\ufeff'", lambda: ('\u200b\u2028\ufeff'))
check("'\\ud800'", lambda: ('\ud800'))
check("'\\U0010ffff'", lambda: ('\U0010ffff'))
check("'tab\\there'", lambda: ('tab\there'))
check("str('\\t')", lambda: (str('\t')))
check("len('\\x00')", lambda: (len('\x00')))
check("'\\q'", lambda: ('\q'))

# ---------------------------------------------------------------- repr / str
check("repr('abc')", lambda: (repr('abc')))
check('repr("it\'s")', lambda: (repr("it's")))
check('repr(\'say "hi"\')', lambda: (repr('say "hi"')))
check('repr(\'both \\\' and "\')', lambda: (repr('both \' and "')))
check("repr('\\n\\t\\r\\\\')", lambda: (repr('\n\t\r\\')))
check("repr('é ß 中 😀')", lambda: (repr('é ß 中 😀')))
check("repr('\\x00\\x1f\\x7f')", lambda: (repr('\x00\x1f\x7f')))
check("repr('\\xa0')", lambda: (repr('\xa0')))
check("repr('\\u2028')", lambda: (repr('\u2028')))
check("repr('\\U0001F600')", lambda: (repr('\U0001F600')))
check("str('abc')", lambda: (str('abc')))
check('str(123)', lambda: (str(123)))
check("str([1, 'a'])", lambda: (str([1, 'a'])))
check('str(b=1)', lambda: (str(b=1)))
check('str(1, 2, 3, 4)', lambda: (str(1, 2, 3, 4)))
check("ascii('é😀')", lambda: (ascii('é😀')))
check("ascii('plain')", lambda: (ascii('plain')))
check("ascii(['é'])", lambda: (ascii(['é'])))

# ---------------------------------------------------------------- in / comparisons / + / *
check("'ell' in 'hello'", lambda: ('ell' in 'hello'))
check("'' in 'hello'", lambda: ('' in 'hello'))
check("'' in ''", lambda: ('' in ''))
check("'xyz' in 'hello'", lambda: ('xyz' in 'hello'))
check("'H' in 'hello'", lambda: ('H' in 'hello'))
check("1 in 'abc'", lambda: (1 in 'abc'))
check("['a'] in 'abc'", lambda: (['a'] in 'abc'))
check("'a' not in 'abc'", lambda: ('a' not in 'abc'))
check("'abc' == 'abc'", lambda: ('abc' == 'abc'))
check("'abc' == 'ABC'", lambda: ('abc' == 'ABC'))
check("'a' < 'b'", lambda: ('a' < 'b'))
check("'B' < 'a'", lambda: ('B' < 'a'))
check("'abc' < 'abd'", lambda: ('abc' < 'abd'))
check("'ab' < 'abc'", lambda: ('ab' < 'abc'))
check("'' < 'a'", lambda: ('' < 'a'))
check("'Z' < 'a' < 'é'", lambda: ('Z' < 'a' < 'é'))
check("'10' < '9'", lambda: ('10' < '9'))
check("'a' < 1", lambda: ('a' < 1))
check("'a' == 1", lambda: ('a' == 1))
check("max('apple', 'Banana', 'cherry')", lambda: (max('apple', 'Banana', 'cherry')))
check("min('hello')", lambda: (min('hello')))
check("max('hello')", lambda: (max('hello')))
check("sorted('hello')", lambda: (sorted('hello')))
check("sorted(['b', 'B', 'a', 'A', '_', '1'])", lambda: (sorted(['b', 'B', 'a', 'A', '_', '1'])))
check("'ab' + 'cd'", lambda: ('ab' + 'cd'))
check("'ab' + ''", lambda: ('ab' + ''))
check("'a' + 1", lambda: ('a' + 1))
check("'a' + None", lambda: ('a' + None))
check("'a' + ['b']", lambda: ('a' + ['b']))
check("1 + 'a'", lambda: (1 + 'a'))
check("'ab' * 3", lambda: ('ab' * 3))
check("3 * 'ab'", lambda: (3 * 'ab'))
check("'ab' * 0", lambda: ('ab' * 0))
check("'ab' * -2", lambda: ('ab' * -2))
check("'ab' * 2.0", lambda: ('ab' * 2.0))
check("'ab' * 'c'", lambda: ('ab' * 'c'))
check("'-' * 20", lambda: ('-' * 20))
check("'a' - 'b'", lambda: ('a' - 'b'))
check("'a' / 2", lambda: ('a' / 2))
check("-'a'", lambda: (-'a'))
def case_augmented_concat():
    t = 'a'
    u = t
    t += 'b'
    t *= 2
    return t, u

# ---------------------------------------------------------------- indexing / iteration / len
check('augmented_concat', case_augmented_concat)
check("'hello'[0]", lambda: ('hello'[0]))
check("'hello'[-1]", lambda: ('hello'[-1]))
check("'hello'[4]", lambda: ('hello'[4]))
check("'hello'[5]", lambda: ('hello'[5]))
check("'hello'[-6]", lambda: ('hello'[-6]))
check("''[0]", lambda: (''[0]))
check("'hello'['0']", lambda: ('hello'['0']))
check("'hello'[1.0]", lambda: ('hello'[1.0]))
check("'hello'[None]", lambda: ('hello'[None]))
check("list('hello')", lambda: (list('hello')))
check("[c for c in 'abc']", lambda: ([c for c in 'abc']))
check("[c.upper() for c in 'abc' if c != 'b']", lambda: ([c.upper() for c in 'abc' if c != 'b']))
check("list(enumerate('ab'))", lambda: (list(enumerate('ab'))))
check("list(reversed('abc'))", lambda: (list(reversed('abc'))))
check("len('')", lambda: (len('')))
check("len('hello')", lambda: (len('hello')))
check('len(s)', lambda: (len(s)))
check("len('ß')", lambda: (len('ß')))
check("len('😀')", lambda: (len('😀')))
check("len('e\\u0301')", lambda: (len('e\u0301')))
check("len('\\r\\n')", lambda: (len('\r\n')))
check('s[1]', lambda: (s[1]))
check('s.upper()', lambda: (s.upper()))
check("s.index('l')", lambda: (s.index('l')))
check("'ß'.upper()", lambda: ('ß'.upper()))
check("'ß'.lower()", lambda: ('ß'.lower()))
check("'ß'.casefold()", lambda: ('ß'.casefold()))
check("'İ'.lower()", lambda: ('İ'.lower()))
check("len('İ'.lower())", lambda: (len('İ'.lower())))
check("'ı'.upper()", lambda: ('ı'.upper()))
check("'ﬀ'.upper()", lambda: ('ﬀ'.upper()))
check("'ǅ'.lower()", lambda: ('ǅ'.lower()))
check("'ǅ'.upper()", lambda: ('ǅ'.upper()))
check("'ǅ'.istitle()", lambda: ('ǅ'.istitle()))
check("'Σ'.lower()", lambda: ('Σ'.lower()))
check("'ΑΣ'.lower()", lambda: ('ΑΣ'.lower()))
check("'ΑΣ Α'.lower()", lambda: ('ΑΣ Α'.lower()))
check("'😀'.upper()", lambda: ('😀'.upper()))
check("'e\\u0301' == '\\u00e9'", lambda: ('e\u0301' == '\u00e9'))
check("'Straße' == 'Strasse'", lambda: ('Straße' == 'Strasse'))
check("'Straße'.casefold() == 'STRASSE'.casefold()", lambda: ('Straße'.casefold() == 'STRASSE'.casefold()))
check("'中文'.isalpha()", lambda: ('中文'.isalpha()))
check("'٣'.isdigit()", lambda: ('٣'.isdigit()))
check("int('٣')", lambda: (int('٣')))
check("iter('ab').__next__()", lambda: (iter('ab').__next__()))
def case_iterate_chars():
    out = []
    for ch in 'a😀b':
        out.append(ord(ch))
    return out
check('iterate_chars', case_iterate_chars)
def case_count_vowels():
    return sum(1 for ch in 'Hello World' if ch.lower() in 'aeiou')
check('count_vowels', case_count_vowels)
def case_build_with_join():
    parts = []
    for i in range(5):
        parts.append(str(i))
    return ', '.join(parts)
check('build_with_join', case_build_with_join)
def case_reverse_words():
    return ' '.join(reversed('the quick brown fox'.split()))
check('reverse_words', case_reverse_words)
def case_palindrome():
    w = 'A man a plan a canal Panama'.replace(' ', '').lower()
    return w == w[::-1]
check('palindrome', case_palindrome)
def case_char_frequency_sorted():
    freq = {}
    for ch in 'banana':
        freq[ch] = freq.get(ch, 0) + 1
    return sorted(freq.items())

# ---------------------------------------------------------------- chr / ord
check('char_frequency_sorted', case_char_frequency_sorted)
check('chr(65)', lambda: (chr(65)))
check('chr(97)', lambda: (chr(97)))
check('chr(0)', lambda: (chr(0)))
check('chr(233)', lambda: (chr(233)))
check('chr(0x1F600)', lambda: (chr(0x1F600)))
check('chr(0x10FFFF)', lambda: (chr(0x10FFFF)))
check('chr(0x110000)', lambda: (chr(0x110000)))
check('chr(-1)', lambda: (chr(-1)))
check('chr(65.0)', lambda: (chr(65.0)))
check("chr('A')", lambda: (chr('A')))
check('chr()', lambda: (chr()))
check('chr(True)', lambda: (chr(True)))
check("ord('A')", lambda: (ord('A')))
check("ord('é')", lambda: (ord('é')))
check("ord('😀')", lambda: (ord('😀')))
check("ord('\\n')", lambda: (ord('\n')))
check("ord('\\x00')", lambda: (ord('\x00')))
check("ord('')", lambda: (ord('')))
check("ord('ab')", lambda: (ord('ab')))
check('ord(65)', lambda: (ord(65)))
check("ord(['a'])", lambda: (ord(['a'])))
check('ord()', lambda: (ord()))
check("''.join(chr(ord(c) + 1) for c in 'HAL')", lambda: (''.join(chr(ord(c) + 1) for c in 'HAL')))
check("[ord(c) for c in 'az']", lambda: ([ord(c) for c in 'az']))

# ---------------------------------------------------------------- immutability and misc errors
def case_item_assignment():
    t = 'abc'
    t[0] = 'z'
    return t
check('item_assignment', case_item_assignment)
def case_item_deletion():
    t = 'abc'
    del t[0]
    return t
check('item_deletion', case_item_deletion)
def case_attribute_assignment():
    t = 'abc'
    t.upper = None
check('attribute_assignment', case_attribute_assignment)
def case_new_attribute():
    t = 'abc'
    t.x = 1
check('new_attribute', case_new_attribute)
check("'abc'.join(['x', 'y'])", lambda: ('abc'.join(['x', 'y'])))
check("''.join([1, 2, 3])", lambda: (''.join([1, 2, 3])))
check("' '.join('a', 'b')", lambda: (' '.join('a', 'b')))
check("', '.join([str(x) for x in [1, 2, 3]])", lambda: (', '.join([str(x) for x in [1, 2, 3]])))
check("', '.join(map(str, [1.5, None, True]))", lambda: (', '.join(map(str, [1.5, None, True]))))
check("''.join({'b': 1, 'a': 2})", lambda: (''.join({'b': 1, 'a': 2})))
check("''.join([])", lambda: (''.join([])))
check("''.join(x for x in [])", lambda: (''.join(x for x in [])))
check("'x'.join([None])", lambda: ('x'.join([None])))
check('len(5)', lambda: (len(5)))
check("len('abc', 'd')", lambda: (len('abc', 'd')))
check("'abc'()", lambda: ('abc'()))
check("'abc'.upper()()", lambda: ('abc'.upper()()))
check("hash('abc') == hash('ab' + 'c')", lambda: (hash('abc') == hash('ab' + 'c')))
check('str.__name__', lambda: (str.__name__))
check("type('').__name__", lambda: (type('').__name__))
check("isinstance('a', str)", lambda: (isinstance('a', str)))
check("'a' * 3 == 'aaa'", lambda: ('a' * 3 == 'aaa'))
check("'abc'.__len__()", lambda: ('abc'.__len__()))
check("'abc'.__contains__('b')", lambda: ('abc'.__contains__('b')))
check("'abc'.__getitem__(1)", lambda: ('abc'.__getitem__(1)))
check("'abc'.__add__('d')", lambda: ('abc'.__add__('d')))
check("'abc'.__add__(1)", lambda: ('abc'.__add__(1)))
check("'abc'.__mul__(2)", lambda: ('abc'.__mul__(2)))
check("'abc'.__rmul__(2)", lambda: ('abc'.__rmul__(2)))
check("'abc'.__eq__('abc')", lambda: ('abc'.__eq__('abc')))
check("'abc'.__eq__(1)", lambda: ('abc'.__eq__(1)))
check("'abc'.__lt__('abd')", lambda: ('abc'.__lt__('abd')))
check("'abc'.__lt__(1)", lambda: ('abc'.__lt__(1)))
check("'a%sc'.__mod__('b')", lambda: ('a%sc'.__mod__('b')))
check("'abc'.__rmod__(1)", lambda: ('abc'.__rmod__(1)))
check("'abc'.__iter__().__next__()", lambda: ('abc'.__iter__().__next__()))
