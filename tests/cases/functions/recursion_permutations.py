# Recursive permutations of a short list.
def perms(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
for p in perms([1, 2, 3]):
    print(p)
# expect: [1, 2, 3]
# expect: [1, 3, 2]
# expect: [2, 1, 3]
# expect: [2, 3, 1]
# expect: [3, 1, 2]
# expect: [3, 2, 1]
