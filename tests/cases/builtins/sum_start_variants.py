# sum with start: floats, lists concatenation, and the str rejection.
print(sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2, 3]], []), sum([True, True, False]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
# expect: 0.9999999999999999 13 [1, 2, 3] 2
# expect: sum() can't sum strings [use ''.join(seq) instead]
