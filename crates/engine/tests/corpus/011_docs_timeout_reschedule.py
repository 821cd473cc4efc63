# Source: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Timeout
#   (Python 3.11 documentation, "Coroutines and Tasks" > asyncio.timeout(), the
#    Timeout.reschedule() example; Doc/library/asyncio-task.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes:
#   - added "import asyncio", "from asyncio import get_running_loop" (the snippet calls it
#     unqualified) and asyncio.run(main());
#   - the docs leave long_running_task() undefined: defined here as a coroutine that
#     sleeps for an hour (it must outlast the 10 s deadline for the example to show it).
import asyncio
from asyncio import get_running_loop


async def long_running_task():
    await asyncio.sleep(3600)


async def main():
    try:
        # We do not know the timeout when starting, so we pass ``None``.
        async with asyncio.timeout(None) as cm:
            # We know the timeout now, so we reschedule it.
            new_deadline = get_running_loop().time() + 10
            cm.reschedule(new_deadline)

            await long_running_task()
    except TimeoutError:
        pass

    if cm.expired():
        print("Looks like we haven't finished on time.")


asyncio.run(main())
