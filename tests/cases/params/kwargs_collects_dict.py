# **kwargs collects unknown keywords into a dict in call order.
def record(kind, **fields):
    print(kind, fields)
    for k in fields:
        print(" ", k, "=", fields[k])
record("user", name="ann", age=31)
record("empty")
# expect: user {'name': 'ann', 'age': 31}
# expect:   name = ann
# expect:   age = 31
# expect: empty {}
