# int() failures: bad literal, bad digits for the base, floats in strings, double underscores.
for raw in ["abc", "", "1.5", "1__0", "_1", "12a"]:
    try:
        int(raw)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("g", 16)
except ValueError as e:
    print(e)
# expect: invalid literal for int() with base 10: 'abc'
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: '1.5'
# expect: invalid literal for int() with base 10: '1__0'
# expect: invalid literal for int() with base 10: '_1'
# expect: invalid literal for int() with base 10: '12a'
# expect: invalid literal for int() with base 8: '9'
# expect: invalid literal for int() with base 16: 'g'
