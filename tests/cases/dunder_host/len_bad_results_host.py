# Waiting __len__/__bool__ with bad results: CPython's errors.
# host: answer -> -1
class Neg:
    def __len__(self):
        return answer()

class NotBool:
    def __bool__(self):
        return answer()

for obj in [Neg(), NotBool()]:
    try:
        print(len(obj) if isinstance(obj, Neg) else bool(obj))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    if Neg():
        print("no")
except ValueError as e:
    print("ValueError", e)
# expect: ValueError __len__() should return >= 0
# expect: TypeError __bool__ should return bool, returned int
# expect: ValueError __len__() should return >= 0
