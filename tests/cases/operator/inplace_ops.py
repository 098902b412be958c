# The in-place functions mutate what the augmented assignment would mutate, and return the result.
import operator as op

a = [1]
b = op.iadd(a, [2])
print(a, b is a)
t = (1,)
u = op.iadd(t, (2,))
print(t, u)
s = {1}
print(op.ior(s, {2}), s, op.isub(5, 2), op.imul("ab", 2), op.itruediv(1, 2), op.ifloordiv(7, 2))
print(op.imod(7, 4), op.ipow(2, 5), op.ilshift(1, 2), op.irshift(8, 1), op.iand(6, 3), op.ixor(6, 3))
c = [0]
print(op.iconcat(c, [1]), c)
try:
    op.iconcat(1, 2)
except TypeError as e:
    print("TypeError:", e)
# expect: [1, 2] True
# expect: (1,) (1, 2)
# expect: {1, 2} {1, 2} 3 abab 0.5 3
# expect: 3 32 4 4 2 5
# expect: [0, 1] [0, 1]
# expect: TypeError: 'int' object can't be concatenated
