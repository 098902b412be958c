# Two tasks that yield to each other forever: the event loop spends fuel on every turn, so the time limit
# stops it (no task ever waits on the host, so the run never stops for it).
# limit: --max-time 1
# expect limit: TimeLimitExceeded
import asyncio


async def spin():
    while True:
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(spin(), spin())


asyncio.run(main())
