# Source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly, 2020), chapter 3, Example 3-9, coroutine cancellation with throw(CancelledError);
#   code as transcribed in github.com/ralphribeiro/using-asyncio-in-python,
#   src/chapter 3/ex9.py @ 0eb1a72066334c627418499a25aecdca99db854f (the comments are the transcriber's notes)
# Note: written for Python 3.8, where asyncio.sleep() outside a running loop still worked;
#   on 3.11 the first coro.send(None) already stops with "RuntimeError: no running event
#   loop" (what a learner pasting it sees).
# Changes: none
import asyncio


async def f():
    try:
        while True:
            await asyncio.sleep(1.0)
    # Our coroutine function now handles an exception. In fact, it handles the
    # specific exception type used throughout the asyncio library for task
    # cancellation: asyncio.CancelledError. Note that the exception is being
    # injected into the coroutine from outside; i.e., by the event loop, which
    # we’re still simulating with manual send() and throw() commands. In real
    # code, which you’ll see later,CancelledError is raised inside the
    # task-wrapped coroutine when tasks are cancelled.
    except asyncio.CancelledError:
        # A simple message to say that the task got cancelled. Note that by
        # handling the exception, we ensure it will no longer propagate and
        # our coroutine will return.
        print('I was cancelled')
    else:
        return 111


coro = f()
coro.send(None)
coro.send(None)

# Here we throw() the CancelledError exception.
coro.throw(asyncio.CancelledError)


# As expected, we see our cancellation message being printed.

# Our coroutine exits normally. (Recall that the StopIteration exception is the
# normal way that coroutines exit.
