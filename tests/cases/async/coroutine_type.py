# Calling an async def makes a coroutine object, which runs nothing until awaited.
import asyncio

log = []


async def f():
    log.append("ran")
    return 1


async def main():
    c = f()
    print(type(c).__name__, log)
    print(await c, log)


asyncio.run(main())
# expect: coroutine []
# expect: 1 ['ran']
