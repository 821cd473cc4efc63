# CPython's C Future says just "invalid state" when a done future is set again (the
# ": FINISHED" suffix is only in the pure-Python futures.py).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done, cancelled, failed = loop.create_future(), loop.create_future(), loop.create_future()
    done.set_result(1)
    cancelled.cancel()
    failed.set_exception(ValueError("boom"))
    for fut in (done, cancelled, failed):
        for setter in (fut.set_result, fut.set_exception):
            try:
                setter(ValueError("again"))
            except asyncio.InvalidStateError as e:
                print(type(e).__name__ + ":", e, e.args)
    pending = loop.create_future()
    for getter in (pending.result, pending.exception):
        try:
            getter()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__ + ":", e)
    pending.cancel()
    print(repr(failed.exception()))

asyncio.run(main())
