# Handles cancelled while they wait in the ready queue: timeout(0) cancels its own
# call_soon handle on leaving the block; a cancelled call_soon and a due timer that is
# cancelled by the timer before it do nothing.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0):
        print("inside timeout(0): not yet cancelled")
    h = loop.call_soon(print, "never printed")
    loop.call_soon(print, "printed")
    h.cancel()
    await asyncio.sleep(0)
    later = []
    loop.call_later(1, lambda: later[0].cancel())
    later.append(loop.call_later(1, print, "never printed either"))
    await asyncio.sleep(1)
    await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout(0) around an await expires at once")


asyncio.run(main())
