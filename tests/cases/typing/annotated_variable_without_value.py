# A bare annotation does not bind the name.
from typing import Optional
result: Optional[str]
try:
    print(result)
except NameError as e:
    print(e)
result = "set"
print(result)
# expect: name 'result' is not defined
# expect: set
