# Benchmark: task switches. Two tasks hand the loop to each other 100,000 times each.
import asyncio


async def spinner(name, n):
    for i in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    a = asyncio.create_task(spinner("a", 100000))
    b = asyncio.create_task(spinner("b", 100000))
    print("switches:", await a + await b)


asyncio.run(main())
