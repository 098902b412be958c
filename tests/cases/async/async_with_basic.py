# async with awaits __aenter__ (its value bound by as) and __aexit__ on the way out.
import asyncio


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type)
        return False


async def main():
    async with Session("db") as s:
        print("using", s)
    print("after")


asyncio.run(main())
# expect: open db
# expect: using DB
# expect: close db None
# expect: after
