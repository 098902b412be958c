# Adding keys while iterating a dict is a RuntimeError.
d = {"a": 1}
for k in d:
    d[k + "x"] = 0
# expect runtime error: RuntimeError: dictionary changed size during iteration
