# Benchmark: start-up of a whole `loopscope run` on a tiny scenario.
import asyncio


async def main():
    await asyncio.sleep(1)
    print("done")


asyncio.run(main())
