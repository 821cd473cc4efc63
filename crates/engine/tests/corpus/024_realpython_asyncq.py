# Source: Real Python, "Async IO in Python: A Complete Walkthrough" (Brad Solomon),
#   https://realpython.com/async-io-python/ — companion code: github.com/realpython/materials,
#   asyncio-walkthrough/asyncq.py @ eafada23ebe1be7410c1557101331f6e1370d1ae
#   (the unchanged original is 165_refused_realpython_asyncq.py)
# Changes:
#   - "import itertools as it" removed; "for _ in it.repeat(None, n):" became
#     "for _ in range(n):" (same iterations);
#   - "import os" removed; makeitem() returned os.urandom(size).hex() (random bytes from
#     the OS, never reproducible): it now returns 2*size random hex digits from random;
#   - argparse removed: main() is called with the parser's defaults, nprod=5, ncon=10.
#!/usr/bin/env python3
# asyncq.py

import asyncio
import random
import time


async def makeitem(size: int = 5) -> str:
    return "".join(random.choice("0123456789abcdef") for _ in range(size * 2))


async def seconds() -> float:
    return time.perf_counter()


async def randint(a: int, b: int) -> int:
    return random.randint(a, b)


async def randsleep(a: int = 1, b: int = 5, caller=None) -> None:
    i = await randint(a, b)
    if caller:
        print(f"{caller} sleeping for {i} seconds.")
    await asyncio.sleep(i)


async def produce(name: int, q: asyncio.Queue) -> None:
    n = await randint(1, 5)
    for _ in range(n):  # Synchronous
        await randsleep(caller=f"Producer {name}")
        i = await makeitem()
        t = await seconds()
        await q.put((i, t))
        print(f"Producer {name} added <{i}> to queue.")


async def consume(name: int, q: asyncio.Queue) -> None:
    while True:
        await randsleep(caller=f"Consumer {name}")
        i, t = await q.get()
        now = await seconds()
        print(
            f"Consumer {name} got element <{i}>" f" in {now-t:0.5f} seconds."
        )
        q.task_done()


async def main(nprod: int, ncon: int):
    q = asyncio.Queue()
    producers = [asyncio.create_task(produce(n, q)) for n in range(nprod)]
    consumers = [asyncio.create_task(consume(n, q)) for n in range(ncon)]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()


if __name__ == "__main__":
    random.seed(444)
    start = time.perf_counter()
    asyncio.run(main(nprod=5, ncon=10))
    elapsed = time.perf_counter() - start
    print(f"Program completed in {elapsed:0.5f} seconds.")
