# parse_int, parse_float and parse_constant get the number's text.
import json
print(json.loads('[1, 2.50, -3, 1e2, NaN]', parse_int=lambda s: "i" + s, parse_float=lambda s: "f" + s,
                 parse_constant=lambda s: "c" + s))
print(json.loads('[10, 0.5]', parse_int=float, parse_float=str))
# expect: ['i1', 'f2.50', 'i-3', 'f1e2', 'cNaN']
# expect: [10.0, '0.5']
