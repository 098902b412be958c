# cmp_to_key() turns an old-style comparison into a key for sorted, min, max and list.sort.
from functools import cmp_to_key


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(by_len_then_alpha)), max(words, key=cmp_to_key(by_len_then_alpha)))
nums = [3, 30, 34, 5, 9]
nums.sort(key=cmp_to_key(lambda x, y: int(str(y) + str(x)) - int(str(x) + str(y))))
print("".join(map(str, nums)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(4), K(5).obj)
try:
    K(1) < 2
except TypeError as e:
    print("TypeError:", e)
try:
    hash(K(1))
except TypeError as e:
    print("TypeError:", e)
# expect: ['fig', 'date', 'kiwi', 'pear', 'apple']
# expect: ['apple', 'pear', 'kiwi', 'date', 'fig']
# expect: fig apple
# expect: 9534330
# expect: True True True True 5
# expect: TypeError: other argument must be K instance
# expect: TypeError: unhashable type: 'functools.KeyWrapper'
