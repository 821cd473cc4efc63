class A:
    def __lt__(self, other):
        return "A.__lt__"
    def __gt__(self, other):
        return "A.__gt__"

class B(A):
    pass

print(A() < B(), B() < A(), A() > B())
