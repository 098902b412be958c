def f():
    return list((yield x) for x in range(3))
# expect error: 2:18: 'yield' inside generator expression
