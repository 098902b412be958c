# A coroutine that keeps creating tasks that never finish: memory grows until the memory limit stops it.
# limit: --max-memory 64M --max-time 10
# expect limit: MemoryLimitExceeded
import asyncio


async def forever():
    while True:
        await asyncio.sleep(1)


async def main():
    tasks = []
    while True:
        tasks.append(asyncio.create_task(forever()))


asyncio.run(main())
