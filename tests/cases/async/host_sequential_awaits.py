# Awaiting host calls one after the other: each waits for its answer before the next is made.
import asyncio


async def main():
    total = 0
    for i in range(3):
        v = await price(item=i)
        print(i, v)
        total += v
    return total


print(asyncio.run(main()))
# async host: price -> 5
# expect: 0 5
# expect: 1 5
# expect: 2 5
# expect: 15
