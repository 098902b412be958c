# loads of each JSON scalar, with surrounding whitespace.
import json
for s in ["null", "true", "false", "0", "-0", "12", "-3.5", "1e3", "1E-2", "2.5e+3", '"hi"', " \t\n\r 7 \n", "-0.0"]:
    v = json.loads(s)
    print(type(v).__name__, repr(v))
# expect: NoneType None
# expect: bool True
# expect: bool False
# expect: int 0
# expect: int 0
# expect: int 12
# expect: float -3.5
# expect: float 1000.0
# expect: float 0.01
# expect: float 2500.0
# expect: str 'hi'
# expect: int 7
# expect: float -0.0
