# int() parse failures have precise messages.
for s, base in [("12a", 10), ("", 10), ("1__0", 10), ("_1", 10), ("9", 8), ("0x", 16)]:
    try:
        int(s, base)
    except ValueError as e:
        print(e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
int(1.5, 10)
# expect: invalid literal for int() with base 10: '12a'
# expect: invalid literal for int() with base 10: ''
# expect: invalid literal for int() with base 10: '1__0'
# expect: invalid literal for int() with base 10: '_1'
# expect: invalid literal for int() with base 8: '9'
# expect: invalid literal for int() with base 16: '0x'
# expect: int() base must be >= 2 and <= 36, or 0
# expect runtime error: TypeError: int() can't convert non-string with explicit base
