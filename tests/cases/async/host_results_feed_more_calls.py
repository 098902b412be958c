# Answers feed further concurrent rounds of calls.
import asyncio


async def crawl(start):
    seen = []
    frontier = [start]
    for depth in range(3):
        pages = await asyncio.gather(*(fetch(u) for u in frontier))
        seen.extend(frontier)
        frontier = [p + str(depth) for p in pages]
        print(depth, frontier)
    return seen


print(asyncio.run(crawl("root")))
# async host: fetch -> "n"
# expect: 0 ['n0']
# expect: 1 ['n1']
# expect: 2 ['n2']
# expect: ['root', 'n0', 'n1']
