# asyncio.wait(FIRST_COMPLETED) races two tasks; the loser is cancelled.
import asyncio


async def racer(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} arrives")
    return name


async def main():
    a = asyncio.create_task(racer("tortoise", 2))
    b = asyncio.create_task(racer("hare", 1))
    done, pending = await asyncio.wait({a, b}, return_when=asyncio.FIRST_COMPLETED)
    print("winner:", [t.result() for t in done])
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in done])


asyncio.run(main())
