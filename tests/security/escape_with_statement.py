# with calls __enter__/__exit__: there is still no open() to call.
with open("x") as f:
    pass
# expect error: 2:6: name 'open' is not defined
