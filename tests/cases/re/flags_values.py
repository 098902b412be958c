# The flags are ints that combine with |; a Pattern's flags include UNICODE for str and its inline flags.
import re
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print(re.IGNORECASE == re.I, re.DOTALL == re.S, re.VERBOSE == re.X, re.ASCII == re.A, int(re.NOFLAG))
print((re.I | re.M) & re.M == re.M)
print(re.compile('a').flags, re.compile('a', re.I | re.M).flags, re.compile('(?s)a').flags)
print(re.compile(b'a').flags, re.compile('a', re.A).flags)
# expect: 2 8 16 64 256 32 4
# expect: True True True True 0
# expect: True
# expect: 32 42 48
# expect: 0 256
