# Source: Jason Brownlee, SuperFastPython, "Python Asyncio Jump-Start" (book), lesson 4, an async generator with async for;
#   code: github.com/SuperFastPython/PythonAsyncioJumpStart, src/lesson04_async_generator.py @ 4de4daf4270d234a67894049315e2862e35fa5f4
# Changes: none
# SuperFastPython.com
# example of asynchronous generator with async for loop
import asyncio

# define an asynchronous generator
async def async_generator():
    # normal loop
    for i in range(10):
        # suspend to simulate doing work
        await asyncio.sleep(1)
        # yield the result
        yield i

# main coroutine
async def main():
    # loop over async generator with async for loop
    async for item in async_generator():
        print(item)

# execute the asyncio program
asyncio.run(main())
