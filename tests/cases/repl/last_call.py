# A final call expression: its return value is printed; print() itself returns None.
def summary(xs):
    return {"n": len(xs), "max": max(xs)}
print("computing")
summary([3, 9, 4])
# expect: computing
# expect: {'n': 3, 'max': 9}
