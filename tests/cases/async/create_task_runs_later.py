# A task starts when the running coroutine yields to the loop, not when it is created.
import asyncio


async def child(name):
    print("child starts", name)
    await asyncio.sleep(0)
    print("child ends", name)
    return name.upper()


async def main():
    t1 = asyncio.create_task(child("a"))
    t2 = asyncio.create_task(child("b"))
    print("tasks made")
    r1 = await t1
    print("got", r1)
    r2 = await t2
    print("got", r2)


asyncio.run(main())
# expect: tasks made
# expect: child starts a
# expect: child starts b
# expect: child ends a
# expect: child ends b
# expect: got A
# expect: got B
