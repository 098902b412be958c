# Methods may be coroutines; self is bound as usual.
import asyncio


class Counter:
    def __init__(self):
        self.n = 0

    async def bump(self, by):
        await asyncio.sleep(0)
        self.n += by
        return self.n


async def main():
    c = Counter()
    print(await asyncio.gather(c.bump(1), c.bump(10), c.bump(100)))
    print(c.n)


asyncio.run(main())
# expect: [1, 11, 111]
# expect: 111
