# Annotations are not checked at run time.
from typing import List
def double(xs: List[int]) -> List[int]:
    return [x * 2 for x in xs]
print(double(["a", "b"]))
count: int = 0
count = count + 1
print(count)
# expect: ['aa', 'bb']
# expect: 1
