# `...` is the Ellipsis singleton: a value, a stub body, never callable.
x = ...
print(x, type(x), x is ..., callable(x), callable(NotImplemented), [1, ...], bool(...))
def stub(): ...
print(stub())
# expect: Ellipsis <class 'ellipsis'> True False False [1, Ellipsis] True
# expect: None
