# globals() is refused by design.
print(globals())
# expect error: 2:7: name 'globals' is not defined
