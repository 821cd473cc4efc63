# BoundedSemaphore refuses one release too many; an Event set, cleared and set again.
import asyncio


async def gate(name, ev):
    await ev.wait()
    print(f"{name} passes")


async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        async with sem:
            print("locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    ev = asyncio.Event()
    t1 = asyncio.create_task(gate("one", ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    t2 = asyncio.create_task(gate("two", ev))
    await asyncio.sleep(1)
    print("two waiting:", not t2.done())
    ev.set()
    await asyncio.gather(t1, t2)


asyncio.run(main())
