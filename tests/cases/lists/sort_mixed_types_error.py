# Sorting values that cannot be ordered together raises TypeError.
values = [3, "a", 1]
values.sort()
# expect runtime error: TypeError: '<' not supported between instances of 'str' and 'int'
