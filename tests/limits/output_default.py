# Printing forever with no flag: the default output limit (1 MiB) applies.
# limit:
# expect limit: OutputLimitExceeded
while True:
    print("y" * 100)
