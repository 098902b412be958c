# asyncio.sleep(delay, result) gives result back.
import asyncio


async def main():
    a = await asyncio.sleep(0, "zero")
    b = await asyncio.sleep(0.001, result=[1, 2])
    c = await asyncio.sleep(0)
    print(a, b, c)


asyncio.run(main())
# expect: zero [1, 2] None
