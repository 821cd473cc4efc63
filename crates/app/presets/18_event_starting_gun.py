# An Event as a starting gun: the runners wait at the line until the event is set,
# then all of them start at the same moment.
import asyncio


async def runner(name, start, seconds):
    print(f"{name} is at the starting line")
    await start.wait()
    print(f"{name} runs")
    await asyncio.sleep(seconds)
    print(f"{name} finishes after {seconds} s")


async def main():
    start = asyncio.Event()
    runners = [asyncio.create_task(runner(name, start, s)) for name, s in [("Ada", 3), ("Bo", 2), ("Cy", 2.5)]]
    await asyncio.sleep(1)
    print("ready... set... go!")
    start.set()
    await asyncio.gather(*runners)
    print("race over")


asyncio.run(main())
