# any() stops at the first true item: side effects show how far it went.
def check(x):
    print("check", x)
    return x > 2
print(any(check(x) for x in [1, 3, 5]))
print(all(check(x) for x in [5, 1, 7]))
# expect: check 1
# expect: check 3
# expect: True
# expect: check 5
# expect: check 1
# expect: False
