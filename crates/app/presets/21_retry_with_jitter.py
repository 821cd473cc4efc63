import asyncio
import random


class ServerBusy(Exception):
    pass


async def flaky_call(name):
    await asyncio.sleep(random.uniform(0.1, 0.5))
    if random.random() < 0.5:
        raise ServerBusy(f"{name}: server busy")
    return f"{name}: ok"


async def with_retry(name, attempts=4, base=0.2):
    for attempt in range(1, attempts + 1):
        try:
            return await flaky_call(name)
        except ServerBusy as e:
            # Exponential backoff plus random jitter, so retries do not all collide.
            backoff = base * 2 ** (attempt - 1) + random.uniform(0, 0.1)
            print(f"{e} (attempt {attempt}), retrying in {backoff:.2f} s")
            await asyncio.sleep(backoff)
    raise ServerBusy(f"{name}: gave up after {attempts} attempts")


async def main():
    jobs = [with_retry(f"job{i}") for i in range(4)]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for result in results:
        print(result)


asyncio.run(main())
