# Call-site * unpacking of lists, tuples, ranges, strings and several sequences at once.
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*[1, 2, 3]))
print(three(*(4, 5), 6))
print(three(*range(3)))
print(three(1, *[2], *(3,)))
def chars(*cs):
    return "-".join(cs)
print(chars(*"abc"))
# expect: 123
# expect: 456
# expect: 12
# expect: 123
# expect: a-b-c
