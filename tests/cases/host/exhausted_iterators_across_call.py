# Iterators run to their end before a host call (each has forgotten its source) are still exhausted after it:
# the runner replays the call through a snapshot, which must keep them as they are.
# host: ask -> 7
it = iter([1])
next(it)
s = iter("ab")
list(s)
d = iter({1: 2})
list(d)
t = iter((1,))
list(t)
x = ask()
print(next(it, "done"), list(s), list(d), list(t), x)
# expect: done [] [] [] 7
