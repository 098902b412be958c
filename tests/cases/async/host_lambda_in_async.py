# A lambda written inside an async def calls the host asynchronously too.
import asyncio


async def main():
    call = lambda q: search(q, limit=1)
    hits = await asyncio.gather(call("x"), call("y"))
    print(hits)


asyncio.run(main())
# async host: search -> ["hit"]
# expect: [['hit'], ['hit']]
