# Recursive fibonacci.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
out = []
for i in range(15):
    out.append(fib(i))
print(out)
print(fib(20))
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
# expect: 6765
