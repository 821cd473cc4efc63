# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 12.6
#   (a PriorityQueue of dataclass work items); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_12/listing_12_6.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
# Refused: 'from dataclasses import dataclass, field' (another module)
import asyncio
from asyncio import Queue, PriorityQueue
from dataclasses import dataclass, field


@dataclass(order=True)
class WorkItem:
    priority: int
    data: str = field(compare=False)


async def worker(queue: Queue):
    while not queue.empty():
        work_item: WorkItem = await queue.get()
        print(f'Processing work item {work_item}')
        queue.task_done()


async def main():
    priority_queue = PriorityQueue()

    work_items = [WorkItem(3, 'Lowest priority'),
                  WorkItem(2, 'Medium priority'),
                  WorkItem(1, 'High priority')]

    worker_task = asyncio.create_task(worker(priority_queue))

    for work in work_items:
        priority_queue.put_nowait(work)

    await asyncio.gather(priority_queue.join(), worker_task)


asyncio.run(main())
