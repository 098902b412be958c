# import re as r, from re import ..., and the module as a value.
import re as r
from re import sub, findall, IGNORECASE, compile as rc
import re
print(r.match('a', 'a').span(), sub('a', 'b', 'aa'), findall('a', 'A', IGNORECASE), rc('x').pattern)
print(re.sub.__name__)
f = re.findall
print(f(r'\d', 'a1'))
print(sorted(['b10', 'a2', 'a10'], key=lambda s: [int(t) if t.isdigit() else t for t in re.split(r'(\d+)', s)]))
# expect: (0, 1) bb ['A'] x
# expect: sub
# expect: ['1']
# expect: ['a2', 'a10', 'b10']
