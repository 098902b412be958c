# 200000 generator expressions, each over the next, under --max-depth 1000000: next() resumes all of them.
# Each generator advances the next one by pushing its frame on the execution's chain, not by a C call, so
# the C stack stays flat and the run finishes (CPython 3.11 overflows its C stack here).
g = iter([1])
for i in range(200000):
    g = (x for x in g)
print(next(g))
# limit: --max-depth 1000000
# expect: 1
# pith only: CPython 3.11 overflows its C stack here (killed by SIGSEGV)
