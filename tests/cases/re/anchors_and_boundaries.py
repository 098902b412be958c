# \A, \Z, ^, $, \b, \B.
import re
print(re.findall(r'\bcat\b', 'cat concat cat.'))
print(re.findall(r'\Bcat', 'cat concat'))
print(re.search(r'\Aab', 'ab'), re.search(r'\Aab', 'xab'))
print(re.findall(r'^$', ''), re.findall(r'(?m)^$', 'a\n\nb'))
print(re.findall(r'\b\w', 'été à'))
# expect: ['cat', 'cat']
# expect: ['cat']
# expect: <re.Match object; span=(0, 2), match='ab'> None
# expect: [''] ['']
# expect: ['é', 'à']
