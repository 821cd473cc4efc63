# Source: https://docs.python.org/3.11/library/asyncio-task.html#awaitables
#   (Python 3.11 documentation, "Coroutines and Tasks" > "Awaitables" > "Tasks";
#    Doc/library/asyncio-task.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes: none (the program prints nothing: its result is {"end": 0.0})
import asyncio

async def nested():
    return 42

async def main():
    # Schedule nested() to run soon concurrently
    # with "main()".
    task = asyncio.create_task(nested())

    # "task" can now be used to cancel "nested()", or
    # can simply be awaited to wait until it is complete:
    await task

asyncio.run(main())
