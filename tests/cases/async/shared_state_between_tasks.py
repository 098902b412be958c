# Tasks share state through a closure; each await is a point where another task may run.
import asyncio


async def main():
    counter = {"n": 0}
    order = []

    async def bump(name, times):
        for _ in range(times):
            v = counter["n"]
            await asyncio.sleep(0)
            counter["n"] = v + 1
            order.append(name)

    await asyncio.gather(bump("a", 3), bump("b", 3))
    print(counter["n"], order)


asyncio.run(main())
# expect: 3 ['a', 'b', 'a', 'b', 'a', 'b']
