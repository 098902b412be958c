# hash of a list is a TypeError.
hash([1, 2])
# expect runtime error: TypeError: unhashable type: 'list'
