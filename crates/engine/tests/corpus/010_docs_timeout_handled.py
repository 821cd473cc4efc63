# Source: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
#   (Python 3.11 documentation, "Coroutines and Tasks" > asyncio.timeout(), "Example of
#    catching asyncio.TimeoutError"; Doc/library/asyncio-task.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes:
#   - added "import asyncio" and asyncio.run(main()) (the snippet is main() only);
#   - the docs leave long_running_task() undefined: defined here as a coroutine that
#     sleeps for an hour (it must outlast the 10 s timeout for the example to show it).
import asyncio


async def long_running_task():
    await asyncio.sleep(3600)


async def main():
    try:
        async with asyncio.timeout(10):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")

    print("This statement will run regardless.")


asyncio.run(main())
