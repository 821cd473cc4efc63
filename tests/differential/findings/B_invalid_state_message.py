import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done, cancelled = loop.create_future(), loop.create_future()
    done.set_result(1)
    cancelled.cancel()
    for fut in (done, cancelled):
        try:
            fut.set_result(2)
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)

asyncio.run(main())
