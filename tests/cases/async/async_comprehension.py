# async for inside list, set and dict comprehensions of an async def, with conditions and awaits.
import asyncio


async def gen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    print([x * 2 async for x in gen(4)])
    print({x: y async for x in gen(2) for y in "ab"})
    print(sorted({x async for x in gen(3) if x != 1}))
    print([await asyncio.sleep(0, x) async for x in gen(2)])


asyncio.run(main())
# expect: [0, 2, 4, 6]
# expect: {0: 'b', 1: 'b'}
# expect: [0, 2]
# expect: [0, 1]
