# any of empty is False, all of empty is True.
print(any(x for x in []), all(x for x in []), any([]), all(()))
print(any([0, "", None]), all([1, "a", [0]]))
# expect: False True False True
# expect: False True
