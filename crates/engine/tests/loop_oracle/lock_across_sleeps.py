# A Lock held across sleeps: the other tasks queue up behind it, in order.
import asyncio


async def use(lock, name):
    print(f"{name} wants the lock")
    async with lock:
        print(f"{name} has it")
        await asyncio.sleep(1)
        await asyncio.sleep(0.5)
        print(f"{name} releases it")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(use(lock, "a"), use(lock, "b"), use(lock, "c"))
    print("locked at the end:", lock.locked())


asyncio.run(main())
