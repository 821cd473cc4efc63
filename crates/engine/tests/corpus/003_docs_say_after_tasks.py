# Source: https://docs.python.org/3.11/library/asyncio-task.html#coroutines
#   (Python 3.11 documentation, "Coroutines and Tasks" > "Coroutines", the
#    asyncio.create_task() example; Doc/library/asyncio-task.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes:
#   - the docs show only the new main(); the imports, say_after() and asyncio.run(main())
#     are those of the preceding example it modifies ("Let's modify the above example").
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(
        say_after(1, 'hello'))

    task2 = asyncio.create_task(
        say_after(2, 'world'))

    print(f"started at {time.strftime('%X')}")

    # Wait until both tasks are completed (should take
    # around 2 seconds.)
    await task1
    await task2

    print(f"finished at {time.strftime('%X')}")

asyncio.run(main())
