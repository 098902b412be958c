# __len__ must return a non-negative int, __bool__ a bool.
class Neg:
    def __len__(self):
        return -1

class Str:
    def __len__(self):
        return "3"

class B:
    def __bool__(self):
        return 1

for f in (lambda: len(Neg()), lambda: len(Str()), lambda: bool(B()), lambda: len(B())):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: ValueError __len__() should return >= 0
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError __bool__ should return bool, returned int
# expect: TypeError object of type 'B' has no len()
