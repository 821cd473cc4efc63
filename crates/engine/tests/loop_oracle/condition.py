# A Condition: consumers wait until the producer has made an item and notified them.
import asyncio


async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(f"{name} takes {items.pop(0)}")


async def producer(cond, items):
    for i in range(3):
        await asyncio.sleep(1)
        async with cond:
            items.append(i)
            print(f"made {i}")
            cond.notify()


async def main():
    cond = asyncio.Condition()
    items = []
    await asyncio.gather(consumer("x", cond, items), consumer("y", cond, items),
                         consumer("z", cond, items), producer(cond, items))


asyncio.run(main())
