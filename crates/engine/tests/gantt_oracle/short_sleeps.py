# Issue 13: sleeps far narrower than a pixel still count, and still show.
import asyncio


async def ticker(name, pause):
    for i in range(3):
        await asyncio.sleep(pause)
    print(name, "done")


async def main():
    await asyncio.sleep(1.4)
    await asyncio.sleep(2.5e-3)
    await asyncio.gather(ticker("micro", 1e-6), ticker("milli", 1e-3), ticker("long", 0.9))
    await asyncio.sleep(1e-9)
    print("end")


asyncio.run(main())
