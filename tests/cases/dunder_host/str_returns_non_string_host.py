# A waiting __str__ that returns an int: CPython's TypeError names __str__.
# host: count -> 3
class Counter:
    def __str__(self):
        return count()

try:
    print(Counter())
except TypeError as e:
    print("TypeError:", e)
print(str(Counter()))
# expect: TypeError: __str__ returned non-string (type int)
# expect runtime error: TypeError: __str__ returned non-string (type int)
