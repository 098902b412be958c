# gather of gathers: each inner gather is an awaitable of its own.
import asyncio


async def sq(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    inner1 = asyncio.gather(sq(1), sq(2))
    inner2 = asyncio.gather(sq(3))
    print(await asyncio.gather(inner1, inner2, sq(4)))


asyncio.run(main())
# expect: [[1, 4], [9], 16]
