# An uncaught IndexError from deep inside a call chain, after partial output.
def first(xs):
    return xs[0]
def summarize(batches):
    for b in batches:
        print("first:", first(b))
summarize([[3, 4], [5], []])
# expect: first: 3
# expect: first: 5
# expect runtime error: IndexError: list index out of range
