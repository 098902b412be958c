# asyncio.run cannot be nested in a running loop.
import asyncio


async def inner():
    return 1


async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    return await c


print(asyncio.run(main()))
# expect: asyncio.run() cannot be called from a running event loop
# expect: 1
