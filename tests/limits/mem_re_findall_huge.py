# findall collects a list of 10 million one-character strings: the list and its items count against the
# memory limit.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
import re

x = re.findall(r'.', 'a' * 10_000_000)
print(len(x))
