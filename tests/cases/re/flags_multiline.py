# re.M: ^ and $ at every line; without it only at the string's ends ($ also before a final newline).
import re
text = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', text))
print(re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text, re.MULTILINE))
print(re.findall(r'(?m)^', 'a\nb\n'))
print(re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.search(r'a\Z', 'a'))
# expect: ['one']
# expect: ['one', 'two', 'three']
# expect: ['one', 'two', 'three']
# expect: ['', '', '']
# expect: <re.Match object; span=(0, 1), match='a'> None <re.Match object; span=(0, 1), match='a'>
