# Awaits nest: each level resumes where it left off, with its locals intact.
import asyncio


async def leaf(n):
    return [n]


async def middle(n):
    xs = await leaf(n)
    ys = await leaf(n + 1)
    return xs + ys


async def top():
    total = []
    for i in range(3):
        total += await middle(i * 10)
    return total


print(asyncio.run(top()))
# expect: [0, 1, 10, 11, 20, 21]
