# Benchmark: 1,000 tasks with staggered sleeps (a big Gantt chart).
import asyncio


async def worker(i):
    await asyncio.sleep(1 + i % 10 / 10)
    await asyncio.sleep(0.5)


async def main():
    tasks = [None] * 1000
    for i in range(1000):
        tasks[i] = asyncio.create_task(worker(i))
    await asyncio.gather(*tasks)
    print("done")


asyncio.run(main())
