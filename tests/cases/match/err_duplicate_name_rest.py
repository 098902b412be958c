# The **rest name repeats a value capture.
match {"a": 1}:
    case {"a": x, **x}:
        print(x)
# expect error: 3:16: multiple assignments to name 'x' in pattern
