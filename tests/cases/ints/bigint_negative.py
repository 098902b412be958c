# Negative big ints: arithmetic, floor division and modulo, comparisons, abs.
n = -(2 ** 70)
print(n)
print(n // 3, n % 3)
print(n // -7, n % -7)
print(abs(n), -n)
print(n < -(2 ** 69), n * n)
print(n + 2 ** 70, n + 2 ** 70 == 0)
# expect: -1180591620717411303424
# expect: -393530540239137101142 2
# expect: 168655945816773043346 -2
# expect: 1180591620717411303424 1180591620717411303424
# expect: True 1393796574908163946345982392040522594123776
# expect: 0 True
