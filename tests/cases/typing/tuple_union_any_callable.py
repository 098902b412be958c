# Tuple, Union, Any and Callable annotations.
from typing import Tuple, Union, Any, Callable
def apply(f: Callable[[int], int], v: Union[int, float]) -> Tuple[Any, ...]:
    return (f(v), v)
print(apply(lambda x: x + 1, 41))
# expect: (42, 41)
