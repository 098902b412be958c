# Sleeps end in order of their deadlines (pith's clock is virtual: no time passes).
import asyncio


async def nap(name, delay):
    await asyncio.sleep(delay)
    print("woke", name)
    return name


async def main():
    r = await asyncio.gather(nap("slow", 0.03), nap("fast", 0.01), nap("mid", 0.02))
    print(r)


asyncio.run(main())
# expect: woke fast
# expect: woke mid
# expect: woke slow
# expect: ['slow', 'fast', 'mid']
