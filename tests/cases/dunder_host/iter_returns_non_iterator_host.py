# A waiting __iter__ that returns something that is not an iterator: CPython's TypeError.
# host: fetch -> 5
class Bad:
    def __iter__(self):
        return fetch()

for x in Bad():
    print(x)
# expect runtime error: TypeError: iter() returned non-iterator of type 'int'
