import asyncio

async def job():
    try:
        await asyncio.sleep(1)
    finally:
        print("job cleanup")

async def main():
    t = asyncio.create_task(job())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")

asyncio.run(main())
