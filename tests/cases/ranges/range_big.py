# Huge ranges are lazy; len and membership are computed.
r = range(0, 10 ** 18, 7)
print(len(r), 7 * 10 ** 10 in r, r[-1])
# expect: 142857142857142858 True 999999999999999999
