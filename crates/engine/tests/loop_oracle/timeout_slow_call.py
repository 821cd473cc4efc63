# asyncio.timeout around a slow call: the call is cancelled and TimeoutError comes out.
import asyncio


async def slow(seconds):
    try:
        await asyncio.sleep(seconds)
        return f"slept {seconds}"
    finally:
        print(f"slow({seconds}) ends")


async def main():
    async with asyncio.timeout(2):
        print(await slow(1))
    try:
        async with asyncio.timeout(1.5) as cm:
            print(await slow(5))
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    print("main done")


asyncio.run(main())
