# An Event as a starting gun: the runners wait until it is set, then all go.
import asyncio


async def runner(name, start, pace):
    print(f"{name} ready")
    await start.wait()
    print(f"{name} starts")
    await asyncio.sleep(pace)
    print(f"{name} finishes")


async def main():
    start = asyncio.Event()
    runners = [asyncio.create_task(runner(n, start, p)) for n, p in [("ann", 2), ("bob", 1), ("cy", 3)]]
    await asyncio.sleep(1)
    print("bang!")
    start.set()
    await asyncio.gather(*runners)


asyncio.run(main())
