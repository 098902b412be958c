# str.format field errors.
for t in ("{", "}", "{0", "{1}", "{x}", "{0[}"):
    try:
        print(t.format(0))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
# expect: ValueError Single '{' encountered in format string
# expect: ValueError Single '}' encountered in format string
# expect: ValueError expected '}' before end of string
# expect: IndexError Replacement index 1 out of range for positional args tuple
# expect: KeyError 'x'
# expect: ValueError expected '}' before end of string
