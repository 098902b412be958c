# Greedy, lazy and counted quantifiers.
import re
print(re.match(r'<.*>', '<a><b>').group(), re.match(r'<.*?>', '<a><b>').group())
print(re.match(r'a{2}', 'aaa').group(), re.match(r'a{2,}', 'aaaa').group(), re.match(r'a{1,2}?', 'aaa').group())
print(re.match(r'a??', 'a').group() == '', re.match(r'(ab)+', 'ababx').group())
print(re.findall(r'\d{2,3}', '1 12 123 1234'))
# expect: <a><b> <a>
# expect: aa aaaa a
# expect: True abab
# expect: ['12', '123', '123']
