# More than 4300 digits is the int-from-str limit error.
import json
try:
    json.loads("1" * 5000)
except ValueError as e:
    print(e)
# expect: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
