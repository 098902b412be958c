# create_task outside a running loop is a RuntimeError; a coroutine is needed inside one.
import asyncio


async def main():
    try:
        asyncio.create_task(3)
    except TypeError as e:
        print(e)
    return "ok"


print(asyncio.run(main()))
# expect: a coroutine was expected, got 3
# expect: ok
