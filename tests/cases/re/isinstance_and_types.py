# re.Pattern and re.Match are the classes of compiled patterns and matches.
import re
p = re.compile('a')
m = p.match('a')
print(type(p), type(m), isinstance(p, re.Pattern), isinstance(m, re.Match), isinstance(m, re.Pattern))
print(re.Pattern, re.Match)
print(type(re.finditer('a', 'a')) is not None)
# expect: <class 're.Pattern'> <class 're.Match'> True True False
# expect: <class 're.Pattern'> <class 're.Match'>
# expect: True
