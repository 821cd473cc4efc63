# A Future set by a callback of call_later; done-callbacks; call_soon order.
import asyncio


def on_done(fut):
    print("callback sees", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    loop.call_later(1, fut.set_result, "hello")
    loop.call_soon(print, "call_soon runs first")
    print("awaiting the future")
    print("got", await fut)
    task = asyncio.create_task(asyncio.sleep(1, "slept"))
    task.add_done_callback(lambda t: print("task callback", t.result()))
    print(await task)


asyncio.run(main())
