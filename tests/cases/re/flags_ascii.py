# \w, \d, \s and \b are Unicode-aware for str patterns; re.A (or (?a)) makes them ASCII.
import re
print(re.findall(r'\w+', 'héllo wörld'))
print(re.findall(r'\w+', 'héllo wörld', re.A))
print(re.findall(r'(?a)\w+', 'naïve'))
print(re.findall(r'\d+', '١٢٣ 45'))
print(re.findall(r'\d+', '١٢٣ 45', re.ASCII))
print(re.split(r'\s+', 'a\u2003b c'))
print(re.split(r'\s+', 'a\u2003b c', flags=re.A))
# expect: ['héllo', 'wörld']
# expect: ['h', 'llo', 'w', 'rld']
# expect: ['na', 've']
# expect: ['١٢٣', '45']
# expect: ['45']
# expect: ['a', 'b', 'c']
# expect: ['a\u2003b', 'c']
