# Operator result type follows the left operand for set/frozenset mixes.
f = frozenset({1, 2})
s = {2, 3}
print(type(f | s).__name__, type(s | f).__name__, f | s, s & f)
print(f == {1, 2}, {1, 2} == f)
# expect: frozenset set frozenset({1, 2, 3}) {2}
# expect: True True
