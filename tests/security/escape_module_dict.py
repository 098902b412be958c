# A module's namespace is not reachable: math.__dict__ would hand out everything the module holds.
import math

print(math.__dict__["sqrt"])
# expect error: 4:12: attribute '__dict__' is not supported
