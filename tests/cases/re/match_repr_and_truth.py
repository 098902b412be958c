# A Match's repr (its match cut at 50 characters as CPython does) and its truth.
import re
m = re.search(r'b+', 'aabbbcc')
print(m)
print(repr(re.match('.*', 'x' * 80)))
print(re.match("'", "'\""))
if m:
    print('truthy', bool(m))
print(re.match('a', 'b') or 'no match')
print(str(re.match('(é)', 'é')))
# expect: <re.Match object; span=(2, 5), match='bbb'>
# expect: <re.Match object; span=(0, 80), match='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx>
# expect: <re.Match object; span=(0, 1), match="'">
# expect: truthy True
# expect: no match
# expect: <re.Match object; span=(0, 1), match='é'>
