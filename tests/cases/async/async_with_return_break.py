# return and break leave an async with through __aexit__, with no exception.
import asyncio


class Log:
    def __init__(self, tag):
        self.tag = tag

    async def __aenter__(self):
        print("enter", self.tag)

    async def __aexit__(self, *exc):
        print("exit", self.tag, exc)


async def find(xs, want):
    for x in xs:
        async with Log(x):
            if x == want:
                return x
            if x > want:
                break
    return None


async def main():
    print(await find([1, 2, 3], 2))
    print(await find([5, 6], 3))


asyncio.run(main())
# expect: enter 1
# expect: exit 1 (None, None, None)
# expect: enter 2
# expect: exit 2 (None, None, None)
# expect: 2
# expect: enter 5
# expect: exit 5 (None, None, None)
# expect: None
