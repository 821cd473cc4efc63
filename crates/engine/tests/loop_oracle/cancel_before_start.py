# A task cancelled before its first step never runs: not even the try or the finally at
# the top of its coroutine (CPython throws into a coroutine that has not started).
import asyncio


async def job(name):
    try:
        print(f"{name} runs")
        await asyncio.sleep(1)
    finally:
        print(f"{name} finally")


async def spawner():
    asyncio.create_task(job("late"))


async def main():
    early = asyncio.create_task(job("early"))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("early was cancelled before it started:", early.cancelled())
    asyncio.create_task(spawner())
    await asyncio.sleep(0)


asyncio.run(main())
