# Python's spellings that differ from PCRE2's: \Z, {,n}, \u escapes, (?P=name), literal braces, [[:...]].
import re
print(re.search(r'a\Z', 'a\n'), re.search(r'a\Z', 'ba'))
print(re.match(r'x{,2}', 'xxx'), re.match(r'x{,}', 'xxx'), re.match(r'x{}', 'x{}'), re.match('a{', 'a{'))
print(re.match(r'\u00e9\U0001F600\x41', 'é😀A'))
print(re.match(r'(?P<q>["\']).*?(?P=q)', '"hi" there'))
print(re.findall(r'[[:alpha:]]', 'a:[]'))
print(re.match(r'\101\0', 'A\x00'), re.match(r'[\101]', 'A'))
print(re.match(r'\v', '\x0b'), re.match(r'[\b]', '\x08'))
print(re.match(r'(?P<year>\d+)', '2024').group('year'))
# expect: None <re.Match object; span=(1, 2), match='a'>
# expect: <re.Match object; span=(0, 2), match='xx'> <re.Match object; span=(0, 3), match='xxx'> <re.Match object; span=(0, 3), match='x{}'> <re.Match object; span=(0, 2), match='a{'>
# expect: <re.Match object; span=(0, 3), match='é😀A'>
# expect: <re.Match object; span=(0, 4), match='"hi"'>
# expect: ['[]']
# expect: <re.Match object; span=(0, 2), match='A\x00'> <re.Match object; span=(0, 1), match='A'>
# expect: <re.Match object; span=(0, 1), match='\x0b'> <re.Match object; span=(0, 1), match='\x08'>
# expect: 2024
