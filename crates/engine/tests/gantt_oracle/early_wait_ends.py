# Waits that end early: asyncio.timeout, wait_for, a task group's abort and cancelled
# waiters of a queue, a lock and an event. Each time another task then blocks the loop for
# a while, so a task whose wait ended early is ready (neither sleeping nor waiting) until
# the loop is free again.
import asyncio
import time


async def sleeper(name, secs):
    try:
        await asyncio.sleep(secs)
    finally:
        print(name, "leaves its sleep at", time.monotonic())


async def block_after(pause, secs):
    await asyncio.sleep(pause)
    time.sleep(secs)


async def guarded():
    async with asyncio.timeout(1.0):
        await sleeper("timeout", 5)


async def failing():
    await asyncio.sleep(0.5)
    raise ValueError("boom")


async def watch(task):
    try:
        await task
    except ValueError:
        time.sleep(0.25)


async def main():
    # The timeout cancels guarded()'s sleep at 1.0; a task due then too blocks until 1.25.
    blocker = asyncio.create_task(block_after(1.0, 0.25))
    try:
        await asyncio.create_task(guarded())
    except TimeoutError:
        print("timed out at", time.monotonic())
    await blocker

    # wait_for's timeout cancels its inner task at 1.75; a task blocks until 2.0.
    blocker = asyncio.create_task(block_after(0.5, 0.25))
    try:
        await asyncio.wait_for(sleeper("wait_for", 3), 0.5)
    except TimeoutError:
        print("wait_for timed out at", time.monotonic())
    await blocker

    # A task group aborts its sleeping task when another one fails; a watcher of the
    # failing task blocks the loop before the aborted task can run.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("group", 4))
            f = tg.create_task(failing())
            watcher = asyncio.create_task(watch(f))
    except* ValueError:
        print("group failed at", time.monotonic())
    await watcher

    # Waiters of a queue, a lock and an event are cancelled, then main blocks.
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    await lock.acquire()
    waiters = [asyncio.create_task(q.get()), asyncio.create_task(lock.acquire()), asyncio.create_task(ev.wait())]
    await asyncio.sleep(0.25)
    for w in waiters:
        w.cancel()
    time.sleep(0.4)
    await asyncio.sleep(0)
    print("waiters cancelled:", [w.cancelled() for w in waiters])


asyncio.run(main())
