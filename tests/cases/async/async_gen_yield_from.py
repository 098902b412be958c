# yield from is not allowed in an async generator.
async def f():
    yield 1
    yield from [2]
# expect error: 4:5: 'yield from' inside async function
