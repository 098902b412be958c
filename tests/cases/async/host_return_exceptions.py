# Host calls and failing coroutines in one gather with return_exceptions.
import asyncio


async def broken():
    raise ValueError("bad")


async def main():
    r = await asyncio.gather(fetch(1), broken(), fetch(2), return_exceptions=True)
    print(r[0], repr(r[1]), r[2])


asyncio.run(main())
# async host: fetch -> 10
# expect: 10 ValueError('bad') 10
