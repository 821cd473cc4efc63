# Source: Doug Hellmann, "Python 3 Module of the Week" (PyMOTW-3), asyncio,
#   https://pymotw.com/3/asyncio/control.html ; code: github.com/dhellmann/pymotw-3,
#   source/asyncio/asyncio_wait.py @ 8c3750a62580da538b1056a5287fb806f0f51d0a
# Note: written for Python 3.5-3.7: on 3.11 asyncio.wait() refuses coroutines, so the
#   program stops with TypeError after 'waiting for phases to complete' (what a learner
#   pasting it sees).
# Changes: none
#!/usr/bin/env python3
# encoding: utf-8
#
# Copyright (c) 2014 Doug Hellmann.  All rights reserved.
"""Waiting for multiple coroutines
"""

#end_pymotw_header
import asyncio


async def phase(i):
    print('in phase {}'.format(i))
    await asyncio.sleep(0.1 * i)
    print('done with phase {}'.format(i))
    return 'phase {} result'.format(i)


async def main(num_phases):
    print('starting main')
    phases = [
        phase(i)
        for i in range(num_phases)
    ]
    print('waiting for phases to complete')
    completed, pending = await asyncio.wait(phases)
    results = [t.result() for t in completed]
    print('results: {!r}'.format(results))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(3))
finally:
    event_loop.close()
