# Module functions are values: passed to map and sorted, kept in dicts, compared.
import math

ops = {"sqrt": math.sqrt, "log": math.log, "fl": math.floor}
print([ops[k](16) for k in sorted(ops)])
print(list(map(math.isqrt, [1, 4, 10, 99])), sorted([-3.5, 2, -1], key=math.fabs))
print(list(map(math.pow, [2, 3], [3, 2])), math.sqrt in ops.values(), len({math.sqrt, math.sqrt}))
f = math.factorial
print(f(10), [f(n) for n in range(6)])
# expect: [16, 2.772588722239781, 4.0]
# expect: [1, 2, 3, 9] [-1, 2, -3.5]
# expect: [8.0, 9.0] True 1
# expect: 3628800 [1, 1, 2, 6, 24, 120]
