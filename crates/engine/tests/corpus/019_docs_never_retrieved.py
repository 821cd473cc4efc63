# Source: https://docs.python.org/3.11/library/asyncio-dev.html#detect-never-retrieved-exceptions
#   (Python 3.11 documentation, "Developing with asyncio" > "Detect never-retrieved
#    exceptions"; Doc/library/asyncio-dev.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Developing with asyncio"
# Changes: none (stdout is empty; "Task exception was never retrieved" goes to stderr)
import asyncio

async def bug():
    raise Exception("not consumed")

async def main():
    asyncio.create_task(bug())

asyncio.run(main())
