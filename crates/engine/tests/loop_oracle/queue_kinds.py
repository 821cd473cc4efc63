# LifoQueue and PriorityQueue, get_nowait/put_nowait, QueueEmpty/QueueFull, task_done too often.
import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue(maxsize=3)
    for x in [3, 1, 2]:
        lifo.put_nowait(x)
        prio.put_nowait((x, f"job {x}"))
    try:
        prio.put_nowait((0, "too many"))
    except asyncio.QueueFull:
        print("prio is full:", prio.full(), prio.qsize())
    print([lifo.get_nowait() for _ in range(3)])
    print([(await prio.get())[1] for _ in range(3)])
    try:
        lifo.get_nowait()
    except asyncio.QueueEmpty:
        print("lifo is empty")
    for _ in range(6):
        prio.task_done()
    try:
        prio.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await prio.join()
    print("joined at once")


asyncio.run(main())
