# NameError messages for undefined globals, reached at run time.
def f():
    return undefined_thing
try:
    f()
except NameError as e:
    print(e)
# expect: name 'undefined_thing' is not defined
