# raise ... from None.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError("unknown field " + k) from None
get({}, "age")
# expect runtime error: ValueError: unknown field age
