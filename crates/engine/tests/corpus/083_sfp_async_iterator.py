# Source: Jason Brownlee, SuperFastPython, "Python Asyncio Jump-Start" (book), lesson 4, a class with __aiter__/__anext__;
#   code: github.com/SuperFastPython/PythonAsyncioJumpStart, src/lesson04_async_iterator.py @ 4de4daf4270d234a67894049315e2862e35fa5f4
# Changes: none
# SuperFastPython.com
# example of an async iterator with async for loop
import asyncio

# define an asynchronous iterator
class AsyncIterator():
    # constructor, define some state
    def __init__(self):
        self.counter = 0

    # create an instance of the iterator
    def __aiter__(self):
        return self

    # return the next awaitable
    async def __anext__(self):
        # check for no further items
        if self.counter >= 10:
            raise StopAsyncIteration
        # increment the counter
        self.counter += 1
        # simulate work
        await asyncio.sleep(1)
        # return the counter value
        return self.counter

# main coroutine
async def main():
    # loop over async iterator with async for loop
    async for item in AsyncIterator():
        print(item)

# execute the asyncio program
asyncio.run(main())
