# Source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly, 2020), chapter 3, Example 3-12, get_event_loop always returns the same loop;
#   code as transcribed in github.com/ralphribeiro/using-asyncio-in-python,
#   src/chapter 3/ex12.py @ 0eb1a72066334c627418499a25aecdca99db854f (the comments are the transcriber's notes)
# Changes: none
# Always getting the same event loop
import asyncio

loop = asyncio.get_event_loop()
loop2 = asyncio.get_event_loop()

# Both identifiers, loop and loop2, refer to the same instance.
assert loop is loop2
