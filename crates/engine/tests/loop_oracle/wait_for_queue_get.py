# wait_for around queue.get: the getter is cancelled and leaves the queue's waiters.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        await asyncio.wait_for(q.get(), 1)
    except TimeoutError:
        print("no item within 1 s")
    await q.put("a")
    putter = asyncio.create_task(q.put("b"))
    await asyncio.sleep(1)
    print("putter blocked:", not putter.done(), q.qsize())
    print(await q.get(), await q.get())
    await putter
    print("empty:", q.empty())


asyncio.run(main())
