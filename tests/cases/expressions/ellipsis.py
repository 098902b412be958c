# `...` is the Ellipsis singleton: stub bodies, placeholders, a sentinel default, and in generic aliases; it
# stays the same object across a host call (replayed through a snapshot).
# host: ping -> 1
def stub(x):
    ...


def fetch(key, default=...):
    if default is ...:
        return f"no default for {key}"
    return default


print(stub(1), fetch("a"), fetch("b", 0))
x = ...
ping()
print(x is ..., x, repr(...), type(...), ... is ..., ... == ..., bool(...), callable(...))
print(tuple[int, ...], dict[str, tuple[int, ...]] | None)
print(type(...)() is ..., {...: 1}[...], [..., 1], f"{...}", str(...))
e = ...
try:
    e()
except TypeError as err:
    print(err)
...
# expect: None no default for a 0
# expect: True Ellipsis Ellipsis <class 'ellipsis'> True True True False
# expect: tuple[int, ...] dict[str, tuple[int, ...]] | None
# expect: True 1 [Ellipsis, 1] Ellipsis Ellipsis
# expect: 'ellipsis' object is not callable
# expect: Ellipsis
