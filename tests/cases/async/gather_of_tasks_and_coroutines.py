# gather mixes tasks already running with coroutines it wraps; a finished task gives its result at once.
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def main():
    t = asyncio.create_task(val("task"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.done())
    print(await asyncio.gather(t, val("coro"), asyncio.create_task(val("new"))))


asyncio.run(main())
# expect: True
# expect: ['task', 'coro', 'new']
