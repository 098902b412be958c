# A task may be awaited any number of times: it runs once, and each await gets its result.
import asyncio

runs = []


async def once():
    runs.append(1)
    await asyncio.sleep(0)
    return "r"


async def main():
    t = asyncio.create_task(once())
    print(await t, await t, len(runs))


asyncio.run(main())
# expect: r r 1
