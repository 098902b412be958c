# Raising a class instantiates it with no arguments.
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
# expect: IndexError() ()
