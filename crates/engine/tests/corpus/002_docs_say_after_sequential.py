# Source: https://docs.python.org/3.11/library/asyncio-task.html#coroutines
#   (Python 3.11 documentation, "Coroutines and Tasks" > "Coroutines", "Awaiting on a
#    coroutine" example; Doc/library/asyncio-task.rst from Debian's python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes: none
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print(f"started at {time.strftime('%X')}")

    await say_after(1, 'hello')
    await say_after(2, 'world')

    print(f"finished at {time.strftime('%X')}")

asyncio.run(main())
