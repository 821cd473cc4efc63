# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 11.1
#   (single-threaded concurrency: no race without a yield); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_11/listing_11_1.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes:
#   - the outer loop runs 10 times instead of 1000 (100,000 tasks and 1,000 lines made the
#     run needlessly long; every iteration prints the same line)
import asyncio

counter: int = 0


async def increment():
    global counter
    await asyncio.sleep(0.01)
    counter = counter + 1


async def main():
    global counter
    for _ in range(10):
        tasks = [asyncio.create_task(increment()) for _ in range(100)]
        await asyncio.gather(*tasks)
        print(f'Counter is {counter}')
        assert counter == 100
        counter = 0


asyncio.run(main())
