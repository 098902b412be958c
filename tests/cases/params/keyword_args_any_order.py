# Keyword arguments can be given in any order.
def span(start, stop, step):
    return list(range(start, stop, step))
print(span(stop=10, step=3, start=1))
print(span(0, step=-1, stop=-3))
# expect: [1, 4, 7]
# expect: [0, -1, -2]
