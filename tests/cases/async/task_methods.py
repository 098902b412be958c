# A finished task answers done() and result(); exception() is None when it returned.
import asyncio


async def work():
    await asyncio.sleep(0)
    return 42


async def main():
    t = asyncio.create_task(work())
    print(t.done())
    v = await t
    print(t.done(), t.result(), t.exception(), v)


asyncio.run(main())
# expect: False
# expect: True 42 None 42
