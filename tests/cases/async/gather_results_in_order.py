# gather's result lists each awaitable's value in argument order, whatever order they finish in.
import asyncio


async def slow(x, naps):
    for _ in range(naps):
        await asyncio.sleep(0)
    print("finished", x)
    return x * x


async def main():
    r = await asyncio.gather(slow(1, 3), slow(2, 0), slow(3, 1))
    print(r)


asyncio.run(main())
# expect: finished 2
# expect: finished 3
# expect: finished 1
# expect: [1, 4, 9]
