# Source: https://docs.python.org/3.11/library/asyncio-task.html#coroutines
#   (Python 3.11 documentation, "Coroutines and Tasks" > "Coroutines", first example;
#    text taken from Doc/library/asyncio-task.rst as shipped in Debian's python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Coroutines and Tasks"
# Changes:
#   - the interactive session (">>>" / "..." prompts) written out as a script.
import asyncio

async def main():
    print('hello')
    await asyncio.sleep(1)
    print('world')

asyncio.run(main())
