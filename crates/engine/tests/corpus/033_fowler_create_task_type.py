# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 2.8
#   (create_task and the type of a task); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_02/listing_2_8.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
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
    sleep_for_three = asyncio.create_task(delay(3))
    print(type(sleep_for_three))
    result = await sleep_for_three
    print(result)

asyncio.run(main())
