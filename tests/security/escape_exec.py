# exec is refused by design.
exec("print(1)")
# expect error: 2:1: name 'exec' is not defined
