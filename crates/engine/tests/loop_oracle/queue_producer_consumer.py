# A bounded queue between a producer and two consumers; join waits until every item is done.
import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print(f"put {i} (size {queue.qsize()})")
    print("producer done")


async def consumer(name, queue):
    while True:
        item = await queue.get()
        print(f"{name} got {item}")
        await asyncio.sleep(0.5)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    await producer(queue, 6)
    await queue.join()
    print("all items processed")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers stopped")


asyncio.run(main())
