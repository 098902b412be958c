# getattr/hasattr on functions and builtin values; setattr on a function object.
def f():
    return 1
print(hasattr(f, "__name__"), getattr(f, "__name__"), hasattr(5, "nope"), getattr(5, "nope", "dflt"))
setattr(f, "tag", "x")
print(f.tag, getattr(f, "tag"), hasattr(f, "tag"))
print(getattr("abc", "upper")(), getattr([3, 1], "index")(1))
# expect: True f False dflt
# expect: x x True
# expect: ABC 1
