# An async generator's methods: `__anext__()`/`asend(v)` resume it, `athrow(exc)` raises
# where it stands, `aclose()` throws GeneratorExit in (its cleanup may await); each returns
# an awaitable that runs once. Every generator here is finished or closed explicitly.
import asyncio

async def ticker(name):
    try:
        n = 0
        while True:
            got = yield f"{name}{n}"
            if got is not None:
                n = got
            n += 1
            await asyncio.sleep(0.1)
    finally:
        print(name, "cleanup")
        await asyncio.sleep(0.1)
        print(name, "cleanup done")

async def catcher():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"

def show(label, e):
    print(label, type(e).__name__, e)

async def main():
    ag = ticker("a")
    print(await ag.__anext__(), await ag.asend(10), await anext(ag))
    print(await ag.aclose(), await ag.aclose())
    try:
        await ag.__anext__()
    except StopAsyncIteration as e:
        show("after close", e)
    fresh = ticker("never")
    print(await fresh.aclose())
    try:
        await fresh.asend(None)
    except StopAsyncIteration as e:
        show("closed before start", e)
    try:
        await ticker("b").asend(5)
    except TypeError as e:
        show("send to a new one", e)
    c = catcher()
    await c.__anext__()
    print(await c.athrow(ValueError("x")))
    try:
        await c.athrow(KeyError("k"))
    except KeyError as e:
        show("athrow propagates", e)
    print(await c.athrow(ValueError("finished")))
    try:
        await catcher().athrow(ValueError("new"))
    except ValueError as e:
        show("athrow before start", e)
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        show("aclose", e)
    try:
        await s.__anext__()
    except StopAsyncIteration:
        print("stubborn finished")
    t = ticker("t")
    step = t.__anext__()
    print(type(step).__name__, type(t.aclose()).__name__, await step)
    try:
        await step
    except RuntimeError as e:
        show("reuse", e)
    closer = t.aclose()
    await closer
    try:
        await closer
    except RuntimeError as e:
        show("reuse", e)
    print(hasattr(t, "send"), hasattr(t, "asend"))

    async def consume(name):
        g = ticker(name)
        async for v in g:
            print(name, "got", v)
            if v.endswith("2"):
                break
        await g.aclose()

    await asyncio.gather(consume("x"), consume("y"))

asyncio.run(main())
