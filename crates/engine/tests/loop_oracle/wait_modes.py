# asyncio.wait in its three modes, and with a timeout; as_completed in order of finishing.
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


async def main():
    ts = [asyncio.create_task(work(n, d, f)) for n, d, f in [("a", 3, False), ("b", 1, True), ("c", 2, False)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", sorted(t.get_name() for t in done), len(pending))
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print("after timeout:", len(done), len(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", len(done), len(pending))
    # Tasks, not coroutines: as_completed wraps coroutines in tasks in the order of a set.
    racers = [asyncio.create_task(work(n, d)) for n, d in [("x", 2), ("y", 1), ("z", 1.5)]]
    for coro in asyncio.as_completed(racers):
        print("as_completed:", await coro)
    try:
        for coro in asyncio.as_completed([asyncio.create_task(work("slow", 5))], timeout=1):
            await coro
    except TimeoutError:
        print("as_completed timed out")


asyncio.run(main())
