# any() and all() over a generator that calls the host stop at the first decisive item.
# host: check -> true
def checks(n):
    for i in range(n):
        print("checking", i)
        yield check(i) and i >= 1

print(any(checks(5)))
print(all(checks(5)))
print(any(x for x in checks(0)), all(x for x in checks(0)))
# expect: checking 0
# expect: checking 1
# expect: True
# expect: checking 0
# expect: False
# expect: False True
