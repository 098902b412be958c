# Generators are iterators wherever Python takes one.
def nums(n):
    for i in range(n):
        yield i

print(list(nums(4)), tuple(nums(2)), set(nums(3)) == {0, 1, 2})
print(sum(nums(5)), min(nums(3)), max(nums(3)), sorted(nums(3), reverse=True))
print(any(x > 2 for x in nums(4)), all(nums(1)), 3 in nums(5), 7 in nums(5))
print(dict(zip("abc", nums(3))), list(enumerate(nums(2))), list(map(str, nums(3))))
print(list(filter(None, nums(4))), "-".join(str(i) for i in nums(3)), list(reversed(list(nums(3)))))
a, b, c = nums(3)
first, *rest = nums(4)
print(a, b, c, first, rest, "-")
it = nums(3)
print(iter(it) is it, next(it), list(it))
print(dict((k, k * k) for k in nums(3)), list(zip(nums(2), nums(5))))
# expect: [0, 1, 2, 3] (0, 1) True
# expect: 10 0 2 [2, 1, 0]
# expect: True False True False
# expect: {'a': 0, 'b': 1, 'c': 2} [(0, 0), (1, 1)] ['0', '1', '2']
# expect: [1, 2, 3] 0-1-2 [2, 1, 0]
# expect: 0 1 2 0 [1, 2, 3] -
# expect: True 0 [1, 2]
# expect: {0: 0, 1: 1, 2: 4} [(0, 0), (1, 1)]
