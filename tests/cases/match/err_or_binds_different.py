# Every alternative of an or-pattern must bind the same names.
match ("add", 1):
    case ("add", n) | ("noop",):
        print(n)
# expect error: 3:24: alternative patterns bind different names
