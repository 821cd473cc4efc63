# Source: Daniel Corin, "Limiting concurrency with coroutines" (TIL blog post),
#   https://www.danielcorin.com/til/python/limiting-concurrency-coroutines/ (first example)
# Changes: none
import asyncio


async def constrained_execution(funcs, max_runs):
  jobs = []
  semaphore = asyncio.Semaphore(max_runs)

  async def job(fn):
    async with semaphore:
      return await fn()

  for func in funcs:
    jobs.append(asyncio.ensure_future(job(func)))
  return await asyncio.gather(*jobs)


async def process(item):
  print(f"Processing item {item}")
  await asyncio.sleep(1)
  return item


async def main():
  fns = []
  for item in range(100):
    fns.append(lambda item=item: process(item))
  results = await constrained_execution(fns, 10)
  print(results)


if __name__ == "__main__":
    asyncio.run(main())
