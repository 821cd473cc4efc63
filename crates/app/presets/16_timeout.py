# asyncio.timeout puts a deadline on a block: a call still running at the deadline is
# cancelled, and TimeoutError comes out of the block.
import asyncio


async def fetch(what, seconds):
    print(f"fetching {what} ({seconds} s)")
    await asyncio.sleep(seconds)
    return f"{what} data"


async def main():
    async with asyncio.timeout(2):
        print("got", await fetch("weather", 1))
    try:
        async with asyncio.timeout(2):
            print("got", await fetch("news", 5))
    except TimeoutError:
        print("news took longer than 2 s: gave up")
    print("main done")


asyncio.run(main())
