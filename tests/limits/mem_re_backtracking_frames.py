# A deeply nested backtracking match keeps PCRE2's frames on the heap; they come from the execution's
# allocator, so the memory limit stops it instead of the process growing.
# limit: --max-memory 32M --max-time 20
# expect limit: MemoryLimitExceeded
import re

s = 'a' * 5_000_000
print(re.match(r'(?:a|(b))*+c|(?:(a)|b)*$', s + 'x') is None)
print(re.match(r'(a|b)*c', s).group(1))
