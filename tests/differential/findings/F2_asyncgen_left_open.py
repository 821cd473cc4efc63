# The event loop closes an async generator left suspended (sys.set_asyncgen_hooks: its
# finalizer hook schedules aclose() when the generator is dropped, and
# loop.shutdown_asyncgens() at the end of asyncio.run closes those still alive):
# CPython prints "agen cleanup", Loopscope never runs the finally.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")

async def main():
    g = agen()
    print(await g.__anext__())
    print("main done")

asyncio.run(main())
print("after run")
