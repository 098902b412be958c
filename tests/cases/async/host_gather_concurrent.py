# Host functions called in async code are awaitable: gather makes all calls before any answer comes.
import asyncio


async def work(url):
    print("asking", url)
    page = await fetch(url)
    print("got", url, page)
    return len(page)


async def main():
    sizes = await asyncio.gather(*(work(u) for u in ["a", "b", "c"]))
    print(sizes)


asyncio.run(main())
# async host: fetch -> "page"
# expect: asking a
# expect: asking b
# expect: asking c
# expect: got a page
# expect: got b page
# expect: got c page
# expect: [4, 4, 4]
