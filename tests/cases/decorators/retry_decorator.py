# A retry decorator that swallows a given exception type up to N attempts.
def retry(times, exc):
    def deco(fn):
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a)
                except exc as e:
                    print("attempt", attempt, "failed:", e)
            raise RuntimeError("gave up")
        return wrapper
    return deco
state = {"n": 0}
@retry(3, ValueError)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("n=" + str(state["n"]))
    return "ok"
print(flaky())
# expect: attempt 1 failed: n=1
# expect: attempt 2 failed: n=2
# expect: ok
