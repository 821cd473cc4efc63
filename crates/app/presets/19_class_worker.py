import asyncio
import time


class Worker:
    """A worker with its own pace; it counts the jobs it has finished."""

    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.done = 0

    def __repr__(self):
        return f"Worker({self.name!r}, delay={self.delay})"

    async def run(self, jobs):
        for job in jobs:
            print(f"{time.strftime('%X')} {self.name} starts {job}")
            await asyncio.sleep(self.delay)
            self.done += 1
            print(f"{time.strftime('%X')} {self.name} finished {job}")
        return self.done


async def main():
    workers = [Worker("alice", 1), Worker("bob", 1.5)]
    jobs = {"alice": ["wash", "dry", "fold"], "bob": ["cook", "serve"]}
    results = await asyncio.gather(*(w.run(jobs[w.name]) for w in workers))
    for worker, count in zip(workers, results):
        print(f"{worker} did {count} jobs")


if __name__ == "__main__":
    asyncio.run(main())
