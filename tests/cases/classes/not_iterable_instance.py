# Iterating an instance without __iter__.
class Plain:
    pass

try:
    iter(Plain())
except TypeError as e:
    print(e)
try:
    1 in Plain()
except TypeError as e:
    print(e)
for x in Plain():
    pass
# expect: 'Plain' object is not iterable
# expect: argument of type 'Plain' is not iterable
# expect runtime error: TypeError: 'Plain' object is not iterable
