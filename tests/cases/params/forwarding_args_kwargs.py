# Forwarding *args and **kwargs through a wrapper.
def target(a, b, *, sep="|"):
    return str(a) + sep + str(b)
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1, 2))
print(forward(1, b=3, sep="/"))
print(forward(**{"a": "x", "b": "y"}))
# expect: 1|2
# expect: 1/3
# expect: x|y
