# IndexError messages for list, tuple, str assignment and pop.
cases = [lambda: [1][5], lambda: (1,)[-2], lambda: "ab"[9], lambda: [].pop()]
for c in cases:
    try:
        c()
    except IndexError as e:
        print(e)
xs = [1]
xs[3] = 0
# expect: list index out of range
# expect: tuple index out of range
# expect: string index out of range
# expect: pop from empty list
# expect runtime error: IndexError: list assignment index out of range
