# Source: Jason Brownlee, SuperFastPython, "Python Asyncio Mastery" (book), chapter 27, the race fixed with a Lock;
#   code: github.com/SuperFastPython/PythonAsyncioMastery, src/27_sync_lock/03_fixed_race_condition.py @ c9208f63d87d6ce7f7fc77aaa20d0496d4ee3c2b
# Changes: none
# SuperFastPython.com
# example of fixed race condition with shared memory
import asyncio

# task that operates on a shared variable
async def task(lock):
    # acquire the lock
    async with lock:
        # declare global variable
        global value
        # retrieve the value
        tmp = value
        # suspend for a moment
        await asyncio.sleep(0)
        # update the tmp value
        tmp = tmp + 1
        # suspend for a moment
        await asyncio.sleep(0)
        # store the updated value
        value = tmp

# main coroutine
async def main():
    # declare the global variable
    global value
    # define the global variable
    value = 0
    # create the shared lock
    lock = asyncio.Lock()
    # create many coroutines to update the global sate
    coros = [task(lock) for _ in range(10000)]
    # execute all coroutines
    await asyncio.gather(*coros)
    # report the value of the counter
    print(value)

# entry point
asyncio.run(main())
