# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 14.7
#   (driving a coroutine by hand with send(None)); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_14/listing_14_7.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
async def say_hello():
    print('Hello!')


async def say_goodbye():
    print('Goodbye!')


async def meet_and_greet():
    await say_hello()
    await say_goodbye()


coro = meet_and_greet()

coro.send(None)
