# Source: https://docs.python.org/3.11/library/asyncio-runner.html#runner-context-manager
#   (Python 3.11 documentation, "Runners" > asyncio.Runner example;
#    Doc/library/asyncio-runner.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Runners"
# Changes:
#   - added "import asyncio" (the docs snippet starts at "async def main").
import asyncio

async def main():
    await asyncio.sleep(1)
    print('hello')

with asyncio.Runner() as runner:
    runner.run(main())
