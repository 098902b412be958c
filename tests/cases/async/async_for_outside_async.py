# async for belongs in an async def.
def f(xs):
    async for x in xs:
        print(x)
# expect error: 3:5: 'async for' outside async function
