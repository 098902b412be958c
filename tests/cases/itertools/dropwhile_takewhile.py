# dropwhile() skips while the predicate holds, then yields everything; takewhile() stops at the first failure
# (and consumes that item).
from itertools import dropwhile, takewhile

nums = [1, 4, 6, 4, 1]
print(list(dropwhile(lambda x: x < 5, nums)), list(takewhile(lambda x: x < 5, nums)))
it = iter([1, 2, 10, 3, 4])
print(list(takewhile(lambda x: x < 5, it)), list(it))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
print(list(dropwhile(str.isspace, "   text ")), "".join(takewhile(str.isdigit, "123abc4")))
calls = []


def small(x):
    calls.append(x)
    return x < 3


print(list(dropwhile(small, [1, 2, 3, 1, 0])), calls)
# expect: [6, 4, 1] [1, 4]
# expect: [1, 2] [3, 4]
# expect: [] [1, 2]
# expect: ['t', 'e', 'x', 't', ' '] 123
# expect: [3, 1, 0] [1, 2, 3]
