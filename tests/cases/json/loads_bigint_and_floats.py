# Ints are exact at any size; floats are correctly rounded; overflow gives inf.
import json
print(json.loads("123456789012345678901234567890"))
print(json.loads("-98765432109876543210"))
print(json.loads("[0.1, 1e400, -1e400, 1e-400, 3.141592653589793]"))
# expect: 123456789012345678901234567890
# expect: -98765432109876543210
# expect: [0.1, inf, -inf, 0.0, 3.141592653589793]
