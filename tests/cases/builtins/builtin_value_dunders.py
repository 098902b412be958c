# The method dunders of builtin values answer hasattr, getattr and calls as CPython does.
print(hasattr([], "__len__"), hasattr([], "__iter__"), hasattr(iter([]), "__contains__"), hasattr(iter([]), "__next__"))
print(hasattr(5, "__add__"), hasattr("s", "__mul__"), hasattr(5, "__len__"), hasattr(None, "__bool__"), hasattr([], "__bool__"))
print([1, 2].__len__(), {"a": 1}.__getitem__("a"), (3).__add__(4), "ab".__contains__("a"), [].__hash__)
print(getattr(len, "__call__")([1]), (5).__neg__(), {1, 2}.__or__({3}), hasattr(print, "__call__"))
it = iter([1])
print(it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("stop", e.args)
print(hasattr(1, "__iter__"), hasattr({}, "__setitem__"), hasattr((), "__setitem__"), (1).__eq__(1), (2).__lt__(3))
# expect: True True False True
# expect: True True False True False
# expect: 2 1 7 True None
# expect: 1 -5 {1, 2, 3} True
# expect: 1
# expect: stop ()
# expect: False True False True True
