# A Pattern and Matches stay alive across host calls (replayed through snapshots at each call).
# host: fetch -> "id=42; user=ann; id=7"
import re
p = re.compile(r'id=(?P<id>\d+)')
first = p.search('x id=1 y')
text = fetch()
found = list(p.finditer(text))
again = fetch()
print(first, first.group('id'), first.re is p)
print([m.group('id') for m in found], found[0].span(), found[1].lastgroup)
print(p.sub(lambda m: str(int(m.group(1)) + 1), again))
print(p.pattern, p.groupindex)
# expect: <re.Match object; span=(2, 6), match='id=1'> 1 True
# expect: ['42', '7'] (0, 5) id
# expect: 43; user=ann; 8
# expect: id=(?P<id>\d+) {'id': 1}
