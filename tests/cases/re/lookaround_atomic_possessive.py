# Lookaheads, lookbehinds, atomic groups and possessive quantifiers (CPython 3.11).
import re
print(re.findall(r'\w+(?=!)', 'hi! there yo!'))
print(re.findall(r'(?<!\$)\b\d+', '$10 20 $30 40'))
print(re.findall(r'(?<=@)\w+', 'a@b c@d'))
print(re.match(r'(?>a+)b', 'aab'), re.match(r'(?>a+)ab', 'aab'))
print(re.match(r'a++b', 'aab'), re.match(r'a++ab', 'aab'), re.match(r'a*+', 'aa'))
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print('re.error:', e)
# expect: ['hi', 'yo']
# expect: ['20', '40']
# expect: ['b', 'd']
# expect: <re.Match object; span=(0, 3), match='aab'> None
# expect: <re.Match object; span=(0, 3), match='aab'> None <re.Match object; span=(0, 2), match='aa'>
# expect: re.error: look-behind requires fixed-width pattern
