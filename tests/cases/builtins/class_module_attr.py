# __module__ of builtin classes and functions, and of the classes modules define: where CPython defines them.
import json, re, collections
print(int.__module__, len.__module__, ValueError.__module__, dict.__module__)
print(re.error.__module__, json.JSONDecodeError.__module__, collections.Counter.__module__, collections.deque.__module__)
# expect: builtins builtins builtins builtins
# expect: re json.decoder collections collections
