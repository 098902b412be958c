# re.I / re.IGNORECASE / (?i): Unicode case folding for str patterns.
import re
print(re.findall('abc', 'ABC abc AbC', re.I))
print(re.match('(?i)é', 'É'))
print(re.search('STRASSE', 'strasse', re.IGNORECASE))
print(re.findall('[a-c]+', 'AbCd', flags=re.I))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'))
# expect: ['ABC', 'abc', 'AbC']
# expect: <re.Match object; span=(0, 1), match='É'>
# expect: <re.Match object; span=(0, 7), match='strasse'>
# expect: ['AbC']
# expect: <re.Match object; span=(0, 2), match='Ab'> None
