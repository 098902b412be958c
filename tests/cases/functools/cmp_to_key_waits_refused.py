# A cmp_to_key() comparison function that calls the host cannot wait inside a sort's comparisons (the runtime
# compares keys from C): a compile error at the call of cmp_to_key, never a run-time surprise.
# host: score -> 1
from functools import cmp_to_key


def by_score(a, b):
    return score(a) - score(b)


print(sorted([3, 1, 2], key=cmp_to_key(by_score)))
# expect error: 11:29: the comparison function of cmp_to_key() may wait on the host
