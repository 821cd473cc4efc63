# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listing 2.14
#   (a Future created outside any event loop); code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_02/listing_2_14.py @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes: none
from asyncio import Future

my_future = Future()

print(f'Is my_future done? {my_future.done()}')

my_future.set_result(42)

print(f'Is my_future done? {my_future.done()}')
print(f'What is the result of my_future? {my_future.result()}')
