# Source: https://docs.python.org/3.11/library/asyncio-task.html#timeouts
#   (Python 3.11 documentation, "Coroutines and Tasks" > asyncio.wait_for() example;
#    Doc/library/asyncio-task.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes:
#   - added "import asyncio" (the docs snippet starts at "async def eternity").
import asyncio

async def eternity():
    # Sleep for one hour
    await asyncio.sleep(3600)
    print('yay!')

async def main():
    # Wait for at most 1 second
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)
    except TimeoutError:
        print('timeout!')

asyncio.run(main())

# Expected output:
#
#     timeout!
