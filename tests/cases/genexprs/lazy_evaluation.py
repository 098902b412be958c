# A generator expression is lazy: nothing runs until it is consumed, and it is consumed once.
def noisy(x):
    print("compute", x)
    return x
g = (noisy(x) for x in range(3))
print("created")
print(next(g))
print(list(g))
print(list(g))
# expect: created
# expect: compute 0
# expect: 0
# expect: compute 1
# expect: compute 2
# expect: [1, 2]
# expect: []
