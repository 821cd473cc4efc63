# A TaskGroup with one failing task: the others are cancelled, the error comes out of except*.
import asyncio


async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(f"{name} done")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 1))
            tg.create_task(worker("b", 2, fail=True))
            tg.create_task(worker("c", 3))
            print("all started")
    except* ValueError as eg:
        for e in eg.exceptions:
            print("caught:", e)
    print("after the group")


asyncio.run(main())
