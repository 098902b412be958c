# Rate-limited host calls: a Semaphore(2) lets two calls be pending at a time.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)

    async def get(u):
        async with sem:
            print("asking", u)
            r = await fetch(u)
        print("done", u)
        return r

    print(await asyncio.gather(*(get(u) for u in "abcd")))


asyncio.run(main())
# async host: fetch -> 1
# expect: asking a
# expect: asking b
# expect: done a
# expect: done b
# expect: asking c
# expect: asking d
# expect: done c
# expect: done d
# expect: [1, 1, 1, 1]
