# Comparing two lists nested 100000 deep must raise RecursionError (CPython: "in comparison").
# limit: --max-depth 200
# expect limit: RecursionError
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
print(a == b)
