# findall returns whole matches without groups, group 1 with one, tuples with several ('' for a group that did
# not take part).
import re
print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)=\d', 'a=1 b=2'))
print(re.findall(r'(\w)=(\d)', 'a=1 b=2'))
print(re.findall(r'(a)|(b)', 'ab'))
print(re.findall(r'(?:x)(y)?', 'xyx'))
print(re.findall(r'\d', 'none'))
print(re.findall('', 'ab'))
# expect: ['1', '22', '333']
# expect: ['a', 'b']
# expect: [('a', '1'), ('b', '2')]
# expect: [('a', ''), ('', 'b')]
# expect: ['y', '']
# expect: []
# expect: ['', '', '']
