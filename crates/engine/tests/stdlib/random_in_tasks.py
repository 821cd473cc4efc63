# random inside asyncio tasks: random sleeps on the virtual clock, from-imports, Random instances per task, time.sleep(random()) blocking the loop.
import asyncio
import random as rnd
from random import randint, uniform, Random, choice
from time import strftime, localtime, sleep, time

async def worker(name, rng):
    total = 0.0
    for step in range(3):
        delay = round(rng.uniform(0.1, 2.0), 3)
        total += delay
        await asyncio.sleep(delay)
        print(f'{strftime("%X")} t={time():.3f} {name} step {step} slept {delay} roll {randint(1, 6)} pick {choice("RGB")}')
    return name, round(total, 3)

async def main():
    rnd.seed(2024)
    rngs = [Random(i) for i in range(3)]
    results = await asyncio.gather(*(worker(f'w{i}', r) for i, r in enumerate(rngs)))
    print(results)
    sleep(rnd.random())
    print(strftime('%H:%M:%S'), localtime().tm_sec, round(time(), 6))
    jobs = list(range(8))
    rnd.shuffle(jobs)
    print(jobs, rnd.sample(jobs, 3), rnd.choices(jobs, k=4))

asyncio.run(main())
