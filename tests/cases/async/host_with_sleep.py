# A task that sleeps wakes before the run stops for the host (sleeps take no time).
import asyncio


async def slow_log():
    await asyncio.sleep(0.5)
    print("slept")


async def main():
    r = await asyncio.gather(fetch("a"), slow_log())
    print(r)


asyncio.run(main())
# async host: fetch -> 1
# expect: slept
# expect: [1, None]
