# Source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly, 2020), chapter 3, Example 3-7, await on a coroutine;
#   code as transcribed in github.com/ralphribeiro/using-asyncio-in-python,
#   src/chapter 3/ex7.py @ 0eb1a72066334c627418499a25aecdca99db854f (the comments are the transcriber's notes)
# Changes: none
import asyncio


async def f():
    await asyncio.sleep(1.0)
    return 123


async def main():
    # Calling f() produces a coroutine; this means we are allowed to await it.
    # The value of the result variable will be 123 when f() completes.
    result = await f()
    return result

ret = asyncio.run(main())
print(ret)
