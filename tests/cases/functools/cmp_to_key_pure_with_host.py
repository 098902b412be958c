# In a program that calls the host, cmp_to_key() over a comparison that does not is fine, and keys the host
# computed first sort as usual.
# host: score -> 2
from functools import cmp_to_key


def by_len(a, b):
    return len(a) - len(b)


scores = {w: score(w) * len(w) for w in ["ccc", "a", "bb"]}
print(sorted(scores, key=cmp_to_key(by_len)), sorted(scores, key=scores.get, reverse=True))
# expect: ['a', 'bb', 'ccc'] ['ccc', 'bb', 'a']
