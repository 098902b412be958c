# with calls __enter__/__exit__.
with open("x") as f:
    pass
# expect error: 2:1: with statement is not supported
