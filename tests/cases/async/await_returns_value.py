# A coroutine's return value is what `await` gives; asyncio.run returns the main coroutine's value.
import asyncio


async def double(x):
    return 2 * x


async def main():
    a = await double(3)
    b = await double(a)
    print(a, b)
    return a + b


print(asyncio.run(main()))
# expect: 6 12
# expect: 18
