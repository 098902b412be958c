# all/any return bools, not the items.
print(all([1, 2]), any([0, "x"]), type(any([5])).__name__)
# expect: True True bool
