import asyncio


def read_lines():
    """A plain generator: the pipeline's source, read one line at a time."""
    for line in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]:
        yield line


async def fetch(lines, delay):
    """An async generator: every item costs a wait before it is handed on."""
    for line in lines:
        await asyncio.sleep(delay)
        yield line.upper()


async def consume(name, stream):
    seen = []
    async for item in stream:
        print(f"{name} got {item}")
        seen.append(item)
    return seen


async def main():
    source = read_lines()
    # Two stages share one generator: whoever is ready first takes the next line.
    fast, slow = await asyncio.gather(
        consume("fast", fetch(source, 0.5)),
        consume("slow", fetch(source, 1.2)),
    )
    print(f"fast handled {len(fast)}, slow handled {len(slow)}")
    print("lengths:", {item: len(item) for item in fast + slow})


asyncio.run(main())
