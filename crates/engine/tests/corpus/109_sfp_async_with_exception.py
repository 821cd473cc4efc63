# Source: Jason Brownlee, SuperFastPython, "Python Asyncio Mastery" (book), chapter 25, an exception inside async with;
#   code: github.com/SuperFastPython/PythonAsyncioMastery, src/25_structures_context_managers/03_context_manager_exception.py @ c9208f63d87d6ce7f7fc77aaa20d0496d4ee3c2b
# Changes: none
# SuperFastPython.com
# example of an async context manager with an exception
import asyncio

# define an asynchronous context manager
class AsyncContextManager:
    # enter the async context manager
    async def __aenter__(self):
        # report a message
        print('>entering the context manager')
        # block for a moment
        await asyncio.sleep(0.5)

    # exit the async context manager
    async def __aexit__(self, exc_type, exc, tb):
        # report a message
        print('>exiting the context manager')
        # block for a moment
        await asyncio.sleep(0.5)

# define a simple coroutine
async def custom_coroutine():
    # create and use the asynchronous context manager
    async with AsyncContextManager() as manager:
        # report the result
        print(f'within the manager')
        # fail with an exception
        raise Exception('Something bad happened')

# start the asyncio event loop
asyncio.run(custom_coroutine())
