# With no factory a missing key is a KeyError, as for a dict.
from collections import defaultdict

d = defaultdict(None, {"a": 1})
print(d, d.default_factory)
print(defaultdict())
d["b"]
# expect: defaultdict(None, {'a': 1}) None
# expect: defaultdict(None, {})
# expect runtime error: KeyError: 'b'
