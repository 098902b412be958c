# A set that grows while iterated.
s = {1}
for k in s:
    s.add(k + 1)
# expect runtime error: RuntimeError: Set changed size during iteration
