# wait_for gives the awaited result when it finishes in time.
import asyncio


async def quick():
    await asyncio.sleep(0)
    return "fast"


async def main():
    print(await asyncio.wait_for(quick(), 5))
    print(await asyncio.wait_for(quick(), timeout=None))
    print(await asyncio.wait_for(fut=quick(), timeout=2.5))
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
# expect: fast
# expect: fast
# expect: fast
# expect: True
