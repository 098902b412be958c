# Passing a positional-only parameter by keyword is a TypeError.
def scale(x, factor, /):
    return x * factor
fs = [scale]
print(fs[0](3, 4))
try:
    fs[0](3, factor=4)
except TypeError as e:
    print(e)
# expect: 12
# expect: scale() got some positional-only arguments passed as keyword arguments: 'factor'
