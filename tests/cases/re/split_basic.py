# split at each match; empty matches split too (CPython 3.7+).
import re
print(re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.split(r'\s+', '  leading and trailing  '))
print(re.split('x*', 'axbc'))
print(re.split(r'\b', 'ab cd'))
print(re.split('z', 'abc'))
print(re.split(',', ''))
# expect: ['a', 'b', 'c', 'd']
# expect: ['', 'leading', 'and', 'trailing', '']
# expect: ['', 'a', '', 'b', 'c', '']
# expect: ['', 'ab', ' ', 'cd', '']
# expect: ['abc']
# expect: ['']
