# Benchmark: plain computation inside a coroutine (a million loop iterations).
import asyncio


async def main():
    total = 0
    for i in range(1000000):
        total += i * i % 7
    print("total:", total)


asyncio.run(main())
