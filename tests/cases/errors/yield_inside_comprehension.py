def f():
    return [(yield x) for x in range(3)]
# expect error: 2:14: 'yield' inside list comprehension
