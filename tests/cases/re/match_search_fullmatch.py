# match anchors at the start, search scans, fullmatch must cover the whole string.
import re
print(re.match(r'\d+', '123abc'))
print(re.match(r'\d+', 'abc123'))
print(re.search(r'\d+', 'abc123def'))
print(re.fullmatch(r'\d+', '123'))
print(re.fullmatch(r'\d+', '123a'))
print(re.fullmatch(r'a|ab', 'ab'))
print(re.search('', 'abc'))
print(re.match('b', 'ab') is None, re.search('b', 'ab') is not None)
# expect: <re.Match object; span=(0, 3), match='123'>
# expect: None
# expect: <re.Match object; span=(3, 6), match='123'>
# expect: <re.Match object; span=(0, 3), match='123'>
# expect: None
# expect: <re.Match object; span=(0, 2), match='ab'>
# expect: <re.Match object; span=(0, 0), match=''>
# expect: True True
