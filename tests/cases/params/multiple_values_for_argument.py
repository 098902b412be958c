# Passing a parameter both positionally and by keyword is a TypeError.
def f(a, b=0):
    return a + b
fs = [f]
try:
    fs[0](1, a=2)
except TypeError as e:
    print(e)
# expect: f() got multiple values for argument 'a'
