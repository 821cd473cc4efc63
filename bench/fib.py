# Benchmark: a recursive function (fib(25): 242,785 calls), no asyncio.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib(25):", fib(25))
