# Comparisons, truth, identity and not_ as functions, including their use as keys and in map().
import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "a"), op.gt([2], [1, 5]), op.ge((1, 2), (1, 2)))
print(op.not_([]), op.not_(5), op.truth(""), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(list(map(op.lt, [1, 5, 3], [2, 2, 3])), list(map(op.eq, "abc", "abd")))
try:
    op.lt(1, "a")
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(op.eq(Box(1), Box(1)), op.lt(Box(1), Box(2)), op.gt(Box(1), Box(2)), op.ne(Box(1), Box(2)))
# expect: True True True False True True
# expect: True False False True True True
# expect: [True, False, False] [True, True, False]
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: True True False True
