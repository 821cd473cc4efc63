# Source: Jason Brownlee, SuperFastPython, "Python Asyncio Jump-Start" (book), lesson 1, hello world (a tab-indented comment line);
#   code: github.com/SuperFastPython/PythonAsyncioJumpStart, src/lesson01_hello_world.py @ 4de4daf4270d234a67894049315e2862e35fa5f4
# Changes: none
# SuperFastPython.com
# example of a hello world program for asyncio
import asyncio

# define a coroutine
async def custom_coroutine():
	# report a message
    print('Hello world')

# execute the coroutine
asyncio.run(custom_coroutine())
