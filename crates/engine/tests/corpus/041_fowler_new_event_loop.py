# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 2.21
#   (run_until_complete on a new event loop); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_02/listing_2_21.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
import asyncio


async def main():
    await asyncio.sleep(1)


loop = asyncio.new_event_loop()

try:
    loop.run_until_complete(main())
finally:
    loop.close()
