# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 2.15
#   (awaiting a Future set by a task); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_02/listing_2_15.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
from asyncio import Future
import asyncio


def make_request() -> Future:
    future = Future()
    asyncio.create_task(set_future_value(future))
    return future


async def set_future_value(future) -> None:
    await asyncio.sleep(1)
    future.set_result(42)


async def main() -> None:
    future = make_request()
    print(f'Is the future done? {future.done()}')
    value = await future
    print(f'Is the future done? {future.done()}')
    print(value)


asyncio.run(main())
