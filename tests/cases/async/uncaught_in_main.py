# An exception leaving the main coroutine leaves asyncio.run.
import asyncio


async def main():
    print("before")
    await asyncio.sleep(0)
    raise ZeroDivisionError("nope")


asyncio.run(main())
# expect: before
# expect runtime error: ZeroDivisionError: nope
