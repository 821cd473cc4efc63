# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 4.7
#   (gather returns results in argument order); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_04/listing_4_7.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes:
#   - 'from util import delay' replaced by the text of util/delay_functions.py (the book's
#     helper module, listing 2.6)
import asyncio
# --- util/delay_functions.py of the same repository, inlined (was: from util import delay)
async def delay(delay_seconds: int) -> int:
    print(f'sleeping for {delay_seconds} second(s)')
    await asyncio.sleep(delay_seconds)
    print(f'finished sleeping for {delay_seconds} second(s)')
    return delay_seconds
# ---


async def main():
    results = await asyncio.gather(delay(3), delay(1))
    print(results)

asyncio.run(main())
