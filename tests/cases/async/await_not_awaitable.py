# Awaiting something that is not awaitable is CPython's TypeError.
import asyncio


async def main():
    x = 5
    await x


asyncio.run(main())
# expect runtime error: TypeError: object int can't be used in 'await' expression
