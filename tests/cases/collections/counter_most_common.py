# most_common: largest counts first, ties in first-seen order; n larger than the counter, zero, negative.
from collections import Counter

words = "the cat and the hat and the bat sat".split()
c = Counter(words)
print(c.most_common())
print(c.most_common(1), c.most_common(3), c.most_common(0), c.most_common(-1), c.most_common(100))
print(Counter("abcabcab").most_common(2))
# expect: [('the', 3), ('and', 2), ('cat', 1), ('hat', 1), ('bat', 1), ('sat', 1)]
# expect: [('the', 3)] [('the', 3), ('and', 2), ('cat', 1)] [] [] [('the', 3), ('and', 2), ('cat', 1), ('hat', 1), ('bat', 1), ('sat', 1)]
# expect: [('a', 3), ('b', 3)]
