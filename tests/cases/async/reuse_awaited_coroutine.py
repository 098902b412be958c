# A coroutine runs once: awaiting it again is a RuntimeError.
import asyncio


async def f():
    return 1


async def main():
    c = f()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("error:", e)


asyncio.run(main())
# expect: 1
# expect: error: cannot reuse already awaited coroutine
