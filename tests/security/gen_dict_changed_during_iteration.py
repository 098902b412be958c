# A dict that grows while iterated.
d = {1: 1}
for k in d:
    d[k + 1] = 1
# expect runtime error: RuntimeError: dictionary changed size during iteration
