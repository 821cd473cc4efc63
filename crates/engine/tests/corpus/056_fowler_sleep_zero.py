# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 14.3
#   (create_task then sleep(0) lets the new task start); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_14/listing_14_3.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes:
#   - 'from util import delay' replaced by the text of util/delay_functions.py (the book's
#     helper module, listing 2.6)
import asyncio
# --- util/delay_functions.py of the same repository, inlined (was: from util import delay)
async def delay(delay_seconds: int) -> int:
    print(f'sleeping for {delay_seconds} second(s)')
    await asyncio.sleep(delay_seconds)
    print(f'finished sleeping for {delay_seconds} second(s)')
    return delay_seconds
# ---


async def create_tasks_no_sleep():
    task1 = asyncio.create_task(delay(1))
    task2 = asyncio.create_task(delay(2))
    print('Gathering tasks:')
    await asyncio.gather(task1, task2)


async def create_tasks_sleep():
    task1 = asyncio.create_task(delay(1))
    await asyncio.sleep(0)
    task2 = asyncio.create_task(delay(2))
    await asyncio.sleep(0)
    print('Gathering tasks:')
    await asyncio.gather(task1, task2)


async def main():
    print('--- Testing without asyncio.sleep(0) ---')
    await create_tasks_no_sleep()
    print('--- Testing with asyncio.sleep(0) ---')
    await create_tasks_sleep()

asyncio.run(main())
