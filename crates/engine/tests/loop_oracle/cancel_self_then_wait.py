# A task that cancels itself, then waits on an event: the waiter future is cancelled as
# soon as the task yields it, so it never counts among the event's waiters.
import asyncio


async def restless(ev):
    asyncio.current_task().cancel()
    try:
        await ev.wait()
    except asyncio.CancelledError:
        print("cancelled while starting to wait; event waiters:", len(ev._waiters))
        raise


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(restless(ev))
    waiter = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    await asyncio.gather(t, return_exceptions=True)
    ev.set()
    await waiter
    print("done")


asyncio.run(main())
