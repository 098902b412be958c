# Calling a host function in async code only makes the awaitable: the call is made when it is awaited.
import asyncio


async def main():
    pending = fetch("later")
    print("made")
    print(await pending)


asyncio.run(main())
# async host: fetch -> "answer"
# expect: made
# expect: answer
