# A field width of 10**9 would allocate a gigabyte.
print(len("{0:1000000000}".format(1)))
# limit: --max-memory 64M
# expect limit: MemoryLimitExceeded
