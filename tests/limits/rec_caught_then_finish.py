# A RecursionError the program catches: it is an ordinary exception, and the program finishes normally
# (and can recurse again afterwards, up to the limit).
# limit: --max-depth 200
# expect: caught RecursionError
# expect: again
# expect: done 55
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError:
    print("caught RecursionError")
try:
    f(0)
except RecursionError:
    print("again")
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
print("done", tri(10))
