# Empty matches (CPython 3.7's rules): one may follow a non-empty match, never another empty one in place.
import re
print(re.sub('x*', '-', 'abxd'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.sub('', '-', 'abc'))
print(re.sub('a|', '-', 'bab'))
print(re.subn('(?m)^', '> ', 'one\ntwo\n'))
print(re.sub('$', '!', 'a\n'))
# expect: -a-b--d-
# expect: |ab| |cd|
# expect: -a-b-c-
# expect: -b--b-
# expect: ('> one\n> two\n> ', 3)
# expect: a!
# expect: !
