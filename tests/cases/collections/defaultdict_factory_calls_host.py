# A defaultdict's factory runs inside d[key], where the run cannot wait on the host: a factory that may call the
# host is refused when the program is compiled, at the factory.
from collections import defaultdict


def fresh():
    return load_default()


cache = defaultdict(fresh)
print(cache["a"])
# host: load_default -> []
# expect error: 10:21: the factory of a defaultdict may call a host function
