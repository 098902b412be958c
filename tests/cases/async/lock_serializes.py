# A Lock makes a read-modify-write with an await inside it safe; acquire/release by hand too.
import asyncio


async def main():
    lock = asyncio.Lock()
    state = {"n": 0}

    async def add(k):
        async with lock:
            v = state["n"]
            await asyncio.sleep(0)
            state["n"] = v + k

    await asyncio.gather(*(add(k) for k in range(1, 6)))
    print(state["n"], lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
# expect: 15 False
# expect: True True
# expect: RuntimeError: Lock is not acquired.
