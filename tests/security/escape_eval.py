# eval is refused by design.
print(eval("1 + 1"))
# expect error: 2:7: name 'eval' is not defined
