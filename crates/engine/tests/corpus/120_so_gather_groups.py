# Source: Stack Overflow, "Asyncio.gather vs asyncio.wait" (question 42231161),
#   top answer ("Solution 1" on the mirror), first example
#   ("asyncio.gather() returns a Future instance, allowing
#   high level grouping of tasks");
#   https://stackoverflow.com/questions/42231161/asyncio-gather-vs-asyncio-wait
#   (text read from the mirror https://newbetuts.com/42231161-asynciogather-vs-asynciowait)
# Changes:
#   - "from pprint import pprint" removed and "pprint(results)" became "print(results)"
#     (pprint is a module the playground does not have; pprint would also wrap the
#     nested list over several lines).
import asyncio

import random


async def coro(tag):
    print(">", tag)
    await asyncio.sleep(random.uniform(1, 3))
    print("<", tag)
    return tag


loop = asyncio.get_event_loop()

group1 = asyncio.gather(*[coro("group 1.{}".format(i)) for i in range(1, 6)])
group2 = asyncio.gather(*[coro("group 2.{}".format(i)) for i in range(1, 4)])
group3 = asyncio.gather(*[coro("group 3.{}".format(i)) for i in range(1, 10)])

all_groups = asyncio.gather(group1, group2, group3)

results = loop.run_until_complete(all_groups)

loop.close()

print(results)
