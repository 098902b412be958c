# A name typing does not have: ImportError when the line runs (CPython names the module's file; pith's
# modules have none, so only the part before the location is compared).
try:
    from typing import List, Sequense
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
x: List[int] = [1]
print(x)
# expect: ImportError cannot import name 'Sequense' from 'typing'
# expect: [1]
