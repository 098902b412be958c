# Subjects and patterns of the wrong type raise CPython's TypeError.
import re
cases = [lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.search('a', 1),
         lambda: re.compile(1), lambda: re.sub('a', 1, 'a'), lambda: re.sub(b'a', 'x', b'a'),
         lambda: re.compile('a').match(None)]
for f in cases:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
# expect: TypeError: cannot use a string pattern on a bytes-like object
# expect: TypeError: cannot use a bytes pattern on a string-like object
# expect: TypeError: expected string or bytes-like object, got 'int'
# expect: TypeError: first argument must be string or compiled pattern
# expect: TypeError: decoding to str: need a bytes-like object, int found
# expect: TypeError: sequence item 0: expected a bytes-like object, str found
# expect: TypeError: expected string or bytes-like object, got 'NoneType'
