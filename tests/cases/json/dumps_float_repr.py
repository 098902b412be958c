# Floats are written by repr: exponents, shortest digits, large and tiny values.
import json
print(json.dumps([1e16, 1e15, 1.5e300, 2.5e-300, 1/3, 2**0.5, 100.0, 1e22, 5e-324]))
print(json.dumps({"x": 1e100}))
# expect: [1e+16, 1000000000000000.0, 1.5e+300, 2.5e-300, 0.3333333333333333, 1.4142135623730951, 100.0, 1e+22, 5e-324]
# expect: {"x": 1e+100}
