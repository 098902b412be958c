# MemoryLimitExceeded is not a MemoryError the program can swallow.
print("start")
try:
    x = [0] * 10**9
except BaseException:
    print("caught")
# limit: --max-memory 64M
# expect: start
# expect limit: MemoryLimitExceeded
