# Ordering across incomparable element types is a TypeError.
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(e)
(1, 2) < [1, 2]
# expect: '<' not supported between instances of 'str' and 'int'
# expect runtime error: TypeError: '<' not supported between instances of 'tuple' and 'list'
