# CPython's side of the live-pace benchmark: real asyncio, the same 60 one-second sleeps
# as bench/live60.py; prints the lateness of each wake-up (p50, p99, ms) and the drift of
# the end against the plan (ms), tab-separated.
import asyncio
import time


async def main():
    start = time.monotonic()
    late = []
    for i in range(60):
        await asyncio.sleep(1)
        late.append((time.monotonic() - start - (i + 1)) * 1000)
    drift = (time.monotonic() - start - 60) * 1000
    late.sort()
    p = lambda q: late[min(len(late) - 1, int(q * len(late)))]
    print(f"{p(0.5):.2f}\t{p(0.99):.2f}\t{drift:.2f}")


asyncio.run(main())
