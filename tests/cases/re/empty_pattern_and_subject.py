# Empty patterns and empty subjects.
import re
print(re.match('', ''), re.search('a*', ''), re.findall('a*', ''), re.split('a', ''))
print(re.sub('', 'x', ''), re.subn('', '-', 'ab'))
print(re.fullmatch('', ''), re.fullmatch('a?', ''))
# expect: <re.Match object; span=(0, 0), match=''> <re.Match object; span=(0, 0), match=''> [''] ['']
# expect: x ('-a-b-', 3)
# expect: <re.Match object; span=(0, 0), match=''> <re.Match object; span=(0, 0), match=''>
