# A plain function stored on the class binds; a staticmethod or a lambda in a staticmethod does not.
def helper(x):
    return x * 2

class K:
    h = staticmethod(helper)
    m = helper

print(K.h(2), K().h(3), K.m(4))
print(K().m())
# expect: 4 6 8
# expect runtime error: TypeError: unsupported operand type(s) for *: 'K' and 'int'
