# Source: https://docs.python.org/3.11/library/asyncio-eventloop.html#set-signal-handlers-for-sigint-and-sigterm
#   (Python 3.11 documentation, "Event Loop" > Examples > "Set signal handlers for SIGINT
#    and SIGTERM"; Doc/library/asyncio-eventloop.rst, python3.11-doc 3.11.2)
# Author/title: Python Software Foundation, "Event Loop"
# Changes: none
# Refused: 'import functools' (then os, signal; the program also waits an hour for a signal)
import asyncio
import functools
import os
import signal

def ask_exit(signame, loop):
    print("got signal %s: exit" % signame)
    loop.stop()

async def main():
    loop = asyncio.get_running_loop()

    for signame in {'SIGINT', 'SIGTERM'}:
        loop.add_signal_handler(
            getattr(signal, signame),
            functools.partial(ask_exit, signame, loop))

    await asyncio.sleep(3600)

print("Event loop running for 1 hour, press Ctrl+C to interrupt.")
print(f"pid {os.getpid()}: send SIGINT or SIGTERM to exit.")

asyncio.run(main())
