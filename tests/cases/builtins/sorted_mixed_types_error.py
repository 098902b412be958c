# sorted of mixed incomparable types raises TypeError.
sorted([3, "a", 1])
# expect runtime error: TypeError: '<' not supported between instances of 'str' and 'int'
