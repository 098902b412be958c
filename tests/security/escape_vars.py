# vars() is refused by design.
print(vars())
# expect error: 2:7: name 'vars' is not defined
