# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 2.3
#   (running a coroutine with asyncio.run); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_02/listing_2_3.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
import asyncio


async def coroutine_add_one(number: int) -> int:
    return number + 1


result = asyncio.run(coroutine_add_one(1))

print(result)
