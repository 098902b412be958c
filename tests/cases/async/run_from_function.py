# asyncio.run may be called from inside an ordinary function, more than once.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


def compute(pairs):
    return [asyncio.run(add(a, b)) for a, b in pairs]


print(compute([(1, 2), (3, 4)]))
# expect: [3, 7]
