# Nested TaskGroups failing at the same time: the errors come out as one ExceptionGroup.
# (Each group has one task left to cancel: CPython cancels a group's tasks in the order of
# a set, which follows memory addresses.)
import asyncio


async def job(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled at", asyncio.get_running_loop().time())
        raise
    if error:
        raise error(name)
    print(f"{name} ok")


async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("in-1", 1))
        tg.create_task(job("in-2", 2, KeyError))
        tg.create_task(job("in-3", 5))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(job("out-1", 2, ValueError))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys:", [type(e).__name__ for e in eg.exceptions], repr(eg.exceptions[0].exceptions[0]))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job("alone", 1))
    print("done:", t.done())


asyncio.run(main())
