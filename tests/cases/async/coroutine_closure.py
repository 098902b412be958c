# A coroutine defined inside a function closes over its variables.
import asyncio


def make(prefix):
    async def greet(name):
        await asyncio.sleep(0)
        return prefix + name

    return greet


async def main():
    hi = make("hi ")
    yo = make("yo ")
    print(await asyncio.gather(hi("a"), yo("b")))


asyncio.run(main())
# expect: ['hi a', 'yo b']
