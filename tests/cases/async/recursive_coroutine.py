# A coroutine may await itself recursively.
import asyncio


async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def main():
    print(await fact(20))
    print(await fib(15))


asyncio.run(main())
# expect: 2432902008176640000
# expect: 610
