# An async generator that pages through a host API; two consumers run concurrently.
import asyncio


async def pages(topic, count):
    for i in range(count):
        page = await fetch(topic, page=i)
        yield topic + ":" + page + str(i)


async def collect(topic, count):
    out = []
    async for p in pages(topic, count):
        out.append(p)
    return out


async def main():
    a, b = await asyncio.gather(collect("x", 2), collect("y", 3))
    print(a)
    print(b)


asyncio.run(main())
# async host: fetch -> "p"
# expect: ['x:p0', 'x:p1']
# expect: ['y:p0', 'y:p1', 'y:p2']
