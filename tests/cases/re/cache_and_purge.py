# Patterns are cached per run; compiled patterns compare equal by source and flags; purge empties the cache.
import re
a = re.compile('x+')
b = re.compile('x+')
print(a == b, a == re.compile('x+', re.I), hash(a) == hash(b))
print(re.purge())
print(re.compile('x+') == a)
print(len({re.compile('q'), re.compile('q')}))
for i in range(600):
    re.match('p%d' % i, 'p%d' % i)
print(re.match('p1', 'p1'))
# expect: True False True
# expect: None
# expect: True
# expect: 1
# expect: <re.Match object; span=(0, 2), match='p1'>
