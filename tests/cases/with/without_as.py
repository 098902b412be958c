# A with statement without `as` still calls __enter__ (its result is dropped) and __exit__.
class Timer:
    def __enter__(self):
        print("start")
        return 42

    def __exit__(self, *args):
        print("stop", args)
        return None

with Timer():
    print("work")
# expect: start
# expect: work
# expect: stop (None, None, None)
