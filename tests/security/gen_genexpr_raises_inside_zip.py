# A generator that raises midway through zip, caught, then zip reused.
def bad(x):
    if x == 2:
        raise KeyError(x)
    return x

z = zip([1, 2, 3], (bad(x) for x in [1, 2, 3]))
try:
    print(list(z))
except KeyError as e:
    print("KeyError", e)
print(list(z))
# expect: KeyError 2
# expect: []
