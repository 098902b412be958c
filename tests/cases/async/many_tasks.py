# Hundreds of tasks each yielding a few times finish with every result in place.
import asyncio


async def job(i):
    for _ in range(i % 3):
        await asyncio.sleep(0)
    return i


async def main():
    r = await asyncio.gather(*[job(i) for i in range(300)])
    print(len(r), sum(r), r[:5], r[-1])


asyncio.run(main())
# expect: 300 44850 [0, 1, 2, 3, 4] 299
