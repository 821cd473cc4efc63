# A Semaphore caps the number of concurrent downloads at 3.
import asyncio


async def download(sem, n):
    async with sem:
        print(f"start {n}")
        await asyncio.sleep(1 + n % 2)
        print(f"end {n}")
    return n


async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(download(sem, n) for n in range(7)))
    print(results)


asyncio.run(main())
