# A loop over finditer whose body calls the host for each match.
# host: score -> 10
import re
total = 0
for m in re.finditer(r'\w+', 'alpha beta gamma'):
    total += score(m.group())
    print(m.group(), m.span())
print(total)
print([score(w) + len(w) for w in re.findall(r'\w+', 'a bb')])
# expect: alpha (0, 5)
# expect: beta (6, 10)
# expect: gamma (11, 16)
# expect: 30
# expect: [11, 12]
