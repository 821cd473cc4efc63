# Producer/consumer: a bounded queue hands jobs from a producer to two workers.
# put() waits while the queue is full, get() while it is empty, and join() until
# every job has been marked done with task_done().
import asyncio


async def producer(queue):
    for n in range(1, 7):
        await queue.put(f"job {n}")
        print(f"queued job {n}, queue size {queue.qsize()}")
    print("producer: all jobs queued")


async def worker(name, queue):
    while True:
        job = await queue.get()
        print(f"{name} starts {job}")
        await asyncio.sleep(1)
        print(f"{name} finished {job}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(worker(f"worker {i}", queue)) for i in (1, 2)]
    await producer(queue)
    await queue.join()
    print("all jobs done")
    for w in workers:
        w.cancel()


asyncio.run(main())
