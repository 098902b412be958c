# {x=} prints the expression text and the repr; spacing is preserved; specs apply to the value.
x, name = 7, "bo"
print(f"{x=} {name=}")
print(f"{x * 2 = }")
print(f"{x=:5d}|{name=!s}")
# expect: x=7 name='bo'
# expect: x * 2 = 14
# expect: x=    7|name=bo
