# Source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly, 2020), chapter 3, Example 3-1, the "Hello World" of asyncio;
#   code as transcribed in github.com/ralphribeiro/using-asyncio-in-python,
#   src/chapter 3/ex1_quickstart.py @ 0eb1a72066334c627418499a25aecdca99db854f (the comments are the transcriber's notes)
# Changes: none
import asyncio, time


# asyncio provides a run() function to execute an async def function and
# all other coroutines called from there, like sleep() in the main() function.
async def main():
    print(f'{time.ctime()} Hello!')
    await asyncio.sleep(1.0)
    print(f'{time.ctime()} Goodbye!')


asyncio.run(main())
