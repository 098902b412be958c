# One print of 10 MB against a 1 MB output limit.
print("a" * 10**7)
# limit: --max-output 1M
# expect limit: OutputLimitExceeded
