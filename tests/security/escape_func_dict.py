# A function's attribute dict.
def f():
    pass

print(f.__dict__)
# expect error: 5:9: attribute '__dict__' is not supported
