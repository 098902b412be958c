# A keyword given twice through ** and explicitly is a TypeError.
def f(a, b):
    return a + b
fs = [f]
try:
    fs[0](1, **{"a": 2, "b": 3})
except TypeError as e:
    print(e)
# expect: f() got multiple values for argument 'a'
