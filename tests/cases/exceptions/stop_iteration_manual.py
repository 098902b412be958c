# Driving an iterator by hand with try/except StopIteration.
it = iter([1, 2])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("got", v)
# expect: got 1
# expect: got 2
# expect: exhausted
