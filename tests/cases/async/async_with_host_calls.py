# A context manager whose enter and exit call the host, used by concurrent tasks.
import asyncio


class Lease:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        self.token = await acquire(self.name)
        return self

    async def __aexit__(self, *exc):
        await release(self.name)
        print("released", self.name)


async def work(name):
    async with Lease(name) as lease:
        return name + ":" + lease.token


async def main():
    print(await asyncio.gather(work("a"), work("b")))


asyncio.run(main())
# async host: acquire -> "t"
# async host: release -> null
# expect: released a
# expect: released b
# expect: ['a:t', 'b:t']
