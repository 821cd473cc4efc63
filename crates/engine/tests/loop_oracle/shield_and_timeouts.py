# shield keeps the inner task alive when the outer wait is cancelled; timeout_at; reschedule.
import asyncio


async def important():
    await asyncio.sleep(2)
    print("important work done")
    return 42


async def main():
    task = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(task), 1)
    except TimeoutError:
        print("gave up waiting, task done?", task.done())
    print("result:", await task)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 1) as cm:
            cm.reschedule(loop.time() + 3)
            await asyncio.sleep(2)
            print("rescheduled: still in time")
            await asyncio.sleep(2)
    except TimeoutError:
        print("timed out at", loop.time())
    async with asyncio.timeout(None):
        await asyncio.sleep(0.5)
    print("no timeout at", loop.time())


asyncio.run(main())
