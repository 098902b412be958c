# iter/next on lists, strings and dicts; next with default; StopIteration when exhausted.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
s = iter("ab")
print(next(s), list(s))
d = iter({"k": 1, "j": 2})
print(next(d))
next(iter([]))
# expect: 1 2 done
# expect: a ['b']
# expect: k
# expect runtime error: StopIteration
