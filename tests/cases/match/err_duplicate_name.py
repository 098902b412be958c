# One name bound twice in the same pattern.
match (1, 2):
    case (x, x):
        print(x)
# expect error: 3:14: multiple assignments to name 'x' in pattern
