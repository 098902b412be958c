# Positions count code points, not bytes, whatever the characters.
import re
s = 'aé€😀b'
for m in re.finditer('.', s):
    print(m.span(), m.group())
m = re.search('b', s)
print(m.start(), m.end(), s[m.start():])
print(re.search('€(.)', s).span(1))
print(re.split('€', s))
print(re.sub('é', 'e', 'café crème'))
print(re.compile('😀').search('ab😀', 1), re.compile('b').search('😀b😀b', 2))
print(re.findall('(?i)ÉTÉ', 'été'))
# expect: (0, 1) a
# expect: (1, 2) é
# expect: (2, 3) €
# expect: (3, 4) 😀
# expect: (4, 5) b
# expect: 4 5 b
# expect: (3, 4)
# expect: ['aé', '😀b']
# expect: cafe crème
# expect: <re.Match object; span=(2, 3), match='😀'> <re.Match object; span=(3, 4), match='b'>
# expect: ['été']
