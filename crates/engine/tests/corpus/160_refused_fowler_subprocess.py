# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 13.2
#   (waiting on a subprocess with a timeout); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_13/listing_13_2.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
# Refused: 'from asyncio.subprocess import Process' (subprocesses)
import asyncio
from asyncio.subprocess import Process


async def main():
    process: Process = await asyncio.create_subprocess_exec('sleep', '3')
    print(f'Process pid is: {process.pid}')
    try:
        status_code = await asyncio.wait_for(process.wait(), timeout=1.0)
        print(status_code)
    except asyncio.TimeoutError:
        print('Timed out waiting to finish, terminating...')
        process.terminate()
        status_code = await process.wait()
        print(status_code)


asyncio.run(main())
