# Exceptions from a replacement function that calls the host leave the native sub loop like any call: caught
# around re.sub, a None result adds nothing, a non-str result is the join's TypeError, uncaught ones end the run.
# host: ask -> 3
import re

def f(m):
    v = ask(m.group())
    if m.group() == 'b':
        raise ValueError('bad ' + m.group())
    return str(v)

try:
    print(re.sub(r'\w', f, 'a b c'))
except ValueError as e:
    print('caught', e)
print(re.subn(r'\w', lambda m: None if m.group() == 'a' else str(ask(0)), 'a b'))
try:
    re.sub(r'\w', lambda m: ask(0), 'a b')
except TypeError as e:
    print('TypeError', e)
print(re.sub(r'x', f, 'x'))
re.sub(r'\w', f, 'a b c')
# expect: caught bad b
# expect: (' 3', 2)
# expect: TypeError sequence item 0: expected str instance, int found
# expect: 3
# expect runtime error: ValueError: bad b
