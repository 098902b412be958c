# An unfinished parameter list.
def f(:
    pass
# expect error: 2:7:
