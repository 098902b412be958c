# Awaits inside except and finally blocks of a coroutine.
import asyncio


async def cleanup(log, what):
    await asyncio.sleep(0)
    log.append(what)


async def risky(log, fail):
    try:
        await asyncio.sleep(0)
        if fail:
            raise ValueError("bad")
        return "ok"
    except ValueError:
        await cleanup(log, "handled")
        return "recovered"
    finally:
        await cleanup(log, "finally")


async def main():
    log = []
    print(await risky(log, False), await risky(log, True))
    print(log)


asyncio.run(main())
# expect: ok recovered
# expect: ['finally', 'handled', 'finally']
