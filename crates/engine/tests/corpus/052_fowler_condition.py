# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 11.14
#   (Condition: notify_all wakes two workers); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_11/listing_11_14.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes:
#   - the program never ends (two 'while True' workers, main awaits them forever):
#     asyncio.run(main()) became asyncio.run(asyncio.wait_for(main(), 12)), so it stops with
#     TimeoutError after 12 virtual seconds (two notifications)
import asyncio
from asyncio import Condition


async def do_work(condition: Condition):
    while True:
        print('Waiting for condition lock...')
        async with condition:
            print('Acquired lock, releasing and waiting for condition...')
            await condition.wait()
            print('Condition event fired, re-acquiring lock and doing work...')
            await asyncio.sleep(1)
        print('Work finished, lock released.')


async def fire_event(condition: Condition):
    while True:
        await asyncio.sleep(5)
        print('About to notify, acquiring condition lock...')
        async with condition:
            print('Lock acquired, notifying all workers.')
            condition.notify_all()
        print('Notification finished, releasing lock.')


async def main():
    condition = Condition()

    asyncio.create_task(fire_event(condition))
    await asyncio.gather(do_work(condition), do_work(condition))


asyncio.run(asyncio.wait_for(main(), 12))
