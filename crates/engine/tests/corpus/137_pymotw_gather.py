# Source: Doug Hellmann, "Python 3 Module of the Week" (PyMOTW-3), asyncio,
#   https://pymotw.com/3/asyncio/control.html ; code: github.com/dhellmann/pymotw-3,
#   source/asyncio/asyncio_gather.py @ 8c3750a62580da538b1056a5287fb806f0f51d0a
# Changes: none
#!/usr/bin/env python3
# encoding: utf-8
#
# Copyright (c) 2014 Doug Hellmann.  All rights reserved.
"""Collecting output from tasks in parallel
"""

#end_pymotw_header
import asyncio


async def phase1():
    print('in phase1')
    await asyncio.sleep(2)
    print('done with phase1')
    return 'phase1 result'


async def phase2():
    print('in phase2')
    await asyncio.sleep(1)
    print('done with phase2')
    return 'phase2 result'


async def main():
    print('starting main')
    print('waiting for phases to complete')
    results = await asyncio.gather(
        phase1(),
        phase2(),
    )
    print('results: {!r}'.format(results))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main())
finally:
    event_loop.close()
