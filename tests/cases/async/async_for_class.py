# async for over a class with __aiter__ and an async __anext__ that raises StopAsyncIteration at the end.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    got = []
    async for y in Countdown(4):
        got.append(y)
    print(got)


asyncio.run(main())
# expect: [3, 2, 1, 0]
