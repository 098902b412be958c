# break, continue and else in async for behave as in a for loop.
import asyncio


async def numbers(n):
    for i in range(n):
        yield i


async def main():
    async for x in numbers(10):
        if x % 2:
            continue
        if x > 5:
            break
        print("even", x)
    else:
        print("not reached")
    async for x in numbers(2):
        pass
    else:
        print("else after", x)


asyncio.run(main())
# expect: even 0
# expect: even 2
# expect: even 4
# expect: else after 1
