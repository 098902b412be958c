# async for needs an async iterable: CPython's TypeError for a list.
import asyncio


async def main():
    async for x in [1, 2]:
        print(x)


asyncio.run(main())
# expect runtime error: TypeError: 'async for' requires an object with __aiter__ method, got list
