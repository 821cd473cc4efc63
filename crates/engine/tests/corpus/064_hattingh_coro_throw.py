# Source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly, 2020), chapter 3, Example 3-8, throw() an exception into a coroutine;
#   code as transcribed in github.com/ralphribeiro/using-asyncio-in-python,
#   src/chapter 3/ex8.py @ 0eb1a72066334c627418499a25aecdca99db854f (the comments are the transcriber's notes)
# Note: written for Python 3.8, where asyncio.sleep() outside a running loop still worked;
#   on 3.11 the first coro.send(None) already stops with "RuntimeError: no running event
#   loop" (what a learner pasting it sees).
# Changes: none
import asyncio


async def f():
    await asyncio.sleep(1.0)
    return 123


# As before, a new coroutine is created from the coroutine function f()
coro = f()
coro.send(None)
# Instead of doing another send(), we call throw() and provide an exception
# classand a value. This raises an exception inside our coroutine, at the
# await point.
coro.throw(Exception, 'blah')
