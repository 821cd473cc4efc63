# Issue 13: asyncio.run cancels two sleeping workers at 1.0; the first one blocks the loop
# in its finally until 1.5: the second one is ready from 1.0, not asleep until 1.2.
import asyncio
import time

async def worker(name):
    try:
        while True:
            await asyncio.sleep(0.3)
    finally:
        if name == "first":
            time.sleep(0.5)

async def main():
    asyncio.create_task(worker("first"))
    asyncio.create_task(worker("second"))
    await asyncio.sleep(1.0)
    raise ValueError("boom")

asyncio.run(main())
