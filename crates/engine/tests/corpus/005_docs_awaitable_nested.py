# Source: https://docs.python.org/3.11/library/asyncio-task.html#awaitables
#   (Python 3.11 documentation, "Coroutines and Tasks" > "Awaitables" > "Coroutines";
#    Doc/library/asyncio-task.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes: none
# Note: the un-awaited nested() makes CPython write "RuntimeWarning: coroutine 'nested'
#   was never awaited" to stderr; stdout only has 42.
import asyncio

async def nested():
    return 42

async def main():
    # Nothing happens if we just call "nested()".
    # A coroutine object is created but not awaited,
    # so it *won't run at all*.
    nested()

    # Let's do it differently now and await it:
    print(await nested())  # will print "42".

asyncio.run(main())
