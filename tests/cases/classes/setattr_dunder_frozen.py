# __setattr__ can guard assignments; object.__setattr__ through super() still sets.
class Frozen:
    def __init__(self, x):
        super().__setattr__("x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")

f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(e)
# expect: 3
# expect: cannot set x
