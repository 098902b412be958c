# super() needs classes.
def f():
    return super()

print(f())
# expect error: 3:12: name 'super' is not defined
