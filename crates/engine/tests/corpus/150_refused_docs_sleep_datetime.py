# Source: https://docs.python.org/3.11/library/asyncio-task.html#sleeping
#   (Python 3.11 documentation, "Coroutines and Tasks" > asyncio.sleep() example, "coroutine
#    displaying the current date every second for 5 seconds"; Doc/library/asyncio-task.rst,
#    python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes: none
# Refused: 'import datetime' (another module; datetime.now() reads the real clock)
import asyncio
import datetime

async def display_date():
    loop = asyncio.get_running_loop()
    end_time = loop.time() + 5.0
    while True:
        print(datetime.datetime.now())
        if (loop.time() + 1.0) >= end_time:
            break
        await asyncio.sleep(1)

asyncio.run(display_date())
