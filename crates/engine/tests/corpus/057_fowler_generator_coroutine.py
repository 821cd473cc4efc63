# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 14.5
#   (the removed @asyncio.coroutine decorator (AttributeError on 3.11)); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_14/listing_14_5.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
import asyncio


@asyncio.coroutine
def coroutine():
    print('Sleeping!')
    yield from asyncio.sleep(1)
    print('Finished!')


asyncio.run(coroutine())
