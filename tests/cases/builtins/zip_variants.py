# zip stops at the shortest; zip() with no args is empty; unzip with *.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])))
pairs = [(1, "a"), (2, "b")]
nums, chars = zip(*pairs)
print(nums, chars)
# expect: [(1, 'a'), (2, 'b')] [] [(1,)]
# expect: (1, 2) ('a', 'b')
