# await at module level is refused, as CPython refuses it.
import asyncio


async def f():
    return 1

x = await f()
# expect error: 8:5: 'await' outside function
