# fib.py — recursive calls on small ints: call overhead and int arithmetic.
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fib(27)
