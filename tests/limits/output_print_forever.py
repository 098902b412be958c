# Printing forever.
# limit: --max-output 10K
# expect limit: OutputLimitExceeded
i = 0
while True:
    print("line", i)
    i += 1
