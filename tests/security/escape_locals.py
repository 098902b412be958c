# locals() is refused by design.
def f():
    return locals()

print(f())
# expect error: 3:12: name 'locals' is not defined
