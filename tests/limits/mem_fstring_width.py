# An f-string with a 100-gigabyte field width.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
s = f"{1:99999999999}"
print(len(s))
