# Condition.notify_all wakes every waiter; they take the lock one after another.
import asyncio


async def waiter(name, cond, state):
    async with cond:
        print(f"{name} waits")
        await cond.wait()
        print(f"{name} woke, state={state['go']}")
        await asyncio.sleep(0.5)
    print(f"{name} released")


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    state = {"go": False}
    tasks = [asyncio.create_task(waiter(n, cond, state)) for n in "abc"]
    await asyncio.sleep(1)
    async with cond:
        state["go"] = True
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*tasks)


asyncio.run(main())
