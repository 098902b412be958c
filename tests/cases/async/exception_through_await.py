# An exception raised in an awaited coroutine propagates to the awaiting one, where except catches it.
import asyncio


async def inner(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x


async def main():
    for x in (1, -2, 3):
        try:
            print("ok", await inner(x))
        except ValueError as e:
            print("error", e)
        finally:
            print("done", x)


asyncio.run(main())
# expect: ok 1
# expect: done 1
# expect: error negative: -2
# expect: done -2
# expect: ok 3
# expect: done 3
