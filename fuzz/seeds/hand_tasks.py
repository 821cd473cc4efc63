import asyncio
import time

async def worker(n, d=0.5):
    try:
        await asyncio.sleep(d)
        if n % 3 == 0:
            raise ValueError(f"bad {n}")
        return n * 2
    except asyncio.CancelledError:
        print("cancelled", n)
        raise
    finally:
        print("done", n, time.monotonic())

async def main():
    tasks = []
    for i in range(4):
        tasks = tasks + [asyncio.create_task(worker(i, i / 2), name="w" + str(i))]
    tasks[3].cancel()
    r = await asyncio.gather(*tasks, return_exceptions=True)
    print(r)
    try:
        await asyncio.wait_for(worker(7, 5), 1)
    except TimeoutError as e:
        print("timeout", repr(e))
    time.sleep(0.25)
    print(tasks[0].done(), tasks[0].result())

asyncio.run(main())
