# m[g] is m.group(g); an unknown group is IndexError: no such group.
import re
m = re.match(r'(?P<n>\d)(\w)', '1a')
print(m[0], m[1], m['n'], m[2])
for g in [3, -1, 'missing']:
    try:
        m[g]
    except IndexError as e:
        print(repr(g), 'IndexError:', e)
try:
    m.group(5)
except IndexError as e:
    print('IndexError:', e)
try:
    m.start('x')
except IndexError as e:
    print('IndexError:', e)
# expect: 1a 1 1 a
# expect: 3 IndexError: no such group
# expect: -1 IndexError: no such group
# expect: 'missing' IndexError: no such group
# expect: IndexError: no such group
# expect: IndexError: no such group
