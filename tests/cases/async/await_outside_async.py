# await belongs in an async def.
import asyncio


def f(x):
    return await x
# expect error: 6:12: 'await' outside async function
