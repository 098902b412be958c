# A Pattern's pattern, flags, groups and groupindex (named groups in definition order).
import re
p = re.compile(r'(?P<zeta>\d+)-(x)-(?P<alpha>\w+)', re.I)
print(p.pattern, p.flags, p.groups)
print(p.groupindex)
print(dict(p.groupindex)['alpha'])
print(re.compile('plain').groups, re.compile('plain').groupindex)
print(re.compile(b'\\d').pattern)
# expect: (?P<zeta>\d+)-(x)-(?P<alpha>\w+) 34 3
# expect: {'zeta': 1, 'alpha': 3}
# expect: 3
# expect: 0 {}
# expect: b'\\d'
