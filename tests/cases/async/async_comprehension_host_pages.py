# An asynchronous comprehension over an async generator that calls the host, in two tasks at once.
import asyncio


async def pages(n):
    for i in range(n):
        yield await fetch(i)


async def total(n):
    return sum([p async for p in pages(n)])


async def main():
    print(await asyncio.gather(total(2), total(3)))


asyncio.run(main())
# async host: fetch -> 5
# expect: [10, 15]
