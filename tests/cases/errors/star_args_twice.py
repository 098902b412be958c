# Only one *args parameter is allowed.
def f(*a, *b):
    return a
print(f())
# expect error: 2:11:
