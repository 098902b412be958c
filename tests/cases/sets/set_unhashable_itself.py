# A set is unhashable and cannot be a dict key.
try:
    {{1}: 2}
except TypeError as e:
    print(e)
print(hash(frozenset()) == hash(frozenset()))
# expect: unhashable type: 'set'
# expect: True
