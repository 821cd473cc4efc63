"""Conformance: user classes — class vs instance attributes, methods, inheritance and
super(), __str__/__repr__ in print / f-strings / containers, comparisons and sorting,
__hash__, container protocols (__len__, __iter__/__next__, __getitem__, __contains__,
__setitem__, __delitem__), __call__, __enter__/__exit__, arithmetic dunders and their
reflected / in-place forms, property (getter/setter/deleter), staticmethod,
classmethod, name mangling, class-level counters, __getattr__.

Generated expectations: the .jsonl beside this file (see README.md)."""

def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
        return
    print(label, "->", repr(r))


# ---------------------------------------------------------------- attributes and methods
class Dog:
    species = 'canis'
    count = 0
    tricks = []
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def bark(self):
        return self.name + ' says woof'
    def add_trick(self, t):
        self.tricks.append(t)
    def rename(self, new):
        self.name = new
        return self
d1 = Dog('Rex')
d2 = Dog('Fido')
check('d1.name', lambda: (d1.name))
check('d1.species', lambda: (d1.species))
check('Dog.species', lambda: (Dog.species))
check('Dog.count', lambda: (Dog.count))
check('d1.count', lambda: (d1.count))
check('d1.bark()', lambda: (d1.bark()))
check('Dog.bark(d2)', lambda: (Dog.bark(d2)))
check("d1.rename('Max').bark()", lambda: (d1.rename('Max').bark()))
check('Dog.name', lambda: (Dog.name))
check('Dog.bark()', lambda: (Dog.bark()))
check('d1.nosuch', lambda: (d1.nosuch))
check('Dog.nosuch', lambda: (Dog.nosuch))
check('type(d1).__name__', lambda: (type(d1).__name__))
check('d1.__class__.__name__', lambda: (d1.__class__.__name__))
check('d1.__class__ is Dog', lambda: (d1.__class__ is Dog))
check('isinstance(d1, Dog)', lambda: (isinstance(d1, Dog)))
check('d1.__dict__', lambda: (d1.__dict__))
check("sorted(Dog.__dict__.keys() & {'species', 'bark', 'nosuch'})", lambda: (sorted(Dog.__dict__.keys() & {'species', 'bark', 'nosuch'})))
check('Dog.__name__', lambda: (Dog.__name__))
check('Dog.__qualname__', lambda: (Dog.__qualname__))
check('Dog.__module__', lambda: (Dog.__module__))
check('Dog.bark.__name__', lambda: (Dog.bark.__name__))
check('Dog.bark.__qualname__', lambda: (Dog.bark.__qualname__))
check('d1.bark.__name__', lambda: (d1.bark.__name__))
check('d1.bark.__self__ is d1', lambda: (d1.bark.__self__ is d1))
check('d1.bark.__func__ is Dog.bark', lambda: (d1.bark.__func__ is Dog.bark))
check('d1.bark == d1.bark', lambda: (d1.bark == d1.bark))
check('d1.bark is d1.bark', lambda: (d1.bark is d1.bark))
def case_shared_class_list_trap():
    a = Dog('a')
    b = Dog('b')
    a.add_trick('sit')
    b.add_trick('roll')
    return a.tricks, b.tricks, Dog.tricks is a.tricks
check('shared_class_list_trap', case_shared_class_list_trap)
def case_instance_attr_shadows_class_attr():
    a = Dog('a')
    b = Dog('b')
    a.species = 'wolf'
    return a.species, b.species, Dog.species, 'species' in a.__dict__
check('instance_attr_shadows_class_attr', case_instance_attr_shadows_class_attr)
def case_class_attr_change_visible_everywhere():
    a = Dog('a')
    Dog.species = 'canis lupus'
    r = (a.species, Dog('b').species)
    Dog.species = 'canis'
    return r
check('class_attr_change_visible_everywhere', case_class_attr_change_visible_everywhere)
def case_augmented_assign_on_instance_creates_instance_attr():
    class Counter:
        n = 0
    c = Counter()
    c.n += 1
    return c.n, Counter.n, c.__dict__
check('augmented_assign_on_instance_creates_instance_attr', case_augmented_assign_on_instance_creates_instance_attr)
def case_counter_via_type():
    class Counter:
        made = 0
        def __init__(self):
            type(self).made += 1
    for _ in range(3):
        Counter()
    return Counter.made
check('counter_via_type', case_counter_via_type)
def case_bound_method_stored():
    dog = Dog('Stored')
    bark = dog.bark
    dog.name = 'Renamed'
    return bark()
check('bound_method_stored', case_bound_method_stored)
def case_function_attribute_added_to_instance():
    dog = Dog('x')
    dog.speak = lambda: 'instance function, no self'
    return dog.speak()
check('function_attribute_added_to_instance', case_function_attribute_added_to_instance)
def case_method_added_to_class_later():
    def wag(self):
        return self.name + ' wags'
    Dog.wag = wag
    r = Dog('Late').wag()
    del Dog.wag
    return r, hasattr(Dog('x'), 'wag')
check('method_added_to_class_later', case_method_added_to_class_later)
def case_class_body_executes_once():
    log = []
    class K:
        log.append('body runs')
        x = len(log)
        def m(self):
            return 'm'
    K()
    K()
    return log, K.x
check('class_body_executes_once', case_class_body_executes_once)
def case_class_body_scope_not_visible_in_methods():
    class K:
        y = 5
        def get(self):
            return y
    return K().get()
check('class_body_scope_not_visible_in_methods', case_class_body_scope_not_visible_in_methods)
def case_comprehension_in_class_body_cannot_see_class_vars():
    class K:
        base = 10
        vals = [i for i in range(3)]
    return K.vals
check('comprehension_in_class_body_cannot_see_class_vars', case_comprehension_in_class_body_cannot_see_class_vars)
def case_nested_class():
    class Outer:
        class Inner:
            v = 'inner'
        def make(self):
            return self.Inner()
    return Outer().make().v, Outer.Inner.__qualname__
check('nested_class', case_nested_class)
def case_class_decorator():
    def register(cls):
        cls.registered = True
        return cls
    @register
    class K:
        pass
    return K.registered
check('class_decorator', case_class_decorator)
def case_empty_class_instances_distinct():
    class E:
        pass
    a, b = E(), E()
    return a == b, a is b, a == a, a != b

# ---------------------------------------------------------------- inheritance and super()
check('empty_class_instances_distinct', case_empty_class_instances_distinct)
class Animal:
    def __init__(self, name, sound='...'):
        self.name = name
        self.sound = sound
    def speak(self):
        return self.name + ': ' + self.sound
    def kind(self):
        return 'animal'
    def describe(self):
        return self.kind() + ' ' + self.name
class Cat(Animal):
    def __init__(self, name):
        super().__init__(name, 'meow')
        self.lives = 9
    def kind(self):
        return 'cat'
class Kitten(Cat):
    def __init__(self, name):
        super().__init__(name)
        self.lives -= 1
    def speak(self):
        return super().speak() + '!'
    def kind(self):
        return 'kitten of ' + super().kind()
class Silent(Animal):
    pass
class ExplicitParent(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, 'explicit')
check("Cat('Tom').speak()", lambda: (Cat('Tom').speak()))
check("Cat('Tom').lives", lambda: (Cat('Tom').lives))
check("Kitten('Kit').speak()", lambda: (Kitten('Kit').speak()))
check("Kitten('Kit').lives", lambda: (Kitten('Kit').lives))
check("Kitten('Kit').describe()", lambda: (Kitten('Kit').describe()))
check("Silent('S').speak()", lambda: (Silent('S').speak()))
check("Silent('S', 'hm').speak()", lambda: (Silent('S', 'hm').speak()))
check('Silent()', lambda: (Silent()))
check("ExplicitParent('E').speak()", lambda: (ExplicitParent('E').speak()))
check("isinstance(Kitten('k'), Animal)", lambda: (isinstance(Kitten('k'), Animal)))
check("isinstance(Kitten('k'), Cat)", lambda: (isinstance(Kitten('k'), Cat)))
check("isinstance(Cat('c'), Kitten)", lambda: (isinstance(Cat('c'), Kitten)))
check("isinstance(Kitten('k'), (int, Cat))", lambda: (isinstance(Kitten('k'), (int, Cat))))
check('issubclass(Kitten, Animal)', lambda: (issubclass(Kitten, Animal)))
check('issubclass(Animal, Kitten)', lambda: (issubclass(Animal, Kitten)))
check('issubclass(Kitten, object)', lambda: (issubclass(Kitten, object)))
check('Kitten.__bases__', lambda: (Kitten.__bases__))
check('Kitten.__base__', lambda: (Kitten.__base__))
check('Animal.__bases__', lambda: (Animal.__bases__))
check('[c.__name__ for c in Kitten.__mro__]', lambda: ([c.__name__ for c in Kitten.__mro__]))
check("type(Kitten('k')) is Cat", lambda: (type(Kitten('k')) is Cat))
check("type(Kitten('k')).__name__", lambda: (type(Kitten('k')).__name__))
check("Cat('c').__class__.__name__", lambda: (Cat('c').__class__.__name__))
check('Kitten.speak is Animal.speak', lambda: (Kitten.speak is Animal.speak))
check('Silent.speak is Animal.speak', lambda: (Silent.speak is Animal.speak))
def case_super_in_classmethod_and_chain():
    class A:
        @classmethod
        def create(cls):
            return 'A.create(' + cls.__name__ + ')'
    class B(A):
        @classmethod
        def create(cls):
            return 'B+' + super().create()
    return B.create(), A.create()
check('super_in_classmethod_and_chain', case_super_in_classmethod_and_chain)
def case_super_method_not_found():
    class A:
        pass
    class B(A):
        def m(self):
            return super().m()
    return B().m()
check('super_method_not_found', case_super_method_not_found)
def case_missing_super_init_call():
    class A:
        def __init__(self):
            self.a = 1
    class B(A):
        def __init__(self):
            self.b = 2
    return B().a
check('missing_super_init_call', case_missing_super_init_call)
def case_overridden_attribute():
    class A:
        x = 'A'
        def who(self):
            return self.x
    class B(A):
        x = 'B'
    return A().who(), B().who()
check('overridden_attribute', case_overridden_attribute)
def case_three_level_init_order():
    log = []
    class A:
        def __init__(self):
            log.append('A')
    class B(A):
        def __init__(self):
            log.append('B before')
            super().__init__()
            log.append('B after')
    class C(B):
        def __init__(self):
            super().__init__()
            log.append('C')
    C()
    return log

# ---------------------------------------------------------------- __str__ / __repr__
check('three_level_init_order', case_three_level_init_order)
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'OnlyRepr(' + repr(self.v) + ')'
class OnlyStr:
    def __str__(self):
        return 'only-str'
class Both:
    def __str__(self):
        return 'str-of-both'
    def __repr__(self):
        return 'repr-of-both'
class TypeNameRepr:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'{type(self).__name__}(x={self.x!r})'
class SubTypeNameRepr(TypeNameRepr):
    pass
check('str(OnlyRepr(1))', lambda: (str(OnlyRepr(1))))
check("repr(OnlyRepr('a'))", lambda: (repr(OnlyRepr('a'))))
check('str(Both())', lambda: (str(Both())))
check('repr(Both())', lambda: (repr(Both())))
check('[Both(), Both()]', lambda: ([Both(), Both()]))
check('str([Both()])', lambda: (str([Both()])))
check('(Both(),)', lambda: ((Both(),)))
check("{'k': Both()}", lambda: ({'k': Both()}))
check('{1: [OnlyRepr(2)]}', lambda: ({1: [OnlyRepr(2)]}))
check("f'{Both()}'", lambda: (f'{Both()}'))
check("f'{Both()!r}'", lambda: (f'{Both()!r}'))
check("f'{Both()!s}'", lambda: (f'{Both()!s}'))
check("f'{Both()=}'", lambda: (f'{Both()=}'))
check("'%s %r' % (Both(), Both())", lambda: ('%s %r' % (Both(), Both())))
check("'{} {!r}'.format(Both(), Both())", lambda: ('{} {!r}'.format(Both(), Both())))
check('str(OnlyStr())', lambda: (str(OnlyStr())))
check("f'{OnlyStr()}'", lambda: (f'{OnlyStr()}'))
check("TypeNameRepr('a')", lambda: (TypeNameRepr('a')))
check('SubTypeNameRepr([1])', lambda: (SubTypeNameRepr([1])))
check('str(SubTypeNameRepr(2))', lambda: (str(SubTypeNameRepr(2))))
check('repr(SubTypeNameRepr)', lambda: (repr(SubTypeNameRepr)))
check('format(Both())', lambda: (format(Both())))
check("format(Both(), '>20')", lambda: (format(Both(), '>20')))
def case_print_uses_str():
    print(Both(), OnlyRepr(3), [Both()], sep=' / ')
    return 'printed above'

# ---------------------------------------------------------------- comparisons, sorting, hashing
check('print_uses_str', case_print_uses_str)
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)
    def __hash__(self):
        return hash((self.major, self.minor))
    def __repr__(self):
        return 'v' + str(self.major) + '.' + str(self.minor)
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
class FullOrder:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __ne__(self, o):
        return 'custom ne'
check('Version(1, 2) == Version(1, 2)', lambda: (Version(1, 2) == Version(1, 2)))
check('Version(1, 2) != Version(1, 2)', lambda: (Version(1, 2) != Version(1, 2)))
check('Version(1, 2) == Version(1, 3)', lambda: (Version(1, 2) == Version(1, 3)))
check('Version(1, 2) < Version(1, 10)', lambda: (Version(1, 2) < Version(1, 10)))
check('Version(1, 2) > Version(1, 10)', lambda: (Version(1, 2) > Version(1, 10)))
check('Version(2, 0) > Version(1, 10)', lambda: (Version(2, 0) > Version(1, 10)))
check('Version(1, 2) <= Version(1, 2)', lambda: (Version(1, 2) <= Version(1, 2)))
check('Version(1, 2) == (1, 2)', lambda: (Version(1, 2) == (1, 2)))
check('Version(1, 2) < (1, 2)', lambda: (Version(1, 2) < (1, 2)))
check('sorted([Version(1, 10), Version(1, 2), Version(0, 9)])', lambda: (sorted([Version(1, 10), Version(1, 2), Version(0, 9)])))
check('sorted([Version(1, 10), Version(1, 2)], reverse=True)', lambda: (sorted([Version(1, 10), Version(1, 2)], reverse=True)))
check('max([Version(1, 10), Version(3, 0), Version(1, 2)])', lambda: (max([Version(1, 10), Version(3, 0), Version(1, 2)])))
check('min(Version(1, 10), Version(1, 2))', lambda: (min(Version(1, 10), Version(1, 2))))
check('Version(1, 2) in [Version(0, 1), Version(1, 2)]', lambda: (Version(1, 2) in [Version(0, 1), Version(1, 2)]))
check('[Version(1, 2), Version(1, 2)].count(Version(1, 2))', lambda: ([Version(1, 2), Version(1, 2)].count(Version(1, 2))))
check('[Version(0, 1), Version(1, 2)].index(Version(1, 2))', lambda: ([Version(0, 1), Version(1, 2)].index(Version(1, 2))))
check("{Version(1, 2): 'a'}[Version(1, 2)]", lambda: ({Version(1, 2): 'a'}[Version(1, 2)]))
check('len({Version(1, 2), Version(1, 2), Version(2, 0)})', lambda: (len({Version(1, 2), Version(1, 2), Version(2, 0)})))
check('hash(Version(1, 2)) == hash(Version(1, 2))', lambda: (hash(Version(1, 2)) == hash(Version(1, 2))))
check('EqOnly(1) == EqOnly(1)', lambda: (EqOnly(1) == EqOnly(1)))
check('EqOnly(1) != EqOnly(1)', lambda: (EqOnly(1) != EqOnly(1)))
check('EqOnly(1) != EqOnly(2)', lambda: (EqOnly(1) != EqOnly(2)))
check('hash(EqOnly(1))', lambda: (hash(EqOnly(1))))
check('{EqOnly(1)}', lambda: ({EqOnly(1)}))
check('EqOnly.__hash__ is None', lambda: (EqOnly.__hash__ is None))
check('EqOnly(1) in [EqOnly(1)]', lambda: (EqOnly(1) in [EqOnly(1)]))
check('EqOnly(1) < EqOnly(2)', lambda: (EqOnly(1) < EqOnly(2)))
check('FullOrder(1) != FullOrder(1)', lambda: (FullOrder(1) != FullOrder(1)))
check('FullOrder(1) >= FullOrder(1)', lambda: (FullOrder(1) >= FullOrder(1)))
check('FullOrder(2) > FullOrder(1)', lambda: (FullOrder(2) > FullOrder(1)))
check('sorted([FullOrder(3), FullOrder(1)], key=lambda f: f.v)[0].v', lambda: (sorted([FullOrder(3), FullOrder(1)], key=lambda f: f.v)[0].v))
def case_reflected_comparison():
    log = []
    class L:
        def __lt__(self, other):
            log.append('L.__lt__')
            return NotImplemented
    class R:
        def __gt__(self, other):
            log.append('R.__gt__')
            return True
    return L() < R(), log
check('reflected_comparison', case_reflected_comparison)
def case_eq_fallback_to_identity():
    class N:
        def __eq__(self, other):
            return NotImplemented
    a = N()
    return a == a, a == N(), a != N()
check('eq_fallback_to_identity', case_eq_fallback_to_identity)
def case_default_hash_usable():
    class Plain:
        pass
    a = Plain()
    return {a: 1}[a], len({a, a, Plain()})
check('default_hash_usable', case_default_hash_usable)
def case_explicit_hash_none():
    class NoHash:
        __hash__ = None
    return hash(NoHash())
check('explicit_hash_none', case_explicit_hash_none)
def case_sort_by_attribute():
    people = [Animal('zed'), Animal('amy'), Animal('bob')]
    people.sort(key=lambda p: p.name)
    return [p.name for p in people]
check('sort_by_attribute', case_sort_by_attribute)
def case_hash_inherited_eq_overridden():
    class A:
        def __hash__(self):
            return 1
    class B(A):
        def __eq__(self, other):
            return True
    return B.__hash__ is None

# ---------------------------------------------------------------- container protocols
check('hash_inherited_eq_overridden', case_hash_inherited_eq_overridden)
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(['reversed'] + self.items[::-1])
class SeqOnly:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return 'slice ' + repr(i)
        if i >= self.n:
            raise IndexError('out')
        return i * i
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
class GenIter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for x in self.data:
            yield x * 10
class KeyStore:
    def __getitem__(self, key):
        return 'value for ' + repr(key)
check('len(Bag(1, 2, 3))', lambda: (len(Bag(1, 2, 3))))
check('Bag(1, 2, 3)[0]', lambda: (Bag(1, 2, 3)[0]))
check('Bag(1, 2, 3)[-1]', lambda: (Bag(1, 2, 3)[-1]))
check('Bag(1, 2, 3)[1:]', lambda: (Bag(1, 2, 3)[1:]))
check('Bag(1, 2, 3)[5]', lambda: (Bag(1, 2, 3)[5]))
check('2 in Bag(1, 2, 3)', lambda: (2 in Bag(1, 2, 3)))
check('5 in Bag(1, 2, 3)', lambda: (5 in Bag(1, 2, 3)))
check('list(Bag(1, 2, 3))', lambda: (list(Bag(1, 2, 3))))
check('list(reversed(Bag(1, 2)))', lambda: (list(reversed(Bag(1, 2)))))
check('bool(Bag())', lambda: (bool(Bag())))
check('bool(Bag(0))', lambda: (bool(Bag(0))))
check('sorted(Bag(3, 1, 2))', lambda: (sorted(Bag(3, 1, 2))))
check('sum(Bag(1, 2, 3))', lambda: (sum(Bag(1, 2, 3))))
check('max(Bag(1, 5, 2))', lambda: (max(Bag(1, 5, 2))))
check("list(enumerate(Bag('a', 'b')))", lambda: (list(enumerate(Bag('a', 'b')))))
check('list(SeqOnly(4))', lambda: (list(SeqOnly(4))))
check('9 in SeqOnly(4)', lambda: (9 in SeqOnly(4)))
check('5 in SeqOnly(4)', lambda: (5 in SeqOnly(4)))
check('SeqOnly(4)[1:3]', lambda: (SeqOnly(4)[1:3]))
check('SeqOnly(4)[::2]', lambda: (SeqOnly(4)[::2]))
check('SeqOnly(4)[10]', lambda: (SeqOnly(4)[10]))
check('len(SeqOnly(4))', lambda: (len(SeqOnly(4))))
check('list(Countdown(3))', lambda: (list(Countdown(3))))
check('[x for x in Countdown(2)]', lambda: ([x for x in Countdown(2)]))
check('list(GenIter([1, 2]))', lambda: (list(GenIter([1, 2]))))
check('20 in GenIter([1, 2])', lambda: (20 in GenIter([1, 2])))
check("KeyStore()['a']", lambda: (KeyStore()['a']))
check('KeyStore()[1, 2]', lambda: (KeyStore()[1, 2]))
check('KeyStore()[1:2]', lambda: (KeyStore()[1:2]))
check('KeyStore()[...]', lambda: (KeyStore()[...]))
def case_setitem_delitem():
    b = Bag(1, 2, 3)
    b[0] = 'x'
    del b[1]
    return b.items
check('setitem_delitem', case_setitem_delitem)
def case_iterator_exhausts():
    c = Countdown(2)
    return list(c), list(c)
check('iterator_exhausts', case_iterator_exhausts)
def case_for_loop_uses_iter_protocol():
    out = []
    for x in Countdown(3):
        out.append(x)
    return out
check('for_loop_uses_iter_protocol', case_for_loop_uses_iter_protocol)
def case_unpack_custom_iterable():
    a, b, c = Countdown(3)
    return a, b, c
check('unpack_custom_iterable', case_unpack_custom_iterable)
def case_star_custom_iterable():
    return [*GenIter([1, 2]), *Bag(7)]
check('star_custom_iterable', case_star_custom_iterable)
def case_no_setitem():
    s = SeqOnly(2)
    s[0] = 1
check('no_setitem', case_no_setitem)
def case_no_delitem():
    s = SeqOnly(2)
    del s[0]
check('no_delitem', case_no_delitem)
def case_iter_returns_non_iterator():
    class Bad:
        def __iter__(self):
            return 5
    return list(Bad())
check('iter_returns_non_iterator', case_iter_returns_non_iterator)
def case_len_returns_non_int():
    class Bad:
        def __len__(self):
            return 'three'
    return len(Bad())
check('len_returns_non_int', case_len_returns_non_int)
def case_len_returns_bool():
    class B:
        def __len__(self):
            return True
    return len(B())
check('len_returns_bool', case_len_returns_bool)
def case_index_dunder():
    class Idx:
        def __index__(self):
            return 2
    i = Idx()
    return [10, 20, 30][i], hex(i), list(range(i)), 'abc'[i], [1, 2, 3, 4][i:]

# ---------------------------------------------------------------- __call__, __enter__/__exit__
check('index_dunder', case_index_dunder)
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
class Managed:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress
    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit ' + self.name + ' ' + (exc_type.__name__ if exc_type else 'None') + ' ' + repr(exc))
        return self.suppress
check('Multiplier(3)(4)', lambda: (Multiplier(3)(4)))
check('Multiplier(3)(4, y=2)', lambda: (Multiplier(3)(4, y=2)))
check('Multiplier(3)()', lambda: (Multiplier(3)()))
check('list(map(Multiplier(2), [1, 2, 3]))', lambda: (list(map(Multiplier(2), [1, 2, 3]))))
check('callable(Multiplier(1))', lambda: (callable(Multiplier(1))))
def case_with_basic():
    log = []
    with Managed('a', log) as v:
        log.append('body ' + v)
    return log
check('with_basic', case_with_basic)
def case_with_exception_propagates():
    log = []
    try:
        with Managed('a', log):
            log.append('body')
            raise ValueError('in body')
    except ValueError as e:
        log.append('caught ' + str(e))
    return log
check('with_exception_propagates', case_with_exception_propagates)
def case_with_exception_suppressed():
    log = []
    with Managed('a', log, suppress=True):
        raise KeyError('k')
    log.append('after with')
    return log
check('with_exception_suppressed', case_with_exception_suppressed)
def case_with_multiple_managers_order():
    log = []
    with Managed('outer', log) as a, Managed('inner', log) as b:
        log.append('body ' + a + ' ' + b)
    return log
check('with_multiple_managers_order', case_with_multiple_managers_order)
def case_with_return_inside():
    log = []
    def f():
        with Managed('r', log):
            return 'returned'
    return f(), log
check('with_return_inside', case_with_return_inside)
def case_with_break_inside():
    log = []
    for i in range(3):
        with Managed(str(i), log):
            if i == 1:
                break
    return log
check('with_break_inside', case_with_break_inside)
def case_with_enter_raises():
    log = []
    class BadEnter:
        def __enter__(self):
            raise RuntimeError('enter failed')
        def __exit__(self, *a):
            log.append('exit called')
    try:
        with BadEnter():
            log.append('body')
    except RuntimeError as e:
        log.append(str(e))
    return log
check('with_enter_raises', case_with_enter_raises)
def case_with_no_exit():
    class NoExit:
        def __enter__(self):
            return self
    with NoExit():
        pass
check('with_no_exit', case_with_no_exit)
def case_with_no_enter():
    class NoEnter:
        def __exit__(self, *a):
            pass
    with NoEnter():
        pass
check('with_no_enter', case_with_no_enter)
def case_with_non_manager():
    with 5:
        pass
check('with_non_manager', case_with_non_manager)
def case_with_as_tuple_target():
    class Pair:
        def __enter__(self):
            return (1, 2)
        def __exit__(self, *a):
            return False
    with Pair() as (a, b):
        return a + b
check('with_as_tuple_target', case_with_as_tuple_target)
def case_exit_truthy_value_suppresses():
    class M:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return 'yes'
    with M():
        1 / 0
    return 'suppressed by truthy str'
check('exit_truthy_value_suppresses', case_exit_truthy_value_suppresses)
def case_with_nested_statements():
    log = []
    with Managed('x', log):
        with Managed('y', log):
            log.append('inner body')
    return log

# ---------------------------------------------------------------- arithmetic dunders
check('with_nested_statements', case_with_nested_statements)
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Vec(' + repr(self.x) + ', ' + repr(self.y) + ')'
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self.__mul__(k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __hash__(self):
        return hash((self.x, self.y))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self):
        return 'Acc' + repr(self.items)
class BadIadd:
    def __iadd__(self, x):
        return None
check('Vec(1, 2) + Vec(3, 4)', lambda: (Vec(1, 2) + Vec(3, 4)))
check('Vec(1, 2) - Vec(3, 4)', lambda: (Vec(1, 2) - Vec(3, 4)))
check('Vec(1, 2) * 3', lambda: (Vec(1, 2) * 3))
check('3 * Vec(1, 2)', lambda: (3 * Vec(1, 2)))
check('Vec(1, 2) * Vec(3, 4)', lambda: (Vec(1, 2) * Vec(3, 4)))
check('Vec(1, 2) * 0.5', lambda: (Vec(1, 2) * 0.5))
check('Vec(1, 2) / 2', lambda: (Vec(1, 2) / 2))
check('Vec(7, 8) // 3', lambda: (Vec(7, 8) // 3))
check('Vec(7, 8) % 3', lambda: (Vec(7, 8) % 3))
check('Vec(2, 3) ** 2', lambda: (Vec(2, 3) ** 2))
check('-Vec(1, -2)', lambda: (-Vec(1, -2)))
check('+Vec(1, 2)', lambda: (+Vec(1, 2)))
check('abs(Vec(3, 4))', lambda: (abs(Vec(3, 4))))
check('bool(Vec(0, 0))', lambda: (bool(Vec(0, 0))))
check('bool(Vec(0, 1))', lambda: (bool(Vec(0, 1))))
check('sum([Vec(1, 1), Vec(2, 2)])', lambda: (sum([Vec(1, 1), Vec(2, 2)])))
check('sum([Vec(1, 1)], Vec(10, 10))', lambda: (sum([Vec(1, 1)], Vec(10, 10))))
check('Vec(1, 2) + 1', lambda: (Vec(1, 2) + 1))
check('1 + Vec(1, 2)', lambda: (1 + Vec(1, 2)))
check("Vec(1, 2) * 'a'", lambda: (Vec(1, 2) * 'a'))
check("'a' * Vec(1, 2)", lambda: ('a' * Vec(1, 2)))
check('Vec(1, 2) @ Vec(1, 2)', lambda: (Vec(1, 2) @ Vec(1, 2)))
check('Vec(1, 2) & Vec(1, 2)', lambda: (Vec(1, 2) & Vec(1, 2)))
check('~Vec(1, 2)', lambda: (~Vec(1, 2)))
check('Vec(1, 2) == Vec(1, 2)', lambda: (Vec(1, 2) == Vec(1, 2)))
check('Vec(1, 2) != Vec(1, 2)', lambda: (Vec(1, 2) != Vec(1, 2)))
check('Vec(1, 2) < Vec(1, 2)', lambda: (Vec(1, 2) < Vec(1, 2)))
check('divmod(Vec(1, 2), 2)', lambda: (divmod(Vec(1, 2), 2)))
check('round(Vec(1, 2))', lambda: (round(Vec(1, 2))))
check('int(Vec(1, 2))', lambda: (int(Vec(1, 2))))
check('float(Vec(1, 2))', lambda: (float(Vec(1, 2))))
def case_augmented_falls_back_to_binary():
    v = Vec(1, 1)
    w = v
    v += Vec(1, 1)
    v *= 2
    return v, w, v is w
check('augmented_falls_back_to_binary', case_augmented_falls_back_to_binary)
def case_iadd_in_place():
    a = Acc()
    b = a
    a += 1
    a += 'two'
    return a, a is b
check('iadd_in_place', case_iadd_in_place)
def case_iadd_returning_none_rebinds():
    x = BadIadd()
    x += 1
    return x
check('iadd_returning_none_rebinds', case_iadd_returning_none_rebinds)
def case_reflected_subclass_priority():
    log = []
    class Base:
        def __add__(self, o):
            log.append('Base.__add__')
            return 'base'
        def __radd__(self, o):
            log.append('Base.__radd__')
            return 'base-r'
    class Sub(Base):
        def __radd__(self, o):
            log.append('Sub.__radd__')
            return 'sub-r'
    return Base() + Sub(), log
check('reflected_subclass_priority', case_reflected_subclass_priority)
def case_radd_with_int_left():
    class R:
        def __radd__(self, o):
            return 'R.__radd__(' + repr(o) + ')'
    return 5 + R(), 'x' + R(), [1] + R()
check('radd_with_int_left', case_radd_with_int_left)
def case_numeric_conversions():
    class Num:
        def __int__(self):
            return 7
        def __float__(self):
            return 2.5
        def __round__(self, n=None):
            return 'rounded ' + repr(n)
    n = Num()
    return int(n), float(n), round(n), round(n, 2)
check('numeric_conversions', case_numeric_conversions)
def case_rsub_order():
    class R:
        def __rsub__(self, o):
            return 'R.__rsub__ with ' + repr(o)
    return 10 - R()

# ---------------------------------------------------------------- properties, staticmethod, classmethod
check('rsub_order', case_rsub_order)
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        del self._celsius
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
class SubTemp(Temperature):
    pass
t = Temperature(25)
check('t.celsius', lambda: (t.celsius))
check('t.fahrenheit', lambda: (t.fahrenheit))
check("(setattr(t, 'celsius', 100), t.fahrenheit)", lambda: ((setattr(t, 'celsius', 100), t.fahrenheit)))
check("setattr(t, 'celsius', -300)", lambda: (setattr(t, 'celsius', -300)))
check('t.celsius', lambda: (t.celsius))
check("setattr(t, 'fahrenheit', 1)", lambda: (setattr(t, 'fahrenheit', 1)))
check('Temperature.c_to_f(100)', lambda: (Temperature.c_to_f(100)))
check('t.c_to_f(0)', lambda: (t.c_to_f(0)))
check('Temperature.from_f(212).celsius', lambda: (Temperature.from_f(212).celsius))
check('type(SubTemp.from_f(32)).__name__', lambda: (type(SubTemp.from_f(32)).__name__))
check('type(t.from_f(32)).__name__', lambda: (type(t.from_f(32)).__name__))
check('t._celsius', lambda: (t._celsius))
check('isinstance(Temperature.celsius, property)', lambda: (isinstance(Temperature.celsius, property)))
check("type(Temperature.__dict__['c_to_f']).__name__", lambda: (type(Temperature.__dict__['c_to_f']).__name__))
check("type(Temperature.__dict__['from_f']).__name__", lambda: (type(Temperature.__dict__['from_f']).__name__))
check('Temperature.fahrenheit.fget(t)', lambda: (Temperature.fahrenheit.fget(t)))
def case_property_deleter():
    x = Temperature(1)
    del x.celsius
    return hasattr(x, '_celsius')
check('property_deleter', case_property_deleter)
def case_property_without_deleter():
    x = Temperature(1)
    del x.fahrenheit
check('property_without_deleter', case_property_without_deleter)
def case_property_computed_each_access():
    class Counter:
        def __init__(self):
            self.n = 0
        @property
        def tick(self):
            self.n += 1
            return self.n
    c = Counter()
    return c.tick, c.tick, c.tick
check('property_computed_each_access', case_property_computed_each_access)
def case_property_via_function_call():
    class P:
        def _get(self):
            return 'got'
        def _set(self, v):
            self.stored = v
        x = property(_get, _set)
    p = P()
    p.x = 5
    return p.x, p.stored
check('property_via_function_call', case_property_via_function_call)
def case_property_setter_only_readonly():
    class R:
        @property
        def ro(self):
            return 1
    r = R()
    r.ro = 2
check('property_setter_only_readonly', case_property_setter_only_readonly)
def case_staticmethod_no_self():
    class S:
        @staticmethod
        def add(a, b):
            return a + b
        def use(self):
            return self.add(1, 2)
    return S.add(2, 3), S().add(4, 5), S().use()
check('staticmethod_no_self', case_staticmethod_no_self)
def case_classmethod_counter():
    class K:
        instances = 0
        @classmethod
        def make(cls):
            cls.instances += 1
            return cls()
    K.make()
    K().make()
    return K.instances
check('classmethod_counter', case_classmethod_counter)
def case_classmethod_on_subclass_counts_separately():
    class K:
        n = 0
        @classmethod
        def bump(cls):
            cls.n += 1
            return cls.n
    class L(K):
        pass
    K.bump()
    L.bump()
    L.bump()
    return K.n, L.n

# ---------------------------------------------------------------- name mangling, __getattr__, misc
check('classmethod_on_subclass_counts_separately', case_classmethod_on_subclass_counts_separately)
class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = 'p'
    def balance(self):
        return self.__balance
check('Account(10).balance()', lambda: (Account(10).balance()))
check('Account(10)._protected', lambda: (Account(10)._protected))
check('Account(10).__balance', lambda: (Account(10).__balance))
check('Account(10)._Account__balance', lambda: (Account(10)._Account__balance))
check('sorted(Account(10).__dict__)', lambda: (sorted(Account(10).__dict__)))
class Dynamic:
    def __init__(self):
        self.real = 'real attribute'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:].upper()
        raise AttributeError(name + ' not available')
check('Dynamic().real', lambda: (Dynamic().real))
check('Dynamic().auto_hello', lambda: (Dynamic().auto_hello))
check('Dynamic().other', lambda: (Dynamic().other))
check("getattr(Dynamic(), 'other', 'fallback')", lambda: (getattr(Dynamic(), 'other', 'fallback')))
check("hasattr(Dynamic(), 'auto_x')", lambda: (hasattr(Dynamic(), 'auto_x')))
check("hasattr(Dynamic(), 'zzz')", lambda: (hasattr(Dynamic(), 'zzz')))
def case_setattr_dunder():
    class Logged:
        def __init__(self):
            self.log = []
        def __setattr__(self, name, value):
            if name != 'log':
                self.log.append(name)
            object.__setattr__(self, name, value)
    o = Logged()
    o.a = 1
    o.b = 2
    return o.log, o.a
check('setattr_dunder', case_setattr_dunder)
def case_init_with_defaults_and_kwargs():
    class Cfg:
        def __init__(self, name, *, debug=False, **extra):
            self.name = name
            self.debug = debug
            self.extra = extra
    c = Cfg('app', debug=True, level=3)
    return c.name, c.debug, c.extra
check('init_with_defaults_and_kwargs', case_init_with_defaults_and_kwargs)
def case_object_identity_and_equality():
    class P:
        pass
    a = P()
    b = a
    return a is b, a == b, P() is P()
check('object_identity_and_equality', case_object_identity_and_equality)
def case_instances_in_dict_keys():
    class K:
        pass
    k1, k2 = K(), K()
    d = {k1: 'one', k2: 'two'}
    return d[k1], d[k2], len(d)
check('instances_in_dict_keys', case_instances_in_dict_keys)
def case_class_as_value():
    classes = [int, str, Dog]
    return [c.__name__ for c in classes], classes[1](5)
check('class_as_value', case_class_as_value)
def case_isinstance_type_check_dispatch():
    def describe(x):
        if isinstance(x, bool):
            return 'bool'
        if isinstance(x, int):
            return 'int'
        if isinstance(x, (list, tuple)):
            return 'sequence'
        if isinstance(x, Animal):
            return 'animal'
        return 'other'
    return [describe(v) for v in [True, 1, [1], (1,), Cat('c'), 'x']]
check('isinstance_type_check_dispatch', case_isinstance_type_check_dispatch)
def case_method_chaining():
    class Builder:
        def __init__(self):
            self.parts = []
        def add(self, p):
            self.parts.append(p)
            return self
        def build(self):
            return '-'.join(self.parts)
    return Builder().add('a').add('b').add('c').build()
check('method_chaining', case_method_chaining)
def case_self_referencing_structure():
    class Node:
        def __init__(self, val, next=None):
            self.val = val
            self.next = next
    n = Node(1, Node(2, Node(3)))
    out = []
    while n:
        out.append(n.val)
        n = n.next
    return out
check('self_referencing_structure', case_self_referencing_structure)
def case_str_of_instance_in_exception_message():
    class Pt:
        def __repr__(self):
            return 'Pt()'
    try:
        Pt() + 1
    except TypeError as e:
        return str(e)
check('str_of_instance_in_exception_message', case_str_of_instance_in_exception_message)
