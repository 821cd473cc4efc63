# Source: Doug Hellmann, "Python 3 Module of the Week" (PyMOTW-3), asyncio,
#   https://pymotw.com/3/asyncio/futures.html ; code: github.com/dhellmann/pymotw-3,
#   source/asyncio/asyncio_future_await.py @ 8c3750a62580da538b1056a5287fb806f0f51d0a
# Changes: none
#!/usr/bin/env python3
# encoding: utf-8
#
# Copyright (c) 2014 Doug Hellmann.  All rights reserved.
"""Waiting for a future to be done
"""

#end_pymotw_header
import asyncio


def mark_done(future, result):
    print('setting future result to {!r}'.format(result))
    future.set_result(result)


async def main(loop):
    all_done = asyncio.Future()

    print('scheduling mark_done')
    loop.call_soon(mark_done, all_done, 'the result')

    result = await all_done
    print('returned result: {!r}'.format(result))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()
