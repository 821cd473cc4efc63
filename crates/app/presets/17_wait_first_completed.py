# asyncio.wait(..., return_when=FIRST_COMPLETED) returns as soon as one task is done:
# two mirrors race to answer, and the slower one is cancelled.
import asyncio


async def ask(mirror, seconds):
    await asyncio.sleep(seconds)
    return f"answer from {mirror}"


async def main():
    fast = asyncio.create_task(ask("mirror A", 1.5))
    slow = asyncio.create_task(ask("mirror B", 3))
    done, pending = await asyncio.wait({fast, slow}, return_when=asyncio.FIRST_COMPLETED)
    for task in done:
        print("winner:", task.result())
    for task in pending:
        task.cancel()
    await asyncio.sleep(0)
    print("the slower one was cancelled:", slow.cancelled())


asyncio.run(main())
