# Functions read module globals at call time, seeing later rebinding.
LIMIT = 3
def over(n):
    return n > LIMIT
print(over(4))
LIMIT = 10
print(over(4))
CONFIG = {"unit": "ms"}
def fmt(v):
    return str(v) + CONFIG["unit"]
CONFIG["unit"] = "s"
print(fmt(2))
# expect: True
# expect: False
# expect: 2s
