# import math and import math as m give the one module object.
import math
import math as m
from math import sqrt
print(math is m, m.sqrt(9), sqrt is math.sqrt or sqrt == math.sqrt)
print(type(m).__name__, m.__name__)
# expect: True 3.0 True
# expect: module math
