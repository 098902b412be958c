# A failing gather child fails the gather, and so the main coroutine.
import asyncio


async def child(i):
    await asyncio.sleep(0)
    if i == 2:
        raise IndexError("child %d" % i)
    print("child", i)
    return i


async def main():
    await asyncio.gather(*(child(i) for i in range(4)))


asyncio.run(main())
# expect: child 0
# expect: child 1
# expect: child 3
# expect runtime error: IndexError: child 2
