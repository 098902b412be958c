# Adding an unhashable value to a set is a TypeError.
s = set()
try:
    s.add([1])
except TypeError as e:
    print(e)
{1, {2}}
# expect: unhashable type: 'list'
# expect runtime error: TypeError: unhashable type: 'set'
