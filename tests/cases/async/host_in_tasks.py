# Tasks waiting on the host while another task runs on: the run stops for the host once every task waits.
import asyncio


async def poll(name):
    r = await lookup(name)
    print("lookup", name, r)
    return r


async def counter():
    print("tick", 0)
    await asyncio.sleep(0)
    print("tick", 1)


async def main():
    t1 = asyncio.create_task(poll("x"))
    t2 = asyncio.create_task(poll("y"))
    await counter()
    print(await t1 + await t2)


asyncio.run(main())
# async host: lookup -> 21
# expect: tick 0
# expect: tick 1
# expect: lookup x 21
# expect: lookup y 21
# expect: 42
