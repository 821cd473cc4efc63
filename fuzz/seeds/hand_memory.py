import asyncio

class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        self.visit = self.walk
        if parent is not None:
            parent.children.append(self)

    def walk(self):
        return [self] + [c for k in self.children for c in k.walk()]

def gen():
    me = yield
    while True:
        yield me

async def worker(box):
    box.append(asyncio.current_task())
    await asyncio.sleep(0.1)
    return box

async def main():
    a = [0]
    a[0] = a
    root = Node()
    Node(Node(root))
    g = gen()
    next(g)
    g.send(g)
    box = []
    t = asyncio.create_task(worker(box))
    box.append(t)
    try:
        raise ValueError("x")
    except ValueError as e:
        e.me = e
    hog = []
    for i in range(100):
        hog.append([i] * 10000)
        hog.append(str(i) * 1000)
    s = "ab"
    while len(s) < 10**6:
        s += s
    print(len(root.visit()), len(hog), len(s), await t is box)

asyncio.run(main())
