# An int past 4300 digits hits the int-to-str limit, as int.__repr__ does.
import json
try:
    json.dumps([10**5000])
except ValueError as e:
    print(e)
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
