# Source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly, 2020), chapter 3, run_until_complete leaves another task pending;
#   code as transcribed in github.com/ralphribeiro/using-asyncio-in-python,
#   src/chapter 3/ex29.py @ 0eb1a72066334c627418499a25aecdca99db854f (the comments are the transcriber's notes)
# Changes: none
# Destroyer of pending tasks
import asyncio


async def f(delay):
    await asyncio.sleep(delay)


loop = asyncio.get_event_loop()
t1 = loop.create_task(f(1))
t2 = loop.create_task(f(2))

# Run only until task 1 is complete.
loop.run_until_complete(t1)
loop.close()
