# return_exceptions=True: a failing awaitable's exception takes its place in the results.
import asyncio


async def ok(x):
    await asyncio.sleep(0)
    return x


async def bad(msg):
    raise ValueError(msg)


async def main():
    r = await asyncio.gather(ok(1), bad("no"), ok(3), return_exceptions=True)
    print(r[0], r[2])
    print(type(r[1]).__name__, r[1])


asyncio.run(main())
# expect: 1 3
# expect: ValueError no
