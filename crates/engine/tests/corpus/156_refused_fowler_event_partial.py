# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 11.10
#   (an Event set by a call_later callback); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_11/listing_11_10.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
# Refused: 'import functools' (another module)
import asyncio
import functools
from asyncio import Event


def trigger_event(event: Event):
    event.set()


async def do_work_on_event(event: Event):
    print('Waiting for event...')
    await event.wait() #A
    print('Performing work!')
    await asyncio.sleep(1) #B
    print('Finished work!')
    event.clear() #C


async def main():
    event = asyncio.Event()
    asyncio.get_running_loop().call_later(5.0, functools.partial(trigger_event, event)) #D
    await asyncio.gather(do_work_on_event(event), do_work_on_event(event))


asyncio.run(main())
