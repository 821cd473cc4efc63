# Benchmark: create_task + gather of 10,000 tasks that each yield once.
import asyncio


async def work(i):
    await asyncio.sleep(0)
    return i


async def main():
    tasks = [None] * 10000
    for i in range(10000):
        tasks[i] = asyncio.create_task(work(i))
    results = await asyncio.gather(*tasks)
    print("sum:", sum(results))


asyncio.run(main())
