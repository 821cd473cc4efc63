# Operators between an instance and an instance of a subclass, in CPython's order:
# arithmetic tries the right operand's reflected method first only when its type is a
# proper subclass that overrides it (`method_is_overloaded`), never for the same type;
# comparisons try it first whenever its type is a proper subclass (`do_richcompare`);
# `x == x` still calls a user `__eq__`.
class A:
    def __add__(self, o): return "A.__add__"
    def __radd__(self, o): return "A.__radd__"
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return "A.__rsub__"
    def __mul__(self, o): return NotImplemented
    def __lt__(self, o): return "A.__lt__"
    def __gt__(self, o): return "A.__gt__"
    def __eq__(self, o): return "A.__eq__"
    def __le__(self, o): return NotImplemented
    def __ge__(self, o): return "A.__ge__"

class B(A):
    pass

class C(A):
    def __radd__(self, o): return "C.__radd__"
    def __rsub__(self, o): return NotImplemented
    def __eq__(self, o): return "C.__eq__"
    def __rmul__(self, o): return "C.__rmul__"

class D:
    def __radd__(self, o): return "D.__radd__"
    def __gt__(self, o): return "D.__gt__"

class E(A):
    def __add__(self, o): return "E.__add__"

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

objs = {"A": A(), "B": B(), "C": C(), "D": D(), "E": E(), "1": 1}
for an, a in objs.items():
    for bn, b in objs.items():
        t(f"{an}+{bn}", lambda: a + b)
        t(f"{an}-{bn}", lambda: a - b)
        t(f"{an}*{bn}", lambda: a * b)
        t(f"{an}<{bn}", lambda: a < b)
        t(f"{an}>{bn}", lambda: a > b)
        t(f"{an}<={bn}", lambda: a <= b)
        t(f"{an}>={bn}", lambda: a >= b)
        t(f"{an}=={bn}", lambda: a == b)
        t(f"{an}!={bn}", lambda: a != b)

class MyInt(int):
    def __radd__(self, o): return "MyInt.__radd__"
    def __lt__(self, o): return "MyInt.__lt__"

t("1+MyInt", lambda: 1 + MyInt(2))
t("MyInt+1", lambda: MyInt(2) + 1)
t("1<MyInt", lambda: 1 < MyInt(2))

class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"{type(self).__name__}({self.v})"

class L(K):
    def __gt__(self, o): return self.v > o.v + 0.5

t("sorted", lambda: sorted([K(3), L(2), K(2), L(3), K(1)]))
t("min", lambda: min([L(2), K(2), L(1)]))
t("max", lambda: max([K(2), L(2), L(1)]))
