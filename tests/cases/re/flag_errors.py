# Flags that cannot go together raise CPython's ValueError; bad inline flags raise re.error.
import re
for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print('ValueError:', e)
for p in ['(?L)a', '(?au)a', '(?z)a', '(?-a:b)', '(?i', '(?-)a']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), 're.error:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
# expect: ValueError: cannot use LOCALE flag with a str pattern
# expect: ValueError: ASCII and UNICODE flags are incompatible
# expect: ValueError: cannot use UNICODE flag with a bytes pattern
# expect: '(?L)a' re.error: bad inline flags: cannot use 'L' flag with a str pattern at position 3
# expect: '(?au)a' re.error: bad inline flags: flags 'a', 'u' and 'L' are incompatible at position 4
# expect: '(?z)a' re.error: unknown extension ?z at position 1
# expect: '(?-a:b)' re.error: bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4
# expect: '(?i' re.error: missing -, : or ) at position 3
# expect: '(?-)a' re.error: missing flag at position 3
# expect: ValueError: cannot process flags argument with a compiled pattern
