# Deep equality of nested containers; list vs tuple never equal.
print([1, [2, (3, {"a": {4}})]] == [1, [2, (3, {"a": {4}})]])
print([1, 2] == (1, 2), {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print([] == [], () == (), set() == frozenset())
# expect: True
# expect: False True True
# expect: True True True
