# An await inside a list comprehension of an async def runs each in turn.
import asyncio


async def sq(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    print([await sq(x) for x in range(5)])
    print({x: await sq(x) for x in (2, 3)})


asyncio.run(main())
# expect: [0, 1, 4, 9, 16]
# expect: {2: 4, 3: 9}
