# Breaking out of async for leaves the async generator suspended; a new one starts fresh.
import asyncio


async def count(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


async def main():
    seen = []
    async for v in count(100):
        if v == 3:
            break
        seen.append(v)
    async for v in count(2):
        seen.append(v * 10)
    print(seen)


asyncio.run(main())
# expect: [0, 1, 2, 0, 10]
