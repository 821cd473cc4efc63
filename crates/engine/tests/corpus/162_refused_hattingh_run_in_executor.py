# Source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly, 2020), chapter 3, Example 3-36, the executor takes too long to finish;
#   code as transcribed in github.com/ralphribeiro/using-asyncio-in-python,
#   src/chapter 3/ex36.py @ 0eb1a72066334c627418499a25aecdca99db854f (the comments are the transcriber's notes)
# Refused: loop.run_in_executor (threads; no import gives it away)
# Changes: none
# The executor takes too long to finish
import time
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, blocking)
    print(f'{time.ctime()} Hello!')
    await asyncio.sleep(1.0)
    print(f'{time.ctime()} Goodbye!')


def blocking():
    # This code sample is exactly the same as the one in ex3, except that the
    # sleep time in the blocking function is now longer than in the async one.
    time.sleep(1.5)
    print(f'{time.ctime()} Hello from a thread!')


asyncio.run(main())


