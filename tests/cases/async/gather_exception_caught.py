# Without return_exceptions, the first exception propagates out of the await of gather.
import asyncio


async def ok(x):
    return x


async def bad():
    await asyncio.sleep(0)
    raise KeyError("k")


async def main():
    try:
        await asyncio.gather(ok(1), bad(), ok(2))
    except KeyError as e:
        print("caught", repr(e))
    return "after"


print(asyncio.run(main()))
# expect: caught KeyError('k')
# expect: after
