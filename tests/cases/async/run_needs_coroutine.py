# asyncio.run takes a coroutine, not its function nor a value.
import asyncio


async def main():
    return 1


try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError")
asyncio.run(5)
# expect: ValueError
# expect runtime error: ValueError: a coroutine was expected, got 5
