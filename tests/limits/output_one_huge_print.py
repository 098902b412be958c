# One print of a megabyte with a 10 KiB output limit.
# limit: --max-output 10K
# expect limit: OutputLimitExceeded
print("x" * 10**6)
