# gather() of nothing is done at once with an empty list.
import asyncio


async def main():
    r = await asyncio.gather()
    print(r, type(r).__name__)


asyncio.run(main())
# expect: [] list
