# Source: Real Python, "Async IO in Python: A Complete Walkthrough" (Brad Solomon),
#   https://realpython.com/async-io-python/ — companion code: github.com/realpython/materials,
#   asyncio-walkthrough/countsync.py @ eafada23ebe1be7410c1557101331f6e1370d1ae
# Changes:
#   - {__file__} in the last f-string replaced by the text countsync.py (a file path;
#     the playground has no file).
#!/usr/bin/env python3
# countsync.py

import time


def count():
    print("One")
    time.sleep(1)
    print("Two")


def main():
    for _ in range(3):
        count()


if __name__ == "__main__":
    s = time.perf_counter()
    main()
    elapsed = time.perf_counter() - s
    print(f"countsync.py executed in {elapsed:0.2f} seconds.")
