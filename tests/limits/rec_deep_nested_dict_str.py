# A dict nested 100000 deep; str() of it must raise RecursionError.
# limit: --max-depth 200
# expect limit: RecursionError
d = {}
for i in range(100000):
    d = {"k": d}
print(len(str(d)))
