# A Match's string, re, pos and endpos.
import re
p = re.compile(r'\d+')
m = p.search('ab123cd', 1, 6)
print(m.string, m.re, m.re is p, m.pos, m.endpos)
m2 = re.match('a', 'abc')
print(m2.re, m2.pos, m2.endpos)
print(type(m).__name__ if False else type(m))
# expect: ab123cd re.compile('\\d+') True 1 6
# expect: re.compile('a') 0 3
# expect: <class 're.Match'>
