# A Semaphore lets at most its value of tasks in at once; the others queue and enter in order.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    inside = []
    peak = 0

    async def worker(i):
        nonlocal peak
        async with sem:
            inside.append(i)
            peak = max(peak, len(inside))
            print("in", i, sorted(inside))
            await asyncio.sleep(0)
            inside.remove(i)
        return i

    print(await asyncio.gather(*(worker(i) for i in range(5))))
    print("peak", peak, sem.locked())


asyncio.run(main())
# expect: in 0 [0]
# expect: in 1 [0, 1]
# expect: in 2 [2]
# expect: in 3 [2, 3]
# expect: in 4 [4]
# expect: [0, 1, 2, 3, 4]
# expect: peak 2 False
