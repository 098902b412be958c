# The same for a lambda written at the call, through the module attribute.
import collections

d = collections.defaultdict(lambda: fetch("x"))
print(d[1])
# host: fetch -> 0
# expect error: 4:29: the factory of a defaultdict may call a host function
