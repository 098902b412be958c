# A host call's awaitable may be handed to gather or create_task directly.
import asyncio


async def main():
    calls = [fetch(i) for i in range(4)]
    results = await asyncio.gather(*calls)
    print(results)
    t = asyncio.create_task(fetch("t"))
    print(await t)


asyncio.run(main())
# async host: fetch -> {"ok": true}
# expect: [{'ok': True}, {'ok': True}, {'ok': True}, {'ok': True}]
# expect: {'ok': True}
