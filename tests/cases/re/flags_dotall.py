# re.S: . also matches a newline.
import re
print(re.match('.+', 'a\nb'))
print(re.match('.+', 'a\nb', re.S))
print(re.match('(?s).+', 'a\nb'))
print(re.findall('.', 'a\nb', re.DOTALL))
# expect: <re.Match object; span=(0, 1), match='a'>
# expect: <re.Match object; span=(0, 3), match='a\nb'>
# expect: <re.Match object; span=(0, 3), match='a\nb'>
# expect: ['a', '\n', 'b']
