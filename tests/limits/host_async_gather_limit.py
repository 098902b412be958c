# Async code making host calls faster than they are answered: the host-call limit counts every call made,
# awaited or not, and no except clause catches the stop.
# limit: --max-host-calls 20
# host: fetch -> 1
# expect limit: HostCallLimitExceeded
import asyncio


async def main():
    n = 0
    while True:
        try:
            await asyncio.gather(*(fetch(n + i) for i in range(7)))
        except BaseException:
            print("caught")
        n += 7


asyncio.run(main())
