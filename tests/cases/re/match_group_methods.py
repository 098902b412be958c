# group() with one or several names and numbers, groups() and groupdict() with a default.
import re
m = re.match(r'(?P<a>x)(?P<b>y)?(z)', 'xz')
print(m.group(), m.group(0), m.group(1), m.group('a'), m.group(2))
print(m.group(0, 1, 'a', 2, 3))
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.groupdict(), m.groupdict('?'))
print(re.match('abc', 'abc').groups(), re.match('abc', 'abc').groupdict())
# expect: xz xz x x None
# expect: ('xz', 'x', 'x', None, 'z')
# expect: ('x', None, 'z') ('x', '-', 'z') ('x', 0, 'z')
# expect: {'a': 'x', 'b': None} {'a': 'x', 'b': '?'}
# expect: () {}
