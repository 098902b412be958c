# str.format with a 100-gigabyte field width.
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
s = "{:>99999999999}".format(1)
print(len(s))
