# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 2.5
#   (sleep inside an awaited coroutine); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_02/listing_2_5.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
import asyncio


async def hello_world_message() -> str:
    await asyncio.sleep(1)
    return "Hello World!"


async def main() -> None:
    message = await hello_world_message()
    print(message)


asyncio.run(main())
