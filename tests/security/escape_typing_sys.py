# typing is importable, its own imports are not reachable.
import typing
print(typing.sys.modules)
# expect error: 3:7: name 'typing' is not defined
