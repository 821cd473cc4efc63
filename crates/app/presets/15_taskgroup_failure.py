# TaskGroup: when one task fails, the group cancels the others, waits for them, and
# raises an ExceptionGroup, which except* takes apart.
import asyncio


async def fetch(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ConnectionError(f"{name} is unreachable")
    print(f"{name}: fetched")
    return name


async def main():
    tasks = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tasks["users"] = tg.create_task(fetch("users", 1))
            tasks["orders"] = tg.create_task(fetch("orders", 2, fail=True))
            tasks["stock"] = tg.create_task(fetch("stock", 3))
            tasks["prices"] = tg.create_task(fetch("prices", 4))
            print("all four started")
    except* ConnectionError as group:
        for error in group.exceptions:
            print("failed:", error)
    for name, task in tasks.items():
        if task.cancelled():
            print(f"{name}: cancelled")
        elif task.exception():
            print(f"{name}: raised {task.exception()!r}")
        else:
            print(f"{name}: returned {task.result()!r}")


asyncio.run(main())
