class A:
    def __add__(self, other):
        return "A.__add__"
    def __radd__(self, other):
        return "A.__radd__"

class B(A):
    pass

print(A() + B())
