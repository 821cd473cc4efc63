# Cancelling tasks blocked on a queue get, a lock acquire, an event wait and a semaphore.
import asyncio


async def blocked(name, coro):
    try:
        await coro
        print(f"{name}: got through")
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(0)
    await lock.acquire()
    tasks = [
        asyncio.create_task(blocked("get", q.get())),
        asyncio.create_task(blocked("acquire", lock.acquire())),
        asyncio.create_task(blocked("wait", ev.wait())),
        asyncio.create_task(blocked("sem", sem.acquire())),
        asyncio.create_task(blocked("sem2", sem.acquire())),
    ]
    await asyncio.sleep(1)
    tasks[0].cancel()
    tasks[1].cancel()
    tasks[3].cancel()
    sem.release()
    await asyncio.sleep(0)
    tasks[2].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("lock still locked:", lock.locked(), "queue empty:", q.empty())
    lock.release()


asyncio.run(main())
