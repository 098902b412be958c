# reversed of a set is a TypeError.
reversed({1, 2})
# expect runtime error: TypeError: 'set' object is not reversible
