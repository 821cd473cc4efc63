# Source: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout_at
#   (Python 3.11 documentation, "Coroutines and Tasks" > asyncio.timeout_at() example;
#    Doc/library/asyncio-task.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes:
#   - added "import asyncio", "from asyncio import get_running_loop" (the snippet calls it
#     unqualified) and asyncio.run(main());
#   - the docs leave long_running_task() undefined: defined here as a coroutine that
#     works for 5 seconds, then 30 more (it outlasts the 20 s deadline).
import asyncio
from asyncio import get_running_loop


async def long_running_task():
    await asyncio.sleep(5)
    print("5 seconds of work done")
    await asyncio.sleep(30)
    print("all the work done")


async def main():
    loop = get_running_loop()
    deadline = loop.time() + 20
    try:
        async with asyncio.timeout_at(deadline):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")

    print("This statement will run regardless.")


asyncio.run(main())
