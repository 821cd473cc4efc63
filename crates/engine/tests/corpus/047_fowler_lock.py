# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 11.4
#   (asyncio.Lock with async with); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_11/listing_11_4.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes:
#   - 'from util import delay' replaced by the text of util/delay_functions.py (the book's
#     helper module, listing 2.6)
import asyncio
from asyncio import Lock
# --- util/delay_functions.py of the same repository, inlined (was: from util import delay)
async def delay(delay_seconds: int) -> int:
    print(f'sleeping for {delay_seconds} second(s)')
    await asyncio.sleep(delay_seconds)
    print(f'finished sleeping for {delay_seconds} second(s)')
    return delay_seconds
# ---


async def a(lock: Lock):
    print('Coroutine a waiting to acquire the lock')
    async with lock:
        print('Coroutine a is in the critical section')
        await delay(2)
    print('Coroutine a released the lock')


async def b(lock: Lock):
    print('Coroutine b waiting to acquire the lock')
    async with lock:
        print('Coroutine b is in the critical section')
        await delay(2)
    print('Coroutine b released the lock')


async def main():
    lock = Lock()
    await asyncio.gather(a(lock), b(lock))


asyncio.run(main())
