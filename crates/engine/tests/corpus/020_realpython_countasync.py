# Source: Real Python, "Async IO in Python: A Complete Walkthrough" (Brad Solomon),
#   https://realpython.com/async-io-python/ — companion code: github.com/realpython/materials,
#   asyncio-walkthrough/countasync.py @ 5072d99c6e1e5b88c2481e6c6d64e585939d5522
# Changes:
#   - {__file__} in the last f-string replaced by the text countasync.py (a file path;
#     the playground has no file).
#!/usr/bin/env python3
# countasync.py

import asyncio


async def count():
    print("One")
    await asyncio.sleep(1)
    print("Two")


async def main():
    await asyncio.gather(count(), count(), count())


if __name__ == "__main__":
    import time

    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"countasync.py executed in {elapsed:0.2f} seconds.")
