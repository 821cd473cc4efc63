import asyncio

async def agen():
    yield 1
    yield 2

async def main():
    ag = agen()
    print(await ag.__anext__())
    await ag.aclose()
    print("closed")

asyncio.run(main())
