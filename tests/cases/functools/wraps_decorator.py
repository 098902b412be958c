# wraps() copies the wrapped function's name and attributes onto the wrapper and sets __wrapped__.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)

    return wrapper


@logged
def add(a, b=1):
    return a + b


add.tag = "math"
print(add(2), add(2, b=5), add.__name__, add.__qualname__, add.__wrapped__(1, 1))


def plain(x):
    return x


plain.owner = "me"
w = functools.update_wrapper(lambda x: plain(x) * 2, plain)
print(w.__name__, w.owner, w(4), w.__wrapped__ is plain)


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            for _ in range(times - 1):
                try:
                    return fn(*a)
                except ValueError:
                    print("retry")
            return fn(*a)

        return inner

    return deco


state = {"n": 0}


@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("no")
    return "ok"


print(flaky(), flaky.__name__)
# expect: call add (2,) {}
# expect: call add (2,) {'b': 5}
# expect: 3 7 add add 2
# expect: plain me 8 True
# expect: retry
# expect: retry
# expect: ok flaky
