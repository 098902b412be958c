# bytes patterns match bytes, without Unicode classes.
import re
print(re.findall(rb'\w+', b'ab cd'))
print(re.match(b'a(.)', b'abc'), re.match(b'a(.)', b'abc').group(1))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'))
print(re.split(rb',', b'a,b'))
print(re.findall(rb'\w', 'é'.encode()))
print(re.fullmatch(rb'[\x00-\x7f]+', b'abc'))
print(re.subn(b'x', lambda m: b'Y', b'xax'))
# expect: [b'ab', b'cd']
# expect: <re.Match object; span=(0, 2), match=b'ab'> b'b'
# expect: b'a<1>b<2>'
# expect: [b'a', b'b']
# expect: []
# expect: <re.Match object; span=(0, 3), match=b'abc'>
# expect: (b'YaY', 2)
