# Calling an async def that yields makes an async generator object.
import asyncio


async def gen():
    yield 1


async def main():
    g = gen()
    print(type(g).__name__)
    async for v in g:
        print(v)


asyncio.run(main())
# expect: async_generator
# expect: 1
