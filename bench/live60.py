# Benchmark: a 60-virtual-second run, one wake-up per second (live-pace lateness).
import asyncio


async def main():
    for i in range(60):
        await asyncio.sleep(1)
    print("done")


asyncio.run(main())
