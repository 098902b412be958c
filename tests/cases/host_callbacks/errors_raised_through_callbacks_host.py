# Exceptions raised inside a callback that called the host reach the caller with CPython's message.
# host: get_price -> 3
def key(n):
    if get_price(n) and n == "bad":
        raise KeyError(n)
    return n

try:
    sorted(["a", "bad"], key=key)
except KeyError as e:
    print("sorted:", e)
try:
    list(map(lambda n: get_price(n) / 0, ["a"]))
except ZeroDivisionError as e:
    print("map:", e)

def failing():
    yield get_price(1)
    raise RuntimeError("gen failed")

try:
    print(list(failing()))
except RuntimeError as e:
    print("list:", e)
# expect: sorted: 'bad'
# expect: map: division by zero
# expect: list: gen failed
