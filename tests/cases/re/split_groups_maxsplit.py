# split keeps the groups' text (None for a group that did not take part); maxsplit bounds the splits.
import re
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'(x)|y', 'axbyc'))
print(re.split(',', 'a,b,c,d', 2))
print(re.split(',', 'a,b,c', maxsplit=1))
print(re.split(',', 'a,b', maxsplit=-1))
print(re.compile(r'(-)').split('1-2-3', 1))
# expect: ['a', ',', 'b', ',', 'c']
# expect: ['a', 'x', 'b', None, 'c']
# expect: ['a', 'b', 'c,d']
# expect: ['a', 'b,c']
# expect: ['a,b']
# expect: ['1', '-', '2-3']
