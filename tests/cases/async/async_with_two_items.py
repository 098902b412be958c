# Several items enter in order and exit in reverse order.
import asyncio


class R:
    def __init__(self, n):
        self.n = n

    async def __aenter__(self):
        print("enter", self.n)
        return self.n

    async def __aexit__(self, t, e, tb):
        print("exit", self.n)


async def main():
    async with R(1) as a, R(2) as b:
        print("body", a + b)


asyncio.run(main())
# expect: enter 1
# expect: enter 2
# expect: body 3
# expect: exit 2
# expect: exit 1
