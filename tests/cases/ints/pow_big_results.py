# x ** n with results of a few hundred thousand bits, computed as a chain of squarings: values must not change.
x = 3 ** 200000
print(x.bit_length(), x % 10**12, x % 999983)
y = (-7) ** 150001
print(y.bit_length(), y < 0, y % 10**12)
z = (10**50 + 1) ** 1700
print(z.bit_length(), z % 10**12)
w = 2 ** 300000
print(w.bit_length(), w == 1 << 300000)
print((-1) ** (10**20 + 1), 0 ** (10**20), 1 ** (10**20), (-1) ** (10**20))
# expect: 316993 731044000001 512810
# expect: 421107 True 155369999993
# expect: 282364 1
# expect: 300001 True
# expect: -1 0 1 1
