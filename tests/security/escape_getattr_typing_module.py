# typing is importable; what it imported itself is not reachable through getattr.
import typing
print(getattr(typing, "sys"))
# expect error: 3:15: name 'typing' is not defined
