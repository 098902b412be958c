# is / is not with None, booleans and shared lists.
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
x = None
print(x is None, x is not None, True is True, (1 == 1) is True)
# expect: True False True True
# expect: True False True True
