# __iter__ must return an iterator.
class Bad:
    def __iter__(self):
        return [1, 2]

for x in Bad():
    print(x)
# expect runtime error: TypeError: iter() returned non-iterator of type 'list'
