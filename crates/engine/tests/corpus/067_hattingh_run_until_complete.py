# Source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly, 2020), chapter 3, Example 3-11, run_until_complete on a coroutine;
#   code as transcribed in github.com/ralphribeiro/using-asyncio-in-python,
#   src/chapter 3/ex11.py @ 0eb1a72066334c627418499a25aecdca99db854f (the comments are the transcriber's notes)
# Changes: none
import asyncio


async def f():
    await asyncio.sleep(1.0)
    return 111


# Obtain a loop
loop = asyncio.get_event_loop()
coro = f()

# Run the coroutine to completion. Internally, this is doing all those
# .send(None) method calls for us, and it detects completion of our coroutine
# with the StopIteration exception, which also contains our return value.
loop.run_until_complete(coro)
