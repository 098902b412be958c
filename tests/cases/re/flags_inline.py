# Inline flags: global ones at the start, scoped ones (?i:...) and (?-i:...) anywhere.
import re
print(re.match('(?i)abc', 'ABC'))
print(re.match('(?im)^b', 'a\nB'))
print(re.match('a(?i:b)c', 'aBc'), re.match('a(?i:b)c', 'aBC'))
print(re.match('(?i)a(?-i:b)', 'Ab'), re.match('(?i)a(?-i:b)', 'AB'))
print(re.match('(?#a comment)x', 'x'))
try:
    re.compile('a(?i)b')
except re.error as e:
    print('re.error:', e)
# expect: <re.Match object; span=(0, 3), match='ABC'>
# expect: None
# expect: <re.Match object; span=(0, 3), match='aBc'> None
# expect: <re.Match object; span=(0, 2), match='Ab'> None
# expect: <re.Match object; span=(0, 1), match='x'>
# expect: re.error: global flags not at the start of the expression at position 1
