# re.X: whitespace and comments in the pattern are ignored, except in classes and when escaped.
import re
p = re.compile(r'''
    (?P<year>\d{4})  # year (four digits)
    -
    (?P<month>\d{2}) # month
''', re.X)
print(p.match('2024-05').groupdict())
print(re.match(r'(?x) a b c  # trailing comment (', 'abc'))
print(re.match(r'(?x)[ ]a', ' a'))
print(re.match(r'(?x)a\ b', 'a b'))
print(re.match(r'(?x)a # c', 'a'))
# expect: {'year': '2024', 'month': '05'}
# expect: <re.Match object; span=(0, 3), match='abc'>
# expect: <re.Match object; span=(0, 2), match=' a'>
# expect: <re.Match object; span=(0, 3), match='a b'>
# expect: <re.Match object; span=(0, 1), match='a'>
