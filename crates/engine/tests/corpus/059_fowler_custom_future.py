# Source: Matthew Fowler, "Python Concurrency with asyncio" (Manning, 2022), listings 14.8
#   and 14.9 (a hand-made awaitable: a future with __await__, driven by send(None));
#   code: github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio,
#   chapter_14/listing_14_8.py and chapter_14/listing_14_9.py
#   @ 6f9014428d6659eb144fc55ce9c2b94dbcc861c9
# Changes:
#   - listing 14.9 starts with "from listing_14_8 import CustomFuture": that line is
#     replaced by the text of listing 14.8 (the CustomFuture class).
# --- listing_14_8.py
class CustomFuture:

    def __init__(self):
        self._result = None
        self._is_finished = False
        self._done_callback = None

    def result(self):
        return self._result

    def is_finished(self):
        return self._is_finished

    def set_result(self, result):
        self._result = result
        self._is_finished = True
        if self._done_callback:
            self._done_callback(result)

    def add_done_callback(self, fn):
        self._done_callback = fn

    def __await__(self):
        if not self._is_finished:
            yield self
        return self.result()
# --- listing_14_9.py

future = CustomFuture()

i = 0

while True:
    try:
        print('Checking future...')
        gen = future.__await__()
        gen.send(None)
        print('Future is not done...')
        if i == 1:
            print('Setting future value...')
            future.set_result('Finished!')
        i = i + 1
    except StopIteration as si:
        print(f'Value is: {si.value}')
        break
