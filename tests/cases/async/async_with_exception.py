# An exception in the body reaches __aexit__; a true result suppresses it, a false one lets it go on.
import asyncio


class Guard:
    def __init__(self, swallow):
        self.swallow = swallow

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return self.swallow


async def main():
    async with Guard(True):
        raise ValueError("hidden")
    print("suppressed")
    try:
        async with Guard(False):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))


asyncio.run(main())
# expect: exit ValueError hidden
# expect: suppressed
# expect: exit KeyError 'k'
# expect: propagated KeyError('k')
