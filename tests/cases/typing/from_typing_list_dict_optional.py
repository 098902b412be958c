# from typing import List, Dict, Optional with annotated locals and returns.
from typing import List, Dict, Optional
def find(names: List[str], target: str) -> Optional[int]:
    for i, n in enumerate(names):
        if n == target:
            return i
    return None
index: Dict[str, Optional[int]] = {}
for t in ["b", "z"]:
    index[t] = find(["a", "b"], t)
print(index)
# expect: {'b': 1, 'z': None}
