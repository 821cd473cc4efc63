# Source: Doug Hellmann, "Python 3 Module of the Week" (PyMOTW-3), asyncio,
#   https://pymotw.com/3/asyncio/scheduling.html ; code: github.com/dhellmann/pymotw-3,
#   source/asyncio/asyncio_call_at.py @ 8c3750a62580da538b1056a5287fb806f0f51d0a
# Changes: none
#!/usr/bin/env python3
# encoding: utf-8
#
# Copyright (c) 2014 Doug Hellmann.  All rights reserved.
"""Scheduling a callback with call_at
"""

#end_pymotw_header
import asyncio
import time


def callback(n, loop):
    print('callback {} invoked at {}'.format(n, loop.time()))


async def main(loop):
    now = loop.time()
    print('clock time: {}'.format(time.time()))
    print('loop  time: {}'.format(now))

    print('registering callbacks')
    loop.call_at(now + 0.2, callback, 1, loop)
    loop.call_at(now + 0.1, callback, 2, loop)
    loop.call_soon(callback, 3, loop)

    await asyncio.sleep(1)


event_loop = asyncio.get_event_loop()
try:
    print('entering event loop')
    event_loop.run_until_complete(main(event_loop))
finally:
    print('closing event loop')
    event_loop.close()
