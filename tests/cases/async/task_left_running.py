# A task still ready when the main coroutine returns gets its turn before asyncio.run returns.
import asyncio


async def child():
    print("child start")
    await asyncio.sleep(0)
    print("child end")


async def main():
    asyncio.create_task(child())
    await asyncio.sleep(0)
    print("main end")
    return "result"


print(asyncio.run(main()))
# expect: child start
# expect: main end
# expect: child end
# expect: result
