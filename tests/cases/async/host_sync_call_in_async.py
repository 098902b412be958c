# A host call made by ordinary (non-async) code blocks the whole run, even inside a task.
import asyncio


def config(key):
    return settings(key)


async def job(n):
    limit = config("limit")
    data = await fetch(n)
    return min(limit, data)


async def main():
    print(await asyncio.gather(job(1), job(2)))


asyncio.run(main())
# host: settings -> 3
# async host: fetch -> 7
# expect: [3, 3]
