# A task that failed raises its exception wherever it is awaited.
import asyncio


async def boom():
    await asyncio.sleep(0)
    raise RuntimeError("task failed")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.done())
    try:
        await t
    except RuntimeError as e:
        print("caught", e)
    print(type(t.exception()).__name__)


asyncio.run(main())
# expect: True
# expect: caught task failed
# expect: RuntimeError
