# Source: Jason Brownlee, SuperFastPython, "Python Asyncio Mastery" (book), chapter 4, asyncio.sleep(1) called without await;
#   code: github.com/SuperFastPython/PythonAsyncioMastery, src/04_asyncio_hello_world/04_hello_world_sleep_warning.py @ c9208f63d87d6ce7f7fc77aaa20d0496d4ee3c2b
# Changes: none
# SuperFastPython.com
# hello world program for asyncio that tries to sleep
import asyncio

# define a coroutine
async def main():
    # block
    asyncio.sleep(1) # warning
    # report a message
    print('Hello world')

# start the asyncio event loop
asyncio.run(main())
