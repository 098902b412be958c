# Backreferences by number and by name; to a group that did not match, they fail.
import re
print(re.search(r'(\w)\1', 'abccd'))
print(re.findall(r'(\w+) \1', 'the the cat cat dog'))
print(re.match(r'(?P<c>.)(?P=c)', 'xx'), re.match(r'(?P<c>.)(?P=c)', 'xy'))
print(re.match(r'(a)?b\1', 'b'))
print(re.sub(r'(\w)\1+', r'\1', 'aaabccdddd'))
# expect: <re.Match object; span=(2, 4), match='cc'>
# expect: ['the', 'cat']
# expect: <re.Match object; span=(0, 2), match='xx'> None
# expect: None
# expect: abcd
