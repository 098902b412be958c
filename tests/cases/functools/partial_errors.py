# partial()'s constructor errors, and errors of the call it makes, which are the function's own.
import functools


def call(f, *a, **k):
    return f(*a, **k)


for args in [(), (1,), ("text", 2)]:
    try:
        call(functools.partial, *args)
    except TypeError as e:
        print("TypeError:", e)


def two(a, b):
    return a + b


p = functools.partial(two, 1)
print(p(2))
try:
    p(2, 3)
except TypeError as e:
    print("TypeError:", e)
print(callable(p))
p(a=5)
# expect: TypeError: type 'partial' takes at least one argument
# expect: TypeError: the first argument must be callable
# expect: TypeError: the first argument must be callable
# expect: 3
# expect: TypeError: two() takes 2 positional arguments but 3 were given
# expect: True
# expect runtime error: TypeError: two() got multiple values for argument 'a'
