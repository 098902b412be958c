# Starred assignment targets collect the rest as a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = (1, 2)
print(a, mid, z)
# expect: 1 [2, 3, 4]
# expect: ['a', 'b'] c
# expect: 1 [] 2
