# async for over an async generator: its awaits and its items interleave with the consumer.
import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        print("made", i)
        yield i * 10
    print("ticker done")


async def main():
    async for x in ticker(3):
        print("got", x)
    return "end"


print(asyncio.run(main()))
# expect: made 0
# expect: got 0
# expect: made 1
# expect: got 10
# expect: made 2
# expect: got 20
# expect: ticker done
# expect: end
