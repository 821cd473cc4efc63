# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 2.10
#   (running other code while tasks sleep); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_02/listing_2_10.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
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


async def hello_every_second():
    for i in range(2):
        await asyncio.sleep(1)
        print("I'm running other code while I'm waiting!")


async def main():
    first_delay = asyncio.create_task(delay(3))
    second_delay = asyncio.create_task(delay(3))
    await hello_every_second()
    await first_delay
    await second_delay

asyncio.run(main())
