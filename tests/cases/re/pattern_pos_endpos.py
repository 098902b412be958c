# Pattern methods take pos and endpos: ^ still means the string's start, $ the endpos.
import re
p = re.compile(r'\d')
print(p.search('a1b2', 2))
print(p.search('a1b2', 2, 3))
print(p.match('a1', 1), p.match('a1', 0))
print(p.findall('1234', 1, 3), p.fullmatch('12', 1))
print(p.search('12', 5), p.search('12', -5), p.search('12', 1, 0))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print([m.span() for m in p.finditer('1a2b3', pos=1, endpos=4)])
m = p.search('x9y', 1, 3)
print(m.pos, m.endpos)
print(p.search(string='q7', pos=1))
# expect: <re.Match object; span=(3, 4), match='2'>
# expect: None
# expect: <re.Match object; span=(1, 2), match='1'> None
# expect: ['2', '3'] <re.Match object; span=(1, 2), match='2'>
# expect: None <re.Match object; span=(0, 1), match='1'> None
# expect: None <re.Match object; span=(0, 1), match='a'>
# expect: [(2, 3)]
# expect: 1 3
# expect: <re.Match object; span=(1, 2), match='7'>
