# Semaphore's value must not be negative; acquire answers True; the type names are CPython's.
import asyncio


async def main():
    s = asyncio.Semaphore(value=1)
    print(type(s).__name__, type(asyncio.Lock()).__name__)
    print(await s.acquire(), s.locked())
    s.release()
    s.release()
    print(s.locked())
    asyncio.Semaphore(-1)


asyncio.run(main())
# expect: Semaphore Lock
# expect: True True
# expect: False
# expect runtime error: ValueError: Semaphore initial value must be >= 0
