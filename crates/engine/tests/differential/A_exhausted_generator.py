# A finished generator ends a `for` loop, a comprehension and a `yield from` at once
# (Loopscope raised StopIteration from the `for`).
def gen():
    yield 1

g = gen()
for x in g:
    print("first", x)
for x in g:
    print("never")
print("done")
print([x for x in g], list(g), next(g, "default"))

def outer(inner):
    r = yield from inner
    print("yield from an exhausted generator gives", r)
    yield "after"

print(list(outer(g)))

h = gen()
next(h)
try:
    next(h)
except StopIteration:
    print("exhausted by next")
for x in h:
    print("never")
print({x: 1 for x in h}, sum(x for x in h))
closed = gen()
closed.close()
for x in closed:
    print("never")
print("closed generator ends the loop")
