# A Semaphore(3) lets at most 3 downloads run at once: the others wait at
# "async with sem" until a running one leaves the block.
import asyncio


async def download(sem, name, seconds):
    async with sem:
        print(f"start {name}")
        await asyncio.sleep(seconds)
        print(f"done {name}")


async def main():
    sem = asyncio.Semaphore(3)
    files = [("a.txt", 2), ("b.txt", 1), ("c.txt", 3), ("d.txt", 1), ("e.txt", 2), ("f.txt", 1), ("g.txt", 1)]
    await asyncio.gather(*(download(sem, name, seconds) for name, seconds in files))
    print("all downloads finished")


asyncio.run(main())
