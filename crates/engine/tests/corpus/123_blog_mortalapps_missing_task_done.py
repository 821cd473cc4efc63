# Source: MortalApps, "asyncio.Queue — Producer/Consumer Pattern", section "What Does This
#   Print?", https://mortalapps.com/python/async-python/asyncio-queue/
# Changes:
#   - indentation restored: the stored copy of the page lost the leading spaces of the
#     code block; the nesting is unambiguous (every line kept as written, in order).
# Note: the page's answer is "the program hangs indefinitely on await queue.join()":
#   nothing can ever call task_done(), so the expected outcome is the engine's
#   "Deadlock: no task can make progress".
import asyncio

async def producer(queue):
    for i in range(3):
        print(f"Produced item {i}")
        await queue.put(f"item_{i}")
    # Sending sentinel values to stop consumers
    await queue.put(None)

async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            break
        print(f"Consumed {item}")
        # Missing task_done call!

async def main():
    queue = asyncio.Queue()
    # Run producer and consumer concurrently
    await asyncio.gather(
        producer(queue),
        consumer(queue)
    )
    # Wait for the queue to clear
    await queue.join()
    print("Processing complete!")

asyncio.run(main())
