# Implicit concatenation of f-strings and plain strings, and triple-quoted f-strings.
a = 1
msg = (f"a={a} "
       "plain "
       f"b={a + 1}")
print(msg)
print(f"""line1 {a}
line2 {a * 2}""")
# expect: a=1 plain b=2
# expect: line1 1
# expect: line2 2
