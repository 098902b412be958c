# compile is refused by design.
code = compile("1", "<s>", "eval")
# expect error: 2:8: name 'compile' is not defined
