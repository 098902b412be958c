# An asynchronous comprehension needs an async def around it.
import asyncio


def f(xs):
    return [x async for x in xs]
# expect error: 6:12: asynchronous comprehension outside of an asynchronous function
