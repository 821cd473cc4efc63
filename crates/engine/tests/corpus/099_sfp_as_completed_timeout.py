# Source: Jason Brownlee, SuperFastPython, "Python Asyncio Mastery" (book), chapter 16, as_completed with a timeout;
#   code: github.com/SuperFastPython/PythonAsyncioMastery, src/16_tasks_as_completed/02_tasks_as_completed_with_timeout.py @ c9208f63d87d6ce7f7fc77aaa20d0496d4ee3c2b
# Changes: none
# SuperFastPython.com
# example of getting coroutine results with a timeout
from random import random
import asyncio

# coroutine to execute in a new task
async def task_coro(arg):
    # generate a random value between 0 and 1
    value = random()
    # block for a moment
    await asyncio.sleep(value)
    # return the result
    return arg * value

# main coroutine
async def main():
    # create many coroutines
    coros = [task_coro(i) for i in range(10)]
    # handle a timeout
    try:
        # get results as coroutines are completed
        for coro in asyncio.as_completed(
            coros, timeout=0.5):
            # get the result from the next to complete
            result = await coro
            # report the result
            print(f'>got {result}')
    except asyncio.TimeoutError:
        print('Gave up after timeout')

# start the asyncio event loop
asyncio.run(main())
