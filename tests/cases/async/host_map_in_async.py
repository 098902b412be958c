# map() of a host function inside async code gives awaitables, as CPython's async host functions would.
import asyncio


async def main():
    results = await asyncio.gather(*map(lookup, ["a", "b", "c"]))
    print(results)
    squares = await asyncio.gather(*[asyncio.create_task(lookup(k)) for k in "xy"])
    print(squares)


asyncio.run(main())
# async host: lookup -> 7
# expect: [7, 7, 7]
# expect: [7, 7]
