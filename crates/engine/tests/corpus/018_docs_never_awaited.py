# Source: https://docs.python.org/3.11/library/asyncio-dev.html#detect-never-awaited-coroutines
#   (Python 3.11 documentation, "Developing with asyncio" > "Detect never-awaited
#    coroutines"; Doc/library/asyncio-dev.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Developing with asyncio"
# Changes: none (stdout is empty; CPython's RuntimeWarning goes to stderr)
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main())
