def gen():
    yield 1

g = gen()
for x in g:
    print("first", x)
for x in g:
    print("never")
print("done")
