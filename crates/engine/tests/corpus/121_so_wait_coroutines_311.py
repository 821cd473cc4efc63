# Source: Stack Overflow, "Asyncio.gather vs asyncio.wait" (question 42231161),
#   top answer ("Solution 1" on the mirror), second example
#   ("asyncio.wait() supports waiting to be stopped after
#   the first task is done, or after a specified timeout");
#   https://stackoverflow.com/questions/42231161/asyncio-gather-vs-asyncio-wait
#   (text read from the mirror https://newbetuts.com/42231161-asynciogather-vs-asynciowait)
# Changes: none
# Note: the answer predates Python 3.11, which forbids passing coroutines to
#   asyncio.wait(): on 3.11 this program prints "Get first result:" and stops with
#   "TypeError: Passing coroutines is forbidden, use tasks explicitly." (what a learner
#   pasting it sees).
import asyncio
import random


async def coro(tag):
    print(">", tag)
    await asyncio.sleep(random.uniform(0.5, 5))
    print("<", tag)
    return tag


loop = asyncio.get_event_loop()

tasks = [coro(i) for i in range(1, 11)]

print("Get first result:")
finished, unfinished = loop.run_until_complete(
    asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED))

for task in finished:
    print(task.result())
print("unfinished:", len(unfinished))

print("Get more results in 2 seconds:")
finished2, unfinished2 = loop.run_until_complete(
    asyncio.wait(unfinished, timeout=2))

for task in finished2:
    print(task.result())
print("unfinished2:", len(unfinished2))

print("Get all other results:")
finished3, unfinished3 = loop.run_until_complete(asyncio.wait(unfinished2))

for task in finished3:
    print(task.result())

loop.close()
