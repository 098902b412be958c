# async with belongs in an async def.
class M:
    pass


def f():
    async with M():
        pass
# expect error: 7:5: 'async with' outside async function
