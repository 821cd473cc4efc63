# Source: runebook.dev, "Preventing Hangs: A Deep Dive into asyncio.Queue.task_done() and
#   queue.join()" (2025-10-22), "Here's a simple, correct example",
#   https://runebook.dev/en/docs/python/library/asyncio-queue/asyncio.Queue.task_done
# Changes: none (the stored page was read in two excerpts that overlap; together they give
#   the whole program)
import asyncio

async def worker(name, queue):
    while True:
        # Get a task from the queue
        task = await queue.get()
        print(f"Worker {name} started processing {task}")
        await asyncio.sleep(1)  # Simulate work
        print(f"Worker {name} finished processing {task}")
        
        # --- Crucial Step: Signal completion ---
        queue.task_done() 

async def main():
    queue = asyncio.Queue()

    # Put some tasks in the queue
    for i in range(5):
        queue.put_nowait(f"Data {i}")

    # Create worker tasks
    workers = []
    for i in range(3):
        workers.append(asyncio.create_task(worker(f"W{i}", queue)))

    # Wait until all tasks are done (i.e., task_done() has been called 5 times)
    print("Waiting for all queue tasks to finish...")
    await queue.join()
    print("All queue tasks are done!")

    # Stop the workers (they are in an infinite loop, so we must cancel them)
    for w in workers:
        w.cancel()
    # Wait for the cancellation to propagate
    await asyncio.gather(*workers, return_exceptions=True)

if __name__ == "__main__":
    asyncio.run(main())
