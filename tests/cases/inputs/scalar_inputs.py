# Inputs of scalar JSON types become predefined globals.
# input: limit = 5
# input: name = "report"
# input: threshold = 0.75
# input: verbose = true
# input: cursor = null
print(limit * 2, name.upper(), threshold + 0.25, verbose, cursor)
print(type(limit), type(threshold), type(verbose))
# expect: 10 REPORT 1.0 True None
# expect: <class 'int'> <class 'float'> <class 'bool'>
