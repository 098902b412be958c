# finditer yields Match objects in order; spans, groups and the iterator protocol.
import re
for m in re.finditer(r'(\w+)@(\w+)\.com', 'ann@x.com, bob@y.com'):
    print(m.span(), m.group(1), m.group(2))
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).group(), next(it, 'done'))
print([m.start() for m in re.finditer('a', 'banana')])
print(list(re.finditer('z', 'abc')))
# expect: (0, 9) ann x
# expect: (11, 20) bob y
# expect: 1 2 done
# expect: [1, 3, 5]
# expect: []
